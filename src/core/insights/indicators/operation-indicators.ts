// Runs in: Node. The indicators of closed operations (insight_operations, facts/operation-facts.ts), in one pass over
// the range grouped by (day, shift): each group is one shift worked.
//
// operations_per_shift — Closed operations whose shift falls in the range, divided by the shifts worked: the
//   distinct (Córdoba day, shift) pairs in which at least one of those operations took place (a night shift's hours
//   after midnight belong to the night before). By month.
// people_reached_per_shift — People reached by those operations, divided by the same shifts worked. People reached:
//   drivers tested and anonymous self-tests at an alcohol checkpoint, attendees of an education session, and in
//   every other operation each finding that addressed someone (guidance, warning, notice, acta or referral). By month.
// alcohol_positivity — Of the drivers tested at the checkpoints in the range whose test has a final verdict
//   (negative or positive by the limit of the place and the retest rule in force that day; a test on a breathalyser
//   out of verification, a pending or mistimed retest, has none), the share that was positive. By month.
// noise_exceedance — Of the noise readings in the range with a verdict under the noise rules in force when taken (a
//   reading from a meter out of calibration has none, unless the works were outside their permitted hours), the
//   share over the limit or outside the hours. By month.
// camera_notified — Of the camera clips reviewed in the range, the share notified to the owner (a warning or an
//   acta; the rest were discarded). By month.
import type { IndicatorValue } from '../../../shared/api/insights.ts';
import { group } from './group.ts';
import { dimensions, type IndicatorQuery } from './query.ts';
import { perShiftValue, ratioValue, type MonthCounts } from './values.ts';

const FIGURES = ['people', 'alcohol_decided', 'alcohol_positive', 'noise_judged', 'noise_exceeds', 'camera_reviewed', 'camera_notified'];

/**
 * By day, then by month: a day's shifts worked are the shifts that had an operation that day. The per-day sums come
 * from insight_operation_days, read in its (day, type, shift) order without sorting, or with a barrio or CPC filter
 * from insight_operation_barrio_days (its barrios' rows, a few thousand a year).
 */
const SHIFTS_WORKED = (where: string, byBarrio: boolean) => `SELECT substr(day, 1, 7) AS month, sum(shifts) AS shifts,
    sum(operations) AS operations, ${FIGURES.map((f) => `sum(${f}) AS ${f}`).join(', ')}
  FROM (SELECT day, max(shift = 'morning') + max(shift = 'afternoon') + max(shift = 'night') AS shifts,
      sum(operations) AS operations, ${FIGURES.map((f) => `sum(${f}) AS ${f}`).join(', ')}
    FROM ${byBarrio ? 'insight_operation_barrio_days' : 'insight_operation_days'} WHERE day BETWEEN @from AND @to${where} GROUP BY day)
  GROUP BY month`;

interface MonthRow {
  readonly month: string;
  readonly shifts: number;
  readonly operations: number;
  readonly people: number;
  readonly alcohol_decided: number;
  readonly alcohol_positive: number;
  readonly noise_judged: number;
  readonly noise_exceeds: number;
  readonly camera_reviewed: number;
  readonly camera_notified: number;
}

const IDS = ['operations_per_shift', 'people_reached_per_shift', 'alcohol_positivity', 'noise_exceedance', 'camera_notified'] as const;

export const operationIndicators = group(IDS, (q: IndicatorQuery) => {
  const dims = dimensions(q, { barrio: 'barrio', operationType: 'type', category: 'category' });
  const byBarrio = q.barrios !== null;
  const rows = q.statements
    .get(SHIFTS_WORKED(dims.sql, byBarrio))
    .all({ from: q.filter.from, to: q.filter.to, ...dims.params }) as MonthRow[];
  const counts = (numerator: keyof MonthRow, denominator: keyof MonthRow): MonthCounts[] =>
    rows.map((r) => ({ month: r.month, numerator: r[numerator] as number, denominator: r[denominator] as number }));
  const values: Record<(typeof IDS)[number], IndicatorValue> = {
    operations_per_shift: perShiftValue('operations_per_shift', q.months, counts('operations', 'shifts'), dims.applied),
    people_reached_per_shift: perShiftValue('people_reached_per_shift', q.months, counts('people', 'shifts'), dims.applied),
    alcohol_positivity: ratioValue('alcohol_positivity', q.months, counts('alcohol_positive', 'alcohol_decided'), dims.applied),
    noise_exceedance: ratioValue('noise_exceedance', q.months, counts('noise_exceeds', 'noise_judged'), dims.applied),
    camera_notified: ratioValue('camera_notified', q.months, counts('camera_notified', 'camera_reviewed'), dims.applied),
  };
  return { values, basis: { operations: rows.reduce((n, r) => n + r.operations, 0) } };
});
