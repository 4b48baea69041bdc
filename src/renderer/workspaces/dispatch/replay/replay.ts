// Track replay, as pure functions: which window to ask for, where a unit was at a replay instant (interpolated
// between its recorded points), and how the replay clock advances at ×1, ×10 or ×60.
import { MAX_TRACK_POINTS, MAX_TRACK_WINDOW_MS, type TrackPoint, type UnitTrack } from '../../../../shared/hub-protocol/tracks.ts';
import { cordobaCivil, cordobaInstant, cordobaIsoDate, CORDOBA_TZ } from '../../../../shared/time/cordoba.ts';

export const REPLAY_SPEEDS = [1, 10, 60] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

export const REPLAY_WINDOWS = ['last15m', 'last1h', 'custom'] as const;
export type ReplayWindowChoice = (typeof REPLAY_WINDOWS)[number];

const MINUTE = 60_000;
const PRESET_MS: Readonly<Record<Exclude<ReplayWindowChoice, 'custom'>, number>> = { last15m: 15 * MINUTE, last1h: 60 * MINUTE };

export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

export function presetWindow(choice: Exclude<ReplayWindowChoice, 'custom'>, now: number): TimeWindow {
  return { from: now - PRESET_MS[choice], to: now };
}

/** "YYYY-MM-DDTHH:mm" (what <input type=datetime-local> edits) read as Córdoba wall-clock time; null if invalid. */
export function parseCordobaLocal(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const instant = cordobaInstant(year, month, day, hour, minute);
  const back = cordobaCivil(instant);
  // 31 February and the like roll over into the next month: refuse them rather than guess.
  return back.year === year && back.month === month && back.day === day ? instant : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as "YYYY-MM-DDTHH:mm" in Córdoba (seconds dropped), for a datetime-local input. */
export function formatCordobaLocal(epochMs: number): string {
  const c = cordobaCivil(epochMs);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

export type CustomWindowProblem = 'incomplete' | 'range_inverted' | 'window_too_long' | 'too_old';

/**
 * A custom window from the two inputs. The hub keeps 24 h of tracks (its default retention), so the start may be
 * at most 24 h ago; an end in the future is cut to now (there is nothing to replay there yet).
 */
export function customWindow(
  fromText: string,
  toText: string,
  now: number,
): { readonly ok: true; readonly window: TimeWindow } | { readonly ok: false; readonly problem: CustomWindowProblem } {
  const from = parseCordobaLocal(fromText);
  const parsedTo = parseCordobaLocal(toText);
  if (from === null || parsedTo === null) return { ok: false, problem: 'incomplete' };
  const to = Math.min(parsedTo, now);
  if (to <= from) return { ok: false, problem: 'range_inverted' };
  if (to - from > MAX_TRACK_WINDOW_MS) return { ok: false, problem: 'window_too_long' };
  // datetime-local has whole minutes: "24 h ago" typed now is up to a minute older than that.
  if (from < now - MAX_TRACK_WINDOW_MS - MINUTE) return { ok: false, problem: 'too_old' };
  return { ok: true, window: { from: Math.max(from, now - MAX_TRACK_WINDOW_MS), to } };
}

/** The part of the window the loaded tracks cover (the slider's range); null when no unit has a point. */
export function replayExtent(tracks: readonly UnitTrack[]): TimeWindow | null {
  let from = Infinity;
  let to = -Infinity;
  for (const { points } of tracks) {
    const first = points[0];
    const last = points.at(-1);
    if (first && first.t < from) from = first.t;
    if (last && last.t > to) to = last.t;
  }
  return from <= to ? { from, to } : null;
}

/**
 * Points further apart than this are not joined: the unit had no signal in between, and drawing it gliding
 * across the gap would invent a route. A downsampled track (≤ MAX_TRACK_POINTS over the window) has its points
 * up to window ÷ MAX_TRACK_POINTS apart, so the limit grows with the window.
 */
export function interpolationGapMs(window: TimeWindow): number {
  return Math.max(30_000, (3 * (window.to - window.from)) / MAX_TRACK_POINTS);
}

export interface ReplayFix {
  readonly t: number;
  readonly lat: number;
  readonly lng: number;
  readonly speed: number;
  readonly heading: number;
  /** Not moving on screen: past the unit's last point, or inside a signal gap (its last fix is held). */
  readonly held: boolean;
}

/** The index of the last point at or before `t` (points in time order), or −1. */
function lastAtOrBefore(points: readonly TrackPoint[], t: number): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.t <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const lerp = (a: number, b: number, f: number) => a + (b - a) * f;

/** Heading between two headings along the shorter way round (350° → 10° passes north). */
function lerpHeading(a: number, b: number, f: number): number {
  const delta = ((((b - a) % 360) + 540) % 360) - 180;
  return (((a + delta * f) % 360) + 360) % 360;
}

/** Where the unit was at `t`: null before its first point; interpolated between two points; else held. */
export function positionAt(points: readonly TrackPoint[], t: number, maxGapMs: number): ReplayFix | null {
  const i = lastAtOrBefore(points, t);
  if (i < 0) return null;
  const p = points[i]!;
  const next = points[i + 1];
  if (p.t === t) return { ...p, held: false };
  if (!next) return { ...p, t, held: true };
  const gap = next.t - p.t;
  if (gap > maxGapMs) return { ...p, t, held: true };
  const f = (t - p.t) / gap;
  return {
    t,
    lat: lerp(p.lat, next.lat, f),
    lng: lerp(p.lng, next.lng, f),
    speed: lerp(p.speed, next.speed, f),
    heading: lerpHeading(p.heading, next.heading, f),
    held: false,
  };
}

/** The replay instant `elapsedMs` of real time later at `speed`, never past `end`. */
export function advanceReplay(time: number, elapsedMs: number, speed: number, end: number): number {
  return Math.min(end, time + Math.max(0, elapsedMs) * speed);
}

/** The points recorded up to `t`: the part of the path already travelled. */
export const travelledCount = (points: readonly TrackPoint[], t: number): number => lastAtOrBefore(points, t) + 1;

const clockFormats = new Map<string, Intl.DateTimeFormat>();
const dayClockFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: CORDOBA_TZ,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      ...options,
    });
    cache.set(locale, format);
  }
  return format;
}

/**
 * A replay instant in Córdoba, with seconds: "14:05:09" on the same Córdoba day as `now`, else with the day
 * ("25/11, 23:50:09") — a custom window may reach into yesterday.
 */
export function formatReplayClock(epochMs: number, now: number, locale: string): string {
  const sameDay = cordobaIsoDate(epochMs) === cordobaIsoDate(now);
  return sameDay
    ? cachedFormat(clockFormats, locale, {}).format(epochMs)
    : cachedFormat(dayClockFormats, locale, { day: '2-digit', month: '2-digit' }).format(epochMs);
}
