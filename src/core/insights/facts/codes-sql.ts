// Runs in: Node. The shared rules the facts need as SQL, generated from the rules themselves so that there is one
// definition: an offender's identity key (shared/rules/identity.ts) and an offence's category
// (shared/court/offence-category.ts). identityKeySql is held to identityKey by codes-sql.test.ts.
import { offenceCategory } from '../../../shared/court/offence-category.ts';
import { OPERATION_TYPES } from '../../../shared/operations/codes.ts';
import { CASE_ORIGINS, type CaseOrigin } from '../../../shared/records/court-case-schema.ts';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * identityKey(offender) of an offender JSON (text): 'dni:…', 'cuit:' + digits, 'cad:' + the cadastral id in upper
 * case without its separators (the schema allows only . / - and space), 'plate:…'; NULL without an offender. DNI,
 * CUIT and plate are stored as their schemas normalise them.
 */
export const identityKeySql = (offender: string) => `(CASE ${offender} ->> '$.kind'
  WHEN 'person' THEN 'dni:' || (${offender} ->> '$.dni')
  WHEN 'company' THEN 'cuit:' || replace(${offender} ->> '$.cuit', '-', '')
  WHEN 'property' THEN 'cad:' || upper(replace(replace(replace(replace(${offender} ->> '$.cadastralId', '.', ''), '/', ''), '-', ''), ' ', ''))
  WHEN 'vehicle' THEN 'plate:' || (${offender} ->> '$.plate')
END)`;

/** offenceCategory(origin, operationType) for every origin and type (NULL type: entered at the desk, a complaint). */
export function offenceCategorySql(origin: string, operationType: string): string {
  const branches = (o: CaseOrigin) =>
    [
      ...OPERATION_TYPES.map((t) => `WHEN ${quote(t)} THEN ${quote(offenceCategory(o, t))}`),
      `ELSE ${quote(offenceCategory(o, null))}`,
    ].join(' ');
  return `(CASE ${origin} ${CASE_ORIGINS.map((o) => `WHEN ${quote(o)} THEN (CASE ${operationType} ${branches(o)} END)`).join(' ')} END)`;
}
