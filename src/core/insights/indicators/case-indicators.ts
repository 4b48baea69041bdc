// Runs in: Node. The court's indicators (insight_cases, insight_case_spans: facts/case-facts.ts). A case's barrio,
// operation type and offence category are its acta's.
//
// court_backlog — Cases not closed at the end of the range (or now, if it ends later): every case that had come in by
//   then and whose status then, by its timeline, was any but closed. By that status.
// time_to_resolution — Median days from a case's coming in to its first resolution or closing, over the cases first
//   resolved or closed in the range. By month.
// voluntary_payment_share — Of the cases notified in the range, the share paid voluntarily with the discount while
//   the defence term was open. By the month of the notification.
import { CASE_STATUSES } from '../../../shared/court/case-status.ts';
import { OPEN_SPANS_AT_END } from '../facts/span-classes.ts';
import { group } from './group.ts';
import { dimensions, type IndicatorQuery } from './query.ts';
import { countValue, medianValue, ratioValue, type MonthCounts, type MonthValues } from './values.ts';

const DAY_MS = 86_400_000;

const BACKLOG = (where: string) => `SELECT status, count(*) ${OPEN_SPANS_AT_END}${where} GROUP BY status`;

// By day first — the index's order, no sorting — then by month, each month's days as one JSON array.
const RESOLVED = (where: string) => `SELECT substr(day, 1, 7) AS month, '[' || group_concat(days) || ']' AS \`values\`
  FROM (SELECT resolved_day AS day, group_concat(resolved_at - created_at) AS days
    FROM insight_cases AS c INDEXED BY insight_cases_resolved WHERE resolved_day BETWEEN @from AND @to${where} GROUP BY resolved_day)
  GROUP BY month`;

// By day first — the index's order, no sorting — then by month.
const NOTIFIED = (where: string) => `SELECT substr(day, 1, 7) AS month, sum(numerator) AS numerator, sum(denominator) AS denominator
  FROM (SELECT notified_day AS day, sum(paid_voluntarily) AS numerator, count(*) AS denominator
    FROM insight_cases AS c INDEXED BY insight_cases_notified WHERE notified_day BETWEEN @from AND @to${where} GROUP BY notified_day)
  GROUP BY month`;

const CAME_IN = (where: string) =>
  `SELECT count(*) FROM insight_cases AS c INDEXED BY insight_cases_created WHERE created_day BETWEEN @from AND @to${where}`;

const OPEN_STATUSES = CASE_STATUSES.filter((s) => s !== 'closed');

export const caseIndicators = group(['court_backlog', 'time_to_resolution', 'voluntary_payment_share'] as const, (q: IndicatorQuery) => {
  const dims = dimensions(q, { barrio: 'c.barrio', operationType: 'c.operation_type', category: 'c.category' });
  const range = { from: q.filter.from, to: q.filter.to, ...dims.params };
  const backlog = q.statements
    .get(BACKLOG(dims.sql))
    .raw()
    .all({ end: q.end, ...dims.params }) as [string, number][];
  const resolved = q.statements.get(RESOLVED(dims.sql)).all(range) as MonthValues[];
  const notified = q.statements.get(NOTIFIED(dims.sql)).all(range) as MonthCounts[];
  return {
    values: {
      court_backlog: countValue('court_backlog', 'status', OPEN_STATUSES, new Map(backlog), dims.applied),
      time_to_resolution: medianValue('time_to_resolution', 'days', q.months, resolved, dims.applied, DAY_MS),
      voluntary_payment_share: ratioValue('voluntary_payment_share', q.months, notified, dims.applied),
    },
    basis: { cases: q.statements.get(CAME_IN(dims.sql)).pluck().get(range) as number },
  };
});
