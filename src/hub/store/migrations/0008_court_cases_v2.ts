// Court cases as expedientes (issue 11): stored cases and every court-case entry of the change log take their new
// shape (a console catching up from an old seq must read them with today's schema), with the barrio of the
// operation they came from (src/core/cache/migrations/court-case-v2.ts).
import { courtCaseV2 } from '../../../core/cache/migrations/court-case-v2.ts';

const barrioOf = (table: string) =>
  `SELECT json_extract(o.data, '$.barrio') FROM records AS o WHERE o.entity = 'operation' AND o.id = json_extract(${table}.data, '$.operationId')`;

export default {
  version: 8,
  name: 'court_cases_v2',
  up: `
    UPDATE records SET data = ${courtCaseV2(barrioOf('records'))}
      WHERE entity = 'court_case' AND json_extract(data, '$.origin') IS NULL;
    UPDATE changes SET data = ${courtCaseV2(barrioOf('changes'))}
      WHERE entity = 'court_case' AND json_extract(data, '$.origin') IS NULL;
  `,
};
