// The roster rules in force at an instant, from the dated settings (shift times, rest and weekly limits,
// calibration validity). Undefined when a setting has no entry yet at that instant.
import { settingsAt, type SettingEntry } from '../settings/dated.ts';
import type { RosterRules } from './types.ts';

const KEYS = ['roster.shiftTimes', 'roster.limits', 'alcohol.deviceVerificationMonths', 'noise.meterCalibrationMonths'] as const;

export function rosterRulesAt(entries: readonly SettingEntry[], instant: number): RosterRules | undefined {
  const found = settingsAt(entries, KEYS, instant);
  if (!found.ok) return undefined;
  const v = found.values;
  return {
    minRestHours: v['roster.limits'].minRestHours,
    maxWeeklyHours: v['roster.limits'].maxWeeklyHours,
    shiftTimes: v['roster.shiftTimes'],
    calibrationMonths: { breathalyser: v['alcohol.deviceVerificationMonths'], sound_meter: v['noise.meterCalibrationMonths'] },
  };
}
