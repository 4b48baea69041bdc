// Runs in: Node. Keeps the verdict rules the facts are judged by (verdict-sql.ts) equal to the dated settings the
// console judges by, and the verdicts with them. The settings are flattened into periods in which every value a
// rule needs is constant, each value the one settingOnDay (shared/settings/dated.ts) gives on the period's first
// day. When the periods change — the hub's settings replace the defaults after a first sync, an administrator adds
// an entry — the operations judged on a day from the first changed one are judged again. Called when the cache
// opens and before the dashboard is computed, so verdicts written meanwhile (a sync bringing a setting) catch up.
import type { Database } from 'better-sqlite3';
import { ALCOHOL_SETTING_KEYS } from '../../../shared/rules/alcohol.ts';
import { NOISE_SETTING_KEYS } from '../../../shared/rules/noise.ts';
import type { SettingKey, SettingValues } from '../../../shared/settings/catalogue.ts';
import { settingOnDay, type SettingEntry } from '../../../shared/settings/dated.ts';
import { addDaysIso, LATEST_DATE, type IsoDate } from '../../../shared/settings/iso-date.ts';
import { minutesOfDay, type DailyWindow } from '../../../shared/settings/time-of-day.ts';
import { judgeOperationsSql } from './operation-facts.ts';

type Row = Readonly<Record<string, string | number>>;

export interface RuleTable<K extends SettingKey> {
  readonly table: 'insight_alcohol_rules' | 'insight_noise_rules';
  readonly keys: readonly K[];
  readonly row: (values: Pick<SettingValues, K>) => Row;
}

const window = (w: DailyWindow | null) => (w ? [minutesOfDay(w.start), minutesOfDay(w.end)] : null);
const hours = (h: SettingValues['noise.roadWorks']['hours']) =>
  JSON.stringify({ weekdays: window(h.weekdays), saturdays: window(h.saturdays), sundays: window(h.sundays) });

const ALCOHOL: RuleTable<(typeof ALCOHOL_SETTING_KEYS)[number]> = {
  table: 'insight_alcohol_rules',
  // The provincial tiers do not change whether a test is positive, but alcoholVerdict needs them in force.
  keys: ALCOHOL_SETTING_KEYS,
  row: (v) => ({
    city: v['alcohol.limitsGL'].city,
    provincial_road: v['alcohol.limitsGL'].provincial_road,
    ring_road: v['alcohol.limitsGL'].ring_road,
    retest_min: v['alcohol.retestWindowMinutes'].min,
    retest_max: v['alcohol.retestWindowMinutes'].max,
    device_months: v['alcohol.deviceVerificationMonths'],
  }),
};

const NOISE: RuleTable<(typeof NOISE_SETTING_KEYS)[number]> = {
  table: 'insight_noise_rules',
  keys: NOISE_SETTING_KEYS,
  row: (v) => ({
    margins: JSON.stringify(v['noise.marginsDb']),
    day_start: minutesOfDay(v['noise.dayPeriod'].start),
    day_end: minutesOfDay(v['noise.dayPeriod'].end),
    construction_max: v['noise.construction'].maxDbAtDistance,
    construction_inside_over: v['noise.construction'].maxOverBackgroundInsideDb,
    construction_hours: hours(v['noise.construction'].hours),
    road_max: v['noise.roadWorks'].maxDbAtDistance,
    road_hours: hours(v['noise.roadWorks'].hours),
    venue_peak: v['noise.venuePeakDb'],
    meter_months: v['noise.meterCalibrationMonths'],
  }),
};

export const RULE_TABLES = { alcohol: ALCOHOL, noise: NOISE } as const;

/** The periods of a rule table: from each effective date on, while every key has a value; equal neighbours merged. */
export function rulePeriods<K extends SettingKey>(entries: readonly SettingEntry[], rules: RuleTable<K>): Row[] {
  const starts = [
    ...new Set(entries.filter((e) => (rules.keys as readonly SettingKey[]).includes(e.key)).map((e) => e.effectiveFrom)),
  ].sort();
  const periods: Row[] = [];
  starts.forEach((from, i) => {
    const until = i + 1 < starts.length ? addDaysIso(starts[i + 1]!, -1) : LATEST_DATE;
    const values: Partial<Record<K, unknown>> = {};
    for (const key of rules.keys) values[key] = settingOnDay(entries, key, from);
    if (rules.keys.some((key) => values[key] === undefined)) return;
    const row = rules.row(values as Pick<SettingValues, K>);
    const last = periods[periods.length - 1];
    const same = last && last.until_day === addDaysIso(from, -1) && Object.entries(row).every(([k, v]) => last[k] === v);
    if (same) periods[periods.length - 1] = { ...last, until_day: until };
    else periods.push({ from_day: from, until_day: until, ...row });
  });
  return periods;
}

/** The values of the period covering `day` (without its bounds), as text to compare; '' when none does. */
function valuesOn(periods: readonly Row[], day: IsoDate): string {
  const period = periods.find((p) => (p.from_day as string) <= day && day <= (p.until_day as string));
  if (!period) return '';
  const keys = Object.keys(period)
    .filter((k) => k !== 'from_day' && k !== 'until_day')
    .sort();
  return JSON.stringify(keys.map((k) => period[k]));
}

/** The first day on which two lists of periods judge differently (they can differ only where one starts or ends). */
export function firstChange(before: readonly Row[], after: readonly Row[]): IsoDate | null {
  const bounds = [...before, ...after].flatMap((p) => [p.from_day as string, addDaysIso(p.until_day as string, 1)]);
  const days = [...new Set(bounds)].filter((d) => d <= LATEST_DATE).sort();
  return days.find((day) => valuesOn(before, day) !== valuesOn(after, day)) ?? null;
}

/** Operations judged again from this many days before the first changed day: a checkpoint's night runs past
 * midnight, and its readings are judged by their own day while the operation is counted on its shift's day. */
const READINGS_SPAN_DAYS = 2;

/** Replaces a rule table's periods when the settings give others; the first day that judges differently, or null. */
function replaced<K extends SettingKey>(db: Database, entries: readonly SettingEntry[], rules: RuleTable<K>): IsoDate | null {
  const wanted = rulePeriods(entries, rules);
  const stored = db.prepare(`SELECT * FROM ${rules.table} ORDER BY from_day`).all() as Row[];
  const changed = firstChange(stored, wanted);
  if (changed === null) return null;
  db.prepare(`DELETE FROM ${rules.table}`).run();
  for (const row of wanted) {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO ${rules.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
  }
  return changed;
}

/** Brings the verdict rules and the verdicts up to `settings`, in one transaction; nothing when they agree. */
export function ensureVerdictRules(db: Database, settings: readonly SettingEntry[]): void {
  db.transaction(() => {
    const changed = [replaced(db, settings, ALCOHOL), replaced(db, settings, NOISE)].filter((d): d is IsoDate => d !== null).sort();
    if (!changed.length) return;
    const from = addDaysIso(changed[0]!, -READINGS_SPAN_DAYS);
    for (const judge of judgeOperationsSql('day >= ?')) db.prepare(judge).run(from);
  })();
}
