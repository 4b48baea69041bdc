// How fresh a unit's last position is. The thresholds are settings (a coordinator may tighten them for a
// night operation), so they travel as data; DEFAULT_FRESHNESS is only what the console starts with.
//
//   age ≤ amberAfterSeconds                     fresh
//   amberAfterSeconds < age ≤ lostAfterSeconds  amber   (late: the device may be in a tunnel or a basement)
//   age > lostAfterSeconds, or no position      lost    ("sin señal")

export interface FreshnessThresholds {
  readonly amberAfterSeconds: number;
  readonly lostAfterSeconds: number;
}

export const DEFAULT_FRESHNESS: FreshnessThresholds = { amberAfterSeconds: 30, lostAfterSeconds: 120 };

export const FRESHNESS_LEVELS = ['fresh', 'amber', 'lost'] as const;
export type Freshness = (typeof FRESHNESS_LEVELS)[number];

/**
 * Whole seconds from `receivedAt` to `now` (both epoch ms), or null without a position. Never negative: a
 * position stamped a little ahead of this machine's clock (hub and console clocks differ slightly) is "0 s".
 */
export function positionAgeSeconds(receivedAt: number | null | undefined, now: number): number | null {
  if (receivedAt === null || receivedAt === undefined || !Number.isFinite(receivedAt)) return null;
  return Math.max(0, Math.floor((now - receivedAt) / 1000));
}

export function freshness(ageSeconds: number | null, thresholds: FreshnessThresholds = DEFAULT_FRESHNESS): Freshness {
  if (ageSeconds === null || ageSeconds > thresholds.lostAfterSeconds) return 'lost';
  if (ageSeconds > thresholds.amberAfterSeconds) return 'amber';
  return 'fresh';
}
