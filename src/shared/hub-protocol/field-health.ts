// What the hub tells administrators about its devices' data (issue 13): reports refused because the device's clock
// was out of the tolerance of the hub's (field.clockTolerance), per unit. Counted since the hub started.
//
//   'fieldHealth' (console → hub, administrators only) {} → FieldHealth
//
// A device clock that jumps — GPS week-rollover bugs date reports years ahead, a flat battery resets a tablet to
// 1980 — must not freeze a unit's position (the newest report by device time wins) nor rewind it: the hub refuses
// such reports with a reason the device sees, and counts them here for whoever looks after the devices.
import { z } from 'zod';
import { SETTING_SCHEMAS, type SettingValue } from '../settings/catalogue.ts';

export const CLOCK_REFUSALS = ['clock_ahead', 'clock_behind'] as const;
export type ClockRefusal = (typeof CLOCK_REFUSALS)[number];

export type ClockTolerance = SettingValue<'field.clockTolerance'>;

/** The device times the hub accepts at one instant (both ends included). */
export interface ClockWindow {
  readonly earliest: number;
  readonly latest: number;
}

export const clockWindow = (now: number, { aheadSeconds, behindSeconds }: ClockTolerance): ClockWindow => ({
  earliest: now - behindSeconds * 1000,
  latest: now + aheadSeconds * 1000,
});

/** Why a report dated `deviceTime` is refused, or null when its clock is within the window. */
export function clockRefusal(deviceTime: number, window: ClockWindow): ClockRefusal | null {
  if (deviceTime > window.latest) return 'clock_ahead';
  if (deviceTime < window.earliest) return 'clock_behind';
  return null;
}

export interface UnitClockRefusals {
  readonly unitId: string;
  /** The unit's call sign as the hub knows it (null: a unit the hub has no record of). */
  readonly callSign: string | null;
  readonly ahead: number;
  readonly behind: number;
  /** The latest refused report: its device time and when the hub refused it. */
  readonly lastDeviceTime: number;
  readonly lastRefusedAt: number;
}

export interface FieldHealth {
  /** When the hub started counting (its start). */
  readonly since: number;
  /** The tolerance in force now (null: none, so no report is refused for its clock). */
  readonly tolerance: ClockTolerance | null;
  /** Units with at least one refusal, the latest refused first. */
  readonly units: readonly UnitClockRefusals[];
}

export const FieldHealthRequestSchema = z.object({}).strict();

const epochMs = z.number().int().min(0);
const counted = z.number().int().min(0);

export const FieldHealthAnswerSchema = z.object({
  since: epochMs,
  tolerance: SETTING_SCHEMAS['field.clockTolerance'].nullable(),
  units: z
    .array(
      z.object({
        unitId: z.string().min(1).max(64),
        callSign: z.string().max(64).nullable(),
        ahead: counted,
        behind: counted,
        lastDeviceTime: epochMs,
        lastRefusedAt: epochMs,
      }),
    )
    .max(100_000),
});
