// Court cases became expedientes (issue 11): a case record gained its origin, barrio, number, court, terms and
// timeline. The SQL that brings a stored case's JSON (column `data`) to that shape — an incoming case from an
// operation, with no number, court or terms yet — shared by the cache's and the hub's migrations, which differ
// only in where they find the operation's barrio.
export function courtCaseV2(barrioSql: string): string {
  return `json_set(data,
    '$.origin', 'operation',
    '$.promoterName', json_extract(data, '$.promoterName'),
    '$.barrio', (${barrioSql}),
    '$.number', NULL,
    '$.courtId', NULL,
    '$.competence', NULL,
    '$.courtHistory', json('[]'),
    '$.notification', NULL,
    '$.defence', NULL,
    '$.voluntaryPayment', NULL,
    '$.settlement', NULL,
    '$.timeline', json_array(json_object('at', json_extract(data, '$.createdAt'), 'status', 'incoming', 'by', NULL)))`;
}
