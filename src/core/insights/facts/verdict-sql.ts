// Runs in: Node. Alcohol and noise verdicts in SQL, so that the facts count positives and exceedances per operation
// as the triggers write them. The rules are shared/rules/alcohol.ts alcoholVerdict and shared/rules/noise.ts
// noiseVerdict; these expressions restate the part the indicators count (positive or negative; non-compliant,
// compliant or void) over the same dated settings, flattened by judge.ts into periods in which every value the rule
// needs is constant (insight_alcohol_rules, insight_noise_rules). Why not judge in TypeScript: a year of a million
// operations holds millions of alcohol tests, and the shared rules find each reading's Córdoba day through Intl
// (~25 µs a call here) — minutes per load. verdict-sql.test.ts holds both expressions equal to the shared rules over
// thousands of random readings and settings, edges included.
//
// A reading's fields are read out of its JSON once (…FieldsSql) into columns the verdict then uses many times: a
// derived table with LIMIT -1, which SQLite never flattens into the query around it (flattening would put the JSON
// extraction back in every place a column is used).
//
// Codes: NULL no verdict (no settings in force that day); alcohol 0 void / retest pending / inconclusive,
// 1 negative, 2 positive; noise 0 void, 1 compliant, 2 non-compliant.
import { addMonthsSql, cordobaDaySql, cordobaMinuteSql, cordobaWeekdaySql, inDailyWindowSql } from './sql-time.ts';

/** Periods [from_day, until_day] (Córdoba days, inclusive) with the values in force; a day without a row has no rule. */
export const VERDICT_RULES_SQL = `
  CREATE TABLE insight_alcohol_rules (
    from_day        TEXT PRIMARY KEY,
    until_day       TEXT NOT NULL,
    city            REAL NOT NULL,
    provincial_road REAL NOT NULL,
    ring_road       REAL NOT NULL,
    retest_min      REAL NOT NULL,
    retest_max      REAL NOT NULL,
    device_months   INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE insight_noise_rules (
    from_day                 TEXT PRIMARY KEY,
    until_day                TEXT NOT NULL,
    margins                  TEXT NOT NULL,
    day_start                INTEGER NOT NULL,
    day_end                  INTEGER NOT NULL,
    construction_max         REAL NOT NULL,
    construction_inside_over REAL NOT NULL,
    construction_hours       TEXT NOT NULL,
    road_max                 REAL NOT NULL,
    road_hours               TEXT NOT NULL,
    venue_peak               REAL NOT NULL,
    meter_months             INTEGER NOT NULL
  ) WITHOUT ROWID;
`;

/** The join that finds the period in force on the reading's day (its `day` column). */
export const rulesOnSql = (table: 'insight_alcohol_rules' | 'insight_noise_rules', alias: string, reading: string) =>
  `${table} AS ${alias} ON ${reading}.day BETWEEN ${alias}.from_day AND ${alias}.until_day`;

/** The columns an alcohol test's verdict reads, from the test's JSON (an AlcoholResult). */
export const alcoholFieldsSql = (test: string) => `${cordobaDaySql(`${test} ->> '$.testedAt'`)} AS day,
  ${test} ->> '$.testedAt' AS tested_at, ${test} ->> '$.jurisdiction' AS jurisdiction,
  ${test} ->> '$.deviceVerifiedOn' AS verified_on, ${test} ->> '$.firstReadingGL' AS first_gl,
  ${test} ->> '$.retest.at' AS retest_at, ${test} ->> '$.retest.readingGL' AS retest_gl`;

/** shared/rules/calibration.ts verificationHolds: verified on or before the day, and the day within the months after. */
const verificationHoldsSql = (verifiedOn: string, months: string, day: string) =>
  `(${verifiedOn} <= ${day} AND ${day} <= ${addMonthsSql(verifiedOn, months)})`;

/** An alcohol test's verdict code: `t` has alcoholFieldsSql's columns, `r` the rules joined on its day. */
export function alcoholStatusSql(t: string, r: string): string {
  const limit = `(CASE ${t}.jurisdiction WHEN 'city' THEN ${r}.city WHEN 'provincial_road' THEN ${r}.provincial_road WHEN 'ring_road' THEN ${r}.ring_road END)`;
  const delay = `((${t}.retest_at - ${t}.tested_at) / 60000.0)`;
  return `(CASE
    WHEN ${r}.from_day IS NULL OR ${limit} IS NULL THEN NULL
    WHEN NOT ${verificationHoldsSql(`${t}.verified_on`, `${r}.device_months`, `${t}.day`)} THEN 0
    WHEN ${t}.first_gl <= ${limit} THEN 1
    WHEN ${t}.retest_at IS NULL THEN 0
    WHEN ${delay} < ${r}.retest_min OR ${delay} > ${r}.retest_max THEN 0
    WHEN ${t}.retest_gl <= ${limit} THEN 1
    ELSE 2 END)`;
}

/** The columns a noise reading's verdict reads, from a JSON holding a NoiseResult at `root` ('$': the result itself). */
export const noiseFieldsSql = (json: string, root = '$') => {
  const field = (path: string) => `(${json} ->> '${root}.${path}')`;
  const at = field('measuredAt');
  return `${cordobaDaySql(at)} AS day, ${cordobaMinuteSql(at)} AS minute,
  CASE ${cordobaWeekdaySql(at)} WHEN 0 THEN 'sundays' WHEN 6 THEN 'saturdays' ELSE 'weekdays' END AS week_part,
  ${field('meterCalibratedOn')} AS calibrated_on, ${field('source.kind')} AS kind, ${field('source.zone')} AS zone,
  ${field('source.backgroundDb')} AS background_db, ${field('source.measuredDb')} AS measured_db, ${field('source.peakDb')} AS peak_db`;
};

/** Rounded to the tenth as noise.ts does (Math.round(x · 10) / 10, which is floor(x · 10 + 0.5) / 10). */
const tenthSql = (x: string) => `(floor((${x}) * 10 + 0.5) / 10.0)`;

/** A noise reading's verdict code: `n` has noiseFieldsSql's columns, `r` the rules joined on its day. */
export function noiseStatusSql(n: string, r: string): string {
  const period = `(CASE WHEN ${inDailyWindowSql(`${n}.minute`, `${r}.day_start`, `${r}.day_end`)} THEN 'day' ELSE 'night' END)`;
  const limit = `(CASE ${n}.kind
    WHEN 'ambient' THEN ${tenthSql(`${n}.background_db + (${r}.margins ->> ('$.' || ${n}.zone || '.' || ${period}))`)}
    WHEN 'construction_site' THEN ${r}.construction_max
    WHEN 'construction_inside_home' THEN ${tenthSql(`${n}.background_db + ${r}.construction_inside_over`)}
    WHEN 'road_works' THEN ${r}.road_max
    WHEN 'venue' THEN ${r}.venue_peak END)`;
  const reading = `(CASE ${n}.kind WHEN 'venue' THEN ${n}.peak_db ELSE ${n}.measured_db END)`;
  // Working hours by part of the week, as minutes [start, end] (judge.ts); a day without a window allows no work.
  const within = (hours: string) => {
    const start = `(${hours} ->> ('$.' || ${n}.week_part || '[0]'))`;
    const end = `(${hours} ->> ('$.' || ${n}.week_part || '[1]'))`;
    return `(${start} IS NOT NULL AND ${inDailyWindowSql(`${n}.minute`, start, end)})`;
  };
  const hoursOk = `(CASE ${n}.kind WHEN 'construction_site' THEN ${within(`${r}.construction_hours`)}
    WHEN 'construction_inside_home' THEN ${within(`${r}.construction_hours`)}
    WHEN 'road_works' THEN ${within(`${r}.road_hours`)} ELSE 1 END)`;
  const meterOk = verificationHoldsSql(`${n}.calibrated_on`, `${r}.meter_months`, `${n}.day`);
  return `(CASE
    WHEN ${r}.from_day IS NULL OR ${limit} IS NULL THEN NULL
    WHEN NOT ${hoursOk} OR (${meterOk} AND ${tenthSql(`${reading} - ${limit}`)} > 0) THEN 2
    WHEN ${meterOk} THEN 1
    ELSE 0 END)`;
}
