// Runs in: Node. The notices' indicator (insight_notices, facts/notice-facts.ts).
//
// compliance_without_sanction — Of the notices (emplazamientos) whose deadline ended in the range — their last day to
//   comply, counted from the notification, falls in it and has passed — the share the owner complied with: the
//   re-inspection found the work done by the owner (no acta, no cost to the city). A notice still waiting for its
//   re-inspection counts as not complied yet. By the month of the last day.
import { group } from './group.ts';
import { dimensions, type IndicatorQuery } from './query.ts';
import { ratioValue, type MonthCounts } from './values.ts';

// By day first — the index's order, no sorting — then by month.
const NOTICES_DECIDED = (
  where: string,
) => `SELECT substr(last_day, 1, 7) AS month, sum(numerator) AS numerator, sum(denominator) AS denominator
  FROM (SELECT last_day, count(*) FILTER (WHERE result = 'complied_by_owner') AS numerator, count(*) AS denominator
    FROM insight_notices INDEXED BY insight_notices_last_day WHERE last_day BETWEEN @from AND @to AND due_by <= @now${where}
    GROUP BY last_day)
  GROUP BY month`;

export const noticeIndicators = group(['compliance_without_sanction'] as const, (q: IndicatorQuery) => {
  // A notice from a complaint goes by its incident's channel.
  const incident = `CASE origin WHEN 'complaint' THEN source_id END`;
  const dims = dimensions(q, { barrio: 'barrio', operationType: 'operation_type', category: 'category', incident });
  const rows = q.statements
    .get(NOTICES_DECIDED(dims.sql))
    .all({ from: q.filter.from, to: q.filter.to, now: q.now, ...dims.params }) as MonthCounts[];
  const value = ratioValue('compliance_without_sanction', q.months, rows, dims.applied);
  return { values: { compliance_without_sanction: value }, basis: { notices: value.denominator ?? 0 } };
});
