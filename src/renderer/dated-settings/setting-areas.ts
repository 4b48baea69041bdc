// The dated settings as the "Normativa y parámetros" screen shows them: every catalogue key in its area, with the
// value in force today and its history (newest first). "In force" follows settingAt exactly (the latest entry
// dated on or before today; of two entries of one day, the later in the list), so the screen says what the
// rules judge by.
import type { SettingRecord } from '../../shared/records/setting.ts';
import { SETTING_KEYS, type SettingKey } from '../../shared/settings/catalogue.ts';
import { cordobaIsoDate } from '../../shared/time/cordoba.ts';

export const SETTING_AREAS = [
  'noise',
  'events',
  'alcohol',
  'vending',
  'vacantLot',
  'camera',
  'court',
  'roster',
  'dispatch',
  'insights',
] as const;
export type SettingArea = (typeof SETTING_AREAS)[number];

/** Every key has exactly one area (a key added to the catalogue without one is a compile error). */
export const AREA_OF: Readonly<Record<SettingKey, SettingArea>> = {
  'noise.marginsDb': 'noise',
  'noise.dayPeriod': 'noise',
  'noise.construction': 'noise',
  'noise.roadWorks': 'noise',
  'noise.meterCalibrationMonths': 'noise',
  // The venue cap is what public-event operations measure against.
  'noise.venuePeakDb': 'events',
  'alcohol.limitsGL': 'alcohol',
  'alcohol.retestWindowMinutes': 'alcohol',
  'alcohol.deviceVerificationMonths': 'alcohol',
  'alcohol.provincialTiers': 'alcohol',
  'vending.maxAbsencesPerYear': 'vending',
  'vacantLot.noticeDeadlineDays': 'vacantLot',
  'vacantLot.art208FinesUem': 'vacantLot',
  'camera.warningsOnly': 'camera',
  'court.uemValueArs': 'court',
  'court.voluntaryPaymentDiscountPct': 'court',
  'court.defenceDeadlines': 'court',
  'court.hearingHours': 'court',
  'court.courts': 'court',
  'court.barrioCpc': 'court',
  'court.environmentalArticles': 'court',
  'court.autoOpenCases': 'court',
  'calendar.holidays': 'court',
  'roster.shiftTimes': 'roster',
  'roster.limits': 'roster',
  'notices.deadlineDays': 'insights',
  'insights.rules': 'insights',
  'dispatch.priorities': 'dispatch',
  'dispatch.duplicates': 'dispatch',
  'dispatch.sla': 'dispatch',
  'dispatch.recommend': 'dispatch',
  'dispatch.checkInMinutes': 'dispatch',
  // What Despacho's board and alerts judge positions and devices by.
  'live.freshness': 'dispatch',
  'field.clockTolerance': 'dispatch',
};

/** future: takes effect after today; in_force: the value rules use today; past: replaced by a later one. */
export type EntryState = 'future' | 'in_force' | 'past';

export interface HistoryRow {
  readonly record: SettingRecord;
  readonly state: EntryState;
}

export interface KeyView {
  readonly key: SettingKey;
  /** The record whose value is in force today; null when none is yet. */
  readonly inForce: SettingRecord | null;
  /** Every entry of the key, newest effective date first (of one day, the later in the list first). */
  readonly history: readonly HistoryRow[];
}

export interface AreaView {
  readonly area: SettingArea;
  readonly keys: readonly KeyView[];
}

/** One key's history and the entry in force on `today` (a Córdoba 'YYYY-MM-DD'). */
export function keyView(records: readonly SettingRecord[], key: SettingKey, today: string): KeyView {
  const ordered = records
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => record.entry.key === key)
    .sort((a, b) => {
      const byDate = b.record.entry.effectiveFrom.localeCompare(a.record.entry.effectiveFrom);
      return byDate !== 0 ? byDate : b.index - a.index;
    })
    .map(({ record }) => record);
  const current = ordered.find((record) => record.entry.effectiveFrom <= today) ?? null;
  const history = ordered.map((record): HistoryRow => {
    if (record === current) return { record, state: 'in_force' };
    return { record, state: record.entry.effectiveFrom > today ? 'future' : 'past' };
  });
  return { key, inForce: current, history };
}

/** Every area with its keys in catalogue order, as of `now` (epoch ms, judged on its Córdoba date). */
export function settingAreas(records: readonly SettingRecord[], now: number): AreaView[] {
  const today = cordobaIsoDate(now);
  return SETTING_AREAS.map((area) => ({
    area,
    keys: SETTING_KEYS.filter((key) => AREA_OF[key] === area).map((key) => keyView(records, key, today)),
  })).filter((view) => view.keys.length > 0);
}

/** i18n path of a key's texts: 'alcohol.limitsGL' → 'setting.alcohol.limitsGL' (label and unit below it). */
export const settingTextPath = (key: SettingKey) => `setting.${key}` as const;
