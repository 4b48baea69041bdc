// Runs in: the renderer (pure). «Agregar persona» and «Editar»: the form's values as the person.create or
// person.update change, checked by the kind's schema (writes/schema-check.ts). A new person's id is made from their legajo,
// so a legajo already added is refused by the hub ('already_exists'); an edit sends every field, an emptied base or
// contact as null (taken away).
import { personId, type PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { Qualification } from '../../../../shared/roster/types.ts';
import type { Checked } from '../../../writes/use-checked-form.ts';
import { checkBySchema } from '../../../writes/schema-check.ts';

export interface PersonValues {
  readonly staffNumber: string;
  readonly name: string;
  readonly team: string;
  readonly base: string;
  readonly phone: string;
  readonly email: string;
}
export type PersonField = keyof PersonValues | 'qualifications';
export const PERSON_PROBLEMS = ['required', 'too_long', 'invalid_format', 'invalid_value', 'duplicated'] as const;
export type PersonProblem = (typeof PERSON_PROBLEMS)[number];

/** The form for a new person of `team`, or filled with `person`'s values. */
export function personValues(person: PersonRecord | null, team: string): PersonValues {
  return {
    staffNumber: person?.staffNumber ?? '',
    name: person?.name ?? '',
    team: person?.team ?? team,
    base: person?.base ?? '',
    phone: person?.contact?.phone ?? '',
    email: person?.contact?.email ?? '',
  };
}

const fieldOf = (path: readonly PropertyKey[]): PersonField => {
  const [first, second] = path.map(String);
  if (first === 'contact') return second === 'email' ? 'email' : 'phone';
  return first === 'id' ? 'staffNumber' : (first as PersonField);
};

export function checkPerson(
  values: PersonValues,
  qualifications: readonly Qualification[],
  editing: PersonRecord | null,
): Checked<PersonField, PersonProblem> {
  const v = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as unknown as PersonValues;
  const contact = v.phone || v.email ? { ...(v.phone ? { phone: v.phone } : {}), ...(v.email ? { email: v.email } : {}) } : null;
  const common = { name: v.name, qualifications, team: v.team };
  const mutation = editing
    ? { kind: 'person.update', id: editing.id, ...common, base: v.base || null, contact }
    : {
        kind: 'person.create',
        id: personId(v.staffNumber),
        staffNumber: v.staffNumber,
        ...common,
        ...(v.base ? { base: v.base } : {}),
        ...(contact ? { contact } : {}),
      };
  return checkBySchema(mutation, fieldOf, PERSON_PROBLEMS, 'invalid_value');
}
