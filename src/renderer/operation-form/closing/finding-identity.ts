// Who a warning, notice or acta is against, on the finding form: a person (DNI, name), a company (CUIT, name), a
// property (cadastral id, address) or a vehicle (plate). A warning keeps it at `offender`, a notice or acta in its
// record (`record.offender`), as FindingSchema has them; both ask the same fields, and the identity typed under one
// outcome goes along when the outcome changes. The identity alone — once its DNI, CUIT, cadastral id or plate is valid,
// before the name is typed — is what the form looks the antecedentes up by.
import { OffenderIdentitySchema, type OffenderIdentity } from '../../../shared/rules/identity.ts';
import { isOneOf } from '../../../shared/util/one-of.ts';
import type { Condition, FieldSpec, RowValues } from '../../spec-form/spec-form.ts';

export const OFFENDER_KINDS = ['person', 'company', 'property', 'vehicle'] as const;
type OffenderKind = (typeof OFFENDER_KINDS)[number];

/** Each kind's fields: the identifying one first. */
const FIELDS: Readonly<Record<OffenderKind, readonly string[]>> = {
  person: ['dni', 'fullName'],
  company: ['cuit', 'name'],
  property: ['cadastralId', 'address'],
  vehicle: ['plate'],
};

const PREFIX = { warning: 'offender', notice: 'record.offender', acta: 'record.offender' } as const;
type IdentifiedOutcome = keyof typeof PREFIX;
const identified = (outcome: string): outcome is IdentifiedOutcome => outcome in PREFIX;

/** The offender's fields at `prefix`, shown while `when` holds (and, each, while its kind is chosen). */
export function offenderFields(prefix: string, when: Condition): FieldSpec[] {
  return [
    { path: `${prefix}.kind`, kind: 'select', options: OFFENDER_KINDS, initial: 'person', when },
    ...OFFENDER_KINDS.flatMap((kind) =>
      FIELDS[kind].map((field): FieldSpec => ({
        path: `${prefix}.${field}`,
        kind: 'text',
        when: [when, { path: `${prefix}.kind`, is: [kind] }],
      })),
    ),
  ];
}

export const WARNING_OFFENDER_FIELDS = offenderFields(PREFIX.warning, { path: 'outcome', is: ['warning'] });
export const RECORD_OFFENDER_FIELDS = offenderFields(PREFIX.notice, { path: 'outcome', is: ['notice', 'acta'] });

type Values = Readonly<Record<string, string | readonly RowValues[]>>;
const text = (values: Values, path: string) => {
  const value = values[path];
  return typeof value === 'string' ? value : '';
};

/** The identity typed for the finding, once its identifying field is valid; null for outcomes without one. */
export function findingIdentity(values: Values): OffenderIdentity | null {
  const outcome = text(values, 'outcome');
  if (!identified(outcome)) return null;
  const prefix = PREFIX[outcome];
  const kind = text(values, `${prefix}.kind`);
  if (!isOneOf(OFFENDER_KINDS, kind)) return null;
  const key = FIELDS[kind][0]!;
  const parsed = OffenderIdentitySchema.safeParse({ kind, [key]: text(values, `${prefix}.${key}`) });
  return parsed.success ? parsed.data : null;
}

/** The finding's values with another outcome; the identity typed so far goes along (a warning that becomes an acta). */
export function withOutcome<V extends Values>(values: V, outcome: string): V {
  const from = text(values, 'outcome');
  const next = { ...values, outcome };
  if (!identified(from) || !identified(outcome) || PREFIX[from] === PREFIX[outcome]) return next;
  const moved = [['kind'], ...Object.values(FIELDS)].flat();
  for (const field of moved) {
    const typed = text(values, `${PREFIX[from]}.${field}`);
    if (typed !== '') Object.assign(next, { [`${PREFIX[outcome]}.${field}`]: typed });
  }
  return next;
}
