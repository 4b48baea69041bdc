// 'tracks' (console → hub): a few units' track history for replay, downsampled to a bounded number of points.
import { z } from 'zod';
import { UnitIdSchema } from './field.ts';

const epochMs = z.number().int().min(0);

/** Track replay: at most this many units per request, this long a window, this many points per unit. */
export const MAX_TRACK_UNITS = 20;
export const MAX_TRACK_WINDOW_MS = 24 * 60 * 60 * 1000;
export const MAX_TRACK_POINTS = 2000;

/**
 * The track history of some units between two instants (epoch ms, device time; `from` included, `to` included).
 * The console's 'units.tracks' takes exactly this input and passes it on. Refinement messages are i18n keys.
 */
export const TracksRequestSchema = z
  .object({
    unitIds: z.array(UnitIdSchema).min(1).max(MAX_TRACK_UNITS),
    from: z.number().int().min(0).max(7_258_118_400_000),
    to: z.number().int().min(0).max(7_258_118_400_000),
  })
  .strict()
  .refine((r) => r.to > r.from, { message: 'range_inverted', path: ['to'] })
  .refine((r) => r.to - r.from <= MAX_TRACK_WINDOW_MS, { message: 'window_too_long', path: ['to'] });
export type TracksRequest = z.infer<typeof TracksRequestSchema>;

/** One point of a track: device time, position, speed (km/h) and heading (degrees, 0 = north). */
export interface TrackPoint {
  readonly t: number;
  readonly lat: number;
  readonly lng: number;
  readonly speed: number;
  readonly heading: number;
}

export interface UnitTrack {
  readonly unitId: string;
  /** In time order; at most MAX_TRACK_POINTS (evenly spread over the window when there were more). */
  readonly points: readonly TrackPoint[];
}

export interface TracksAnswer {
  /** One entry per requested unit (duplicates removed), in request order; a unit with no history has no points. */
  readonly tracks: readonly UnitTrack[];
}

export const TrackPointSchema = z.object({
  t: epochMs,
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  speed: z.number().min(0),
  heading: z.number().min(0).max(360),
});

export const TracksAnswerSchema = z.object({
  tracks: z
    .array(z.object({ unitId: z.string().min(1).max(64), points: z.array(TrackPointSchema).max(MAX_TRACK_POINTS) }))
    .max(MAX_TRACK_UNITS),
});
