// Runs in: Node. The indicators of findings against an identity (insight_findings, facts/finding-facts.ts). Findings
// without an identity (warnings recorded before identities were) cannot be followed and are left out.
//
// warnings_not_followed — Of the warnings given in the range whose follow-up window has closed (the window runs
//   'insights.rules'.warningFollowUpMonths months from the warning's day, by the rule in force at the range's end),
//   the share not followed by an acta against the same person, business, property or vehicle within the window (an
//   acta from any operation or complaint, or one a re-inspection made of an unmet notice). By the warning's month.
// repeat_offenders — Of the identities with a notice or acta in the range (from operations and complaints: the acta
//   a re-inspection makes of an unmet notice is the same offence), the share that reached
//   'insights.rules'.repeatOffenderFindings notices or actas within 'insights.rules'.repeatWindowMonths months
//   ending on one of those in the range (earlier ones, before the range, count towards it). By month: the
//   identities with a notice or acta that month, and those that reached the threshold with one of that month's.
import type { IndicatorValue } from '../../../shared/api/insights.ts';
import { addDaysIso, addMonthsIso, type IsoDate } from '../../../shared/settings/iso-date.ts';
import { SANCTION } from '../facts/finding-facts.ts';
import { addMonthsSql, cordobaDaySql } from '../facts/sql-time.ts';
import { group } from './group.ts';
import { dimensions, type IndicatorQuery } from './query.ts';
import { ratioValue, type MonthCounts } from './values.ts';

// Rows are counted by day first — the index's order, no sorting — then by month. Every warning of the range is
// read (the dashboard's "based on"); those whose window has not closed are not counted.
const WARNINGS = (where: string) => `SELECT substr(day, 1, 7) AS month, sum(numerator) AS numerator, sum(denominator) AS denominator,
    sum(warnings) AS warnings
  FROM (SELECT day,
      count(*) FILTER (WHERE day <= @closedBy AND (next_acta_at IS NULL OR ${cordobaDaySql('next_acta_at')} > ${addMonthsSql('day', '@months')})) AS numerator,
      count(*) FILTER (WHERE day <= @closedBy) AS denominator, count(*) AS warnings
    FROM insight_findings INDEXED BY insight_findings_warnings
    WHERE outcome = 'warning' AND identity IS NOT NULL AND day BETWEEN @from AND @to${where} GROUP BY day)
  GROUP BY month`;

const SANCTIONS = (where: string) =>
  `FROM insight_findings AS f INDEXED BY insight_findings_sanction_days WHERE ${SANCTION('f')} AND day BETWEEN @from AND @to${where}`;

/**
 * The identities with a notice or acta in the range and in each month. Without a dimension to narrow the rows, an
 * identity's first one in a period is the row whose previous one (prev_day, any barrio or type) is before the
 * period: a count in the index's order. A dimension leaves out some rows, so the first matching one need not be
 * that row: the identities are then told apart by sorting them.
 */
const IDENTITIES = (where: string) =>
  where
    ? `WITH pairs AS MATERIALIZED (SELECT substr(day, 1, 7) AS month, identity, count(*) AS n ${SANCTIONS(where)} GROUP BY month, identity)
      SELECT month, count(*) AS identities, NULL AS in_range, NULL AS sanctions FROM pairs GROUP BY month
      UNION ALL SELECT NULL, NULL, count(DISTINCT identity), sum(n) FROM pairs`
    : `SELECT substr(day, 1, 7) AS month, sum(in_month) AS identities, sum(in_range) AS in_range, sum(sanctions) AS sanctions
        FROM (SELECT day, count(*) FILTER (WHERE prev_day IS NULL OR prev_day < substr(day, 1, 7) || '-01') AS in_month,
            count(*) FILTER (WHERE prev_day IS NULL OR prev_day < @from) AS in_range, count(*) AS sanctions
          ${SANCTIONS('')} GROUP BY day)
        GROUP BY month`;

/**
 * The identities that reached k notices or actas within the window with one in the range: only a row whose previous
 * one is within the window can (k ≥ 2); for k > 2 the identity's rows within the window up to it are counted.
 */
const REPEATS = (where: string) => `WITH reached AS MATERIALIZED (
    SELECT DISTINCT substr(day, 1, 7) AS month, identity ${SANCTIONS(where)}
      AND prev_day IS NOT NULL AND prev_day >= ${addMonthsSql('day', '-@window')}
      AND (@k = 2 OR (SELECT count(*) FROM insight_findings AS b INDEXED BY insight_findings_sanctions
        WHERE ${SANCTION('b')} AND b.identity = f.identity AND b.at <= f.at AND b.day >= ${addMonthsSql('f.day', '-@window')}) >= @k)
  )
  SELECT month, count(*) AS repeats FROM reached GROUP BY month
  UNION ALL SELECT NULL, count(DISTINCT identity) FROM reached`;

/** The last day whose window of `months` months has closed by `today` (addMonthsIso only grows with the day). */
function lastClosedDay(today: IsoDate, months: number): IsoDate {
  let day = addDaysIso(addMonthsIso(today, -months), 3);
  while (addMonthsIso(day, months) >= today) day = addDaysIso(day, -1);
  return day;
}

type ByMonth<K extends string> = ({ readonly month: string | null } & Readonly<Record<K, number>>)[];

/** Per-month counts and the whole range's (the row whose month is null). */
const split = <K extends string>(rows: ByMonth<K>, key: K) => ({
  months: new Map(rows.filter((r) => r.month !== null).map((r) => [r.month!, r[key]])),
  whole: rows.find((r) => r.month === null)?.[key] ?? 0,
});

const IDS = ['warnings_not_followed', 'repeat_offenders'] as const;

export const findingIndicators = group(IDS, (q: IndicatorQuery) => {
  const dims = dimensions(q, { barrio: 'barrio', operationType: 'operation_type', category: 'category', incident: 'incident_id' });
  const { from, to } = q.filter;
  const { warningFollowUpMonths, repeatOffenderFindings, repeatWindowMonths } = q.rules;
  const warnings = q.statements.get(WARNINGS(dims.sql)).all({
    from,
    to,
    months: warningFollowUpMonths,
    closedBy: lastClosedDay(q.today, warningFollowUpMonths),
    ...dims.params,
  }) as (MonthCounts & { readonly warnings: number })[];
  const repeatParams = { from, to, k: repeatOffenderFindings, window: repeatWindowMonths, ...dims.params };
  const identityRows = q.statements.get(IDENTITIES(dims.sql)).all({ from, to, ...dims.params }) as ByMonth<
    'identities' | 'in_range' | 'sanctions'
  >;
  // Per month, and for the whole range: its own row (a dimension) or the months' sums (no dimension).
  const months = identityRows.filter((r) => r.month !== null);
  const whole = identityRows.find((r) => r.month === null);
  const sum = (key: 'in_range' | 'sanctions') => whole?.[key] ?? months.reduce((n, r) => n + r[key], 0);
  const identities = { months: new Map(months.map((r) => [r.month!, r.identities])), whole: sum('in_range') };
  const repeats = split(q.statements.get(REPEATS(dims.sql)).all(repeatParams) as ByMonth<'repeats'>, 'repeats');
  const byMonth: MonthCounts[] = [...identities.months].map(([month, denominator]) => ({
    month,
    numerator: repeats.months.get(month) ?? 0,
    denominator,
  }));
  const values: Record<(typeof IDS)[number], IndicatorValue> = {
    warnings_not_followed: ratioValue('warnings_not_followed', q.months, warnings, dims.applied),
    repeat_offenders: ratioValue('repeat_offenders', q.months, byMonth, dims.applied, {
      numerator: repeats.whole,
      denominator: identities.whole,
    }),
  };
  const findings = sum('sanctions') + warnings.reduce((n, m) => n + m.warnings, 0);
  return { values, basis: { findings } };
});
