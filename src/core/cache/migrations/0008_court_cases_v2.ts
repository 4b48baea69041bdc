// Court cases as expedientes (issue 11): cached cases take their new shape, with the barrio of the operation they
// came from (court-case-v2.ts). Nothing else changes; the hub migrates its own copies and change log the same way.
import { courtCaseV2 } from './court-case-v2.ts';

export default {
  version: 8,
  name: 'court_cases_v2',
  up: `
    UPDATE records SET data = ${courtCaseV2("SELECT barrio FROM operations WHERE id = json_extract(records.data, '$.operationId')")}
      WHERE entity = 'court_case' AND json_extract(data, '$.origin') IS NULL;
  `,
};
