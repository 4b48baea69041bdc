// Runs in: Node. Despacho's indicators (insight_incidents, insight_complaints: facts/incident-facts.ts).
//
// complaints_by_channel — Complaints received in the range (each call, message or report, also those linked to an
//   incident already open), by the channel they came through. The value is their total.
// response_time — Median minutes from an incident's opening to its first unit on scene, over the incidents opened in
//   the range that a unit reached (the channel of an incident is its first complaint's). By month.
import { COMPLAINT_CHANNELS } from '../../../shared/dispatch/codes.ts';
import { group } from './group.ts';
import { dimensions, type IndicatorQuery } from './query.ts';
import { countValue, medianValue, type MonthValues } from './values.ts';

// One count per channel in one pass (a GROUP BY would sort every complaint of the range).
const BY_CHANNEL = (where: string) => `SELECT ${COMPLAINT_CHANNELS.map((c) => `count(*) FILTER (WHERE channel = '${c}')`).join(', ')}
  FROM insight_complaints WHERE day BETWEEN @from AND @to${where}`;

// By day first — the index's order, no sorting — then by month, each month's minutes as one JSON array.
const ARRIVALS = (
  where: string,
) => `SELECT substr(day, 1, 7) AS month, sum(incidents) AS incidents, '[' || group_concat(minutes) || ']' AS \`values\`
  FROM (SELECT day, count(*) AS incidents, group_concat(arrival_minutes) AS minutes
    FROM insight_incidents INDEXED BY insight_incidents_day WHERE day BETWEEN @from AND @to${where} GROUP BY day)
  GROUP BY month`;

export const incidentIndicators = group(['complaints_by_channel', 'response_time'] as const, (q: IndicatorQuery) => {
  const dims = dimensions(q, { barrio: 'barrio', channel: 'channel' });
  const params = { from: q.filter.from, to: q.filter.to, ...dims.params };
  const perChannel = q.statements.get(BY_CHANNEL(dims.sql)).raw().get(params) as number[];
  const channels = new Map(COMPLAINT_CHANNELS.map((c, i) => [c, perChannel[i]!]));
  const arrivals = q.statements.get(ARRIVALS(dims.sql)).all(params) as (MonthValues & { incidents: number })[];
  return {
    values: {
      complaints_by_channel: countValue(
        'complaints_by_channel',
        'channel',
        q.filter.channels?.length ? q.filter.channels : COMPLAINT_CHANNELS,
        channels,
        dims.applied,
      ),
      response_time: medianValue('response_time', 'minutes', q.months, arrivals, dims.applied),
    },
    basis: { incidents: arrivals.reduce((n, m) => n + m.incidents, 0) },
  };
});
