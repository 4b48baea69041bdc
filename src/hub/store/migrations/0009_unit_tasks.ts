// Issue 13, Despacho: a unit works on a task (an incident or a planned operation, a link) instead of a free-text
// assignment, and keeps when and by whom its status was last reported and an acknowledged silence. Stored units,
// their change-log entries (a console catching up from an old seq reads them with today's schema) and the units in
// the results kept for replays take the new shape: no task, never reported — as the consoles' migration 10 does.
// Versions stay: hub and consoles hold the same version with the same fields.
const unitNow = (json: string) =>
  `json_remove(json_set(${json}, '$.statusAt', NULL, '$.statusSource', NULL, '$.task', NULL, '$.silenceAck', NULL), '$.assignment')`;
const old = (json: string, at = '$') => `json_type(${json}, '${at}.assignment') IS NOT NULL`;
const result = (part: '$.record' | '$.current') =>
  `UPDATE client_results SET result = json_set(result, '${part}', ${unitNow(`json_extract(result, '${part}')`)}) WHERE ${old('result', part)};`;

export default {
  version: 9,
  name: 'unit_tasks',
  up: `
    UPDATE records SET data = ${unitNow('data')} WHERE entity = 'unit' AND ${old('data')};
    UPDATE changes SET data = ${unitNow('data')} WHERE entity = 'unit' AND ${old('data')};
    ${result('$.record')}
    ${result('$.current')}
  `,
};
