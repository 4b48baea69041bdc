// The dispatch hub's Socket.IO protocol. Two namespaces on one server:
//
//   /field    patrol devices. Handshake auth {deviceToken}. Emits 'telemetry' (Telemetry) with an optional ack.
//   /console  people. First POST /api/login {username, password} → {token, expiresAt, user}; then connect with
//             handshake auth {token}. Client → hub, each with an ack:
//               'snapshot'  {}                  → SnapshotAnswer   (units + latest positions + current seq)
//               'changes'   {since, limit}      → ChangesAnswer    (the change log after `since`, in order)
//               'tracks'    {unitIds, from, to} → TracksAnswer     (track history for replay, downsampled)
//             Hub → client:
//               'changes'   Change[]            accepted changes to shared records, in seq order (one batch per
//                                               ingest flush or push)
//               'positions' UnitPosition[]      latest position per unit, coalesced (at most one per unit a tick),
//                                               with an ack: the next batch waits for it (or for a 10 s timeout)
//
// Every payload is validated with these schemas on both sides; an ack answers {ok:false, error} on bad input.
import { z } from 'zod';
import type { Operation } from '../operations/types.ts';
import type { GenericEntity, GenericRecord } from '../records/entities.ts';
import type { Unit, UnitPosition } from './units.ts';
import { UNIT_STATUSES } from './units.ts';

export const LIVE_NAMESPACES = { field: '/field', console: '/console' } as const;
export const MAX_PAYLOAD_BYTES = 16 * 1024;
export const MAX_CHANGES_PAGE = 1000;

export const ROLES = ['coordinator', 'dispatcher', 'court_clerk', 'judge', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

const unitId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.-]+$/);

export const TelemetrySchema = z
  .object({
    unitId,
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    accuracy: z.number().min(0).max(10_000), // metres
    speed: z.number().min(0).max(300), // km/h
    heading: z.number().min(0).max(360),
    status: z.enum(UNIT_STATUSES),
    deviceTime: z.number().int().min(0).max(7_258_118_400_000),
  })
  .strict();
export type Telemetry = z.infer<typeof TelemetrySchema>;

export const LoginRequestSchema = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }).strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export interface LoginAnswer {
  readonly token: string;
  readonly expiresAt: number;
  readonly user: { readonly username: string; readonly displayName: string; readonly role: Role };
}

export const ChangesRequestSchema = z
  .object({ since: z.number().int().min(0), limit: z.number().int().min(1).max(MAX_CHANGES_PAGE) })
  .strict();
export type ChangesRequest = z.infer<typeof ChangesRequestSchema>;

export const SnapshotRequestSchema = z.object({}).strict();

/** One entry of the hub's change log. `seq` orders everything a console syncs by. */
interface ChangeOf<E extends string, D> {
  readonly seq: number;
  readonly at: number; // epoch ms
  readonly entity: E;
  readonly id: string;
  readonly data: D;
  /** The console mutation this change applied, if any. */
  readonly origin?: { readonly clientId: string; readonly clientSeq: number };
}
export type UnitChange = ChangeOf<'unit', Unit>;
export type OperationChange = ChangeOf<'operation', Operation>;
export type GenericChange = { [E in GenericEntity]: ChangeOf<E, GenericRecord<E>> }[GenericEntity];
export type Change = UnitChange | OperationChange | GenericChange;

export interface SnapshotAnswer {
  readonly seq: number;
  readonly units: readonly Unit[];
  readonly positions: readonly UnitPosition[];
}

export interface ChangesAnswer {
  readonly changes: readonly Change[];
  readonly lastSeq: number; // the hub's newest seq when answering
  readonly hasMore: boolean;
}

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
    unitIds: z.array(unitId).min(1).max(MAX_TRACK_UNITS),
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

export const HUB_ERROR_CODES = ['invalid_input', 'unauthorized', 'forbidden', 'rate_limited', 'internal'] as const;
export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];

export type HubAck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HubErrorCode };
