// "Cargar acta": an acta on paper or from a camera typed in at the desk ('court_case.enter'). The fields are the
// acta record's own (ActaRecordSchema) as spec-form specs, so the closing form's labels, parsing and messages
// apply; the desk adds where it came from, the barrio (the competent court follows from it, and the place's
// coordinates are the barrio's centre: a paper acta has an address, not a position) and who wrote it.
import { BARRIOS, BARRIO_NAMES } from '../../../../shared/geo/barrios.ts';
import { courtCaseKind } from '../../../../shared/records/court-case.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { EVIDENCE_KINDS } from '../../../../shared/rules/fields.ts';
import { NORMS } from '../../../../shared/rules/norms.ts';
import { checkSpecForm, type FieldSpec, type SpecChecked, type SpecValues } from '../../../spec-form/spec-form.ts';

const offenderIs = (...kinds: string[]) => ({ path: 'record.offender.kind', is: kinds });

export const ENTER_ACTA_FIELDS: readonly FieldSpec[] = [
  { path: 'origin', kind: 'select', options: ['desk', 'camera'], initial: 'desk' },
  { path: 'record.offender.kind', kind: 'select', options: ['person', 'company', 'vehicle'], initial: 'person' },
  { path: 'record.offender.dni', kind: 'text', when: offenderIs('person') },
  { path: 'record.offender.fullName', kind: 'text', when: offenderIs('person') },
  { path: 'record.offender.cuit', kind: 'text', when: offenderIs('company') },
  { path: 'record.offender.name', kind: 'text', when: offenderIs('company') },
  { path: 'record.offender.plate', kind: 'text', when: offenderIs('vehicle') },
  { path: 'record.offender.address', kind: 'text', optional: true, when: offenderIs('person', 'company'), wide: true },
  { path: 'record.legalBasis.norm', kind: 'select', options: NORMS, initial: 'ord_12468' },
  { path: 'record.legalBasis.article', kind: 'integer', range: { min: 1, max: 999 } },
  { path: 'record.legalBasis.suffix', kind: 'select', options: ['bis', 'ter', 'quater'], optional: true },
  { path: 'record.occurredAt', kind: 'datetime' },
  { path: 'barrio', kind: 'select', options: BARRIO_NAMES },
  { path: 'record.place.address', kind: 'text', wide: true },
  { path: 'record.promoterId', kind: 'text', maxLength: 40 },
  { path: 'promoterName', kind: 'text', nullable: true, maxLength: 120 },
  { path: 'record.description', kind: 'textarea', wide: true, maxLength: 2000 },
  {
    path: 'record.evidence',
    kind: 'rows',
    wide: true,
    fields: [
      { path: 'kind', kind: 'select', options: EVIDENCE_KINDS },
      { path: 'ref', kind: 'text' },
    ],
  },
];

/** The form's sections, in order; each lists its fields' paths (the dialog renders them under one legend). */
export const ENTER_ACTA_SECTIONS = [
  {
    id: 'offender',
    paths: [
      'origin',
      'record.offender.kind',
      'record.offender.dni',
      'record.offender.fullName',
      'record.offender.cuit',
      'record.offender.name',
      'record.offender.plate',
      'record.offender.address',
    ],
  },
  { id: 'offence', paths: ['record.legalBasis.norm', 'record.legalBasis.article', 'record.legalBasis.suffix', 'record.occurredAt'] },
  { id: 'place', paths: ['barrio', 'record.place.address'] },
  { id: 'author', paths: ['record.promoterId', 'promoterName'] },
  { id: 'facts', paths: ['record.description', 'record.evidence'] },
] as const;
export type EnterActaSection = (typeof ENTER_ACTA_SECTIONS)[number]['id'];

/** Fields with the desk's own labels (courtDesk), not the closing form's ('finding' scope of the records words). */
export const DESK_FIELDS = ['origin', 'record.offender.address', 'barrio', 'record.promoterId', 'promoterName'] as const;
export type DeskField = (typeof DESK_FIELDS)[number];

export const specsOf = (paths: readonly string[]): readonly FieldSpec[] => ENTER_ACTA_FIELDS.filter((spec) => paths.includes(spec.path));

/** The mutation's fields the form does not ask for: the id, the record's kind and the barrio's coordinates. */
function complete(id: string, candidate: Record<string, unknown>): Record<string, unknown> {
  const record = (candidate.record ?? {}) as Record<string, unknown>;
  const place = (record.place ?? {}) as Record<string, unknown>;
  const barrio = BARRIOS.find((b) => b.name === candidate.barrio);
  const position = barrio ? { lat: barrio.lat, lng: barrio.lng } : {};
  return { ...candidate, id, record: { ...record, kind: 'acta', place: { ...place, ...position } } };
}

/** The 'court_case.enter' mutation of the form, or every problem by field. */
export function checkEnterActa(id: string, values: SpecValues): SpecChecked<Mutation> {
  const checked = checkSpecForm(ENTER_ACTA_FIELDS, values, courtCaseKind.mutations['court_case.enter'].fields, (candidate) =>
    complete(id, candidate),
  );
  return checked.ok ? { ...checked, value: { kind: 'court_case.enter', ...checked.value } } : checked;
}
