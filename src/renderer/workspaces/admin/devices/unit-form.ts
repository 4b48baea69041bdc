// Runs in: the renderer (pure). «Nueva unidad» (administrators): a call sign, vehicle or on foot, and its crew's
// names (one a line, or separated by commas), as the unit.create change checked by the kind's schema
// (writes/schema-check.ts). Its id is made from the call sign (unitId), so a call sign whose id a unit
// the console holds already has is said here, before anything is sent; one with no letter or digit has no id.
import type { UnitKind } from '../../../../shared/live/units.ts';
import { unitId } from '../../../../shared/records/unit.ts';
import type { Checked } from '../../../writes/use-checked-form.ts';
import { checkBySchema } from '../../../writes/schema-check.ts';

export interface UnitValues {
  readonly callSign: string;
  readonly unitKind: UnitKind;
  /** As typed: one name a line, or separated by commas. */
  readonly crew: string;
}
export type UnitField = keyof UnitValues;
export const UNIT_PROBLEMS = ['required', 'too_long', 'too_big', 'invalid_value', 'already_exists', 'no_letters'] as const;
export type UnitProblem = (typeof UNIT_PROBLEMS)[number];

export const INITIAL_UNIT: UnitValues = { callSign: '', unitKind: 'vehicle', crew: '' };

/** The crew's names as typed: split on lines and commas, trimmed, blanks dropped. */
export const crewNames = (typed: string): string[] =>
  typed
    .split(/[\n,]/)
    .map((name) => name.trim())
    .filter(Boolean);

const fieldOf = (path: readonly PropertyKey[]): UnitField => {
  const field = String(path[0]);
  return field === 'unitKind' || field === 'crew' ? field : 'callSign';
};

/** The change, or the problems field by field; `known`: the ids of the units the console holds. */
export function checkUnit(values: UnitValues, known: ReadonlySet<string>): Checked<UnitField, UnitProblem> {
  const callSign = values.callSign.trim();
  const id = unitId(callSign);
  if (!id) return { ok: false, problems: { callSign: callSign ? 'no_letters' : 'required' } };
  if (known.has(id)) return { ok: false, problems: { callSign: 'already_exists' } };
  const crew = crewNames(values.crew);
  const mutation = { kind: 'unit.create', id, callSign, unitKind: values.unitKind, ...(crew.length ? { crew } : {}) };
  return checkBySchema(mutation, fieldOf, UNIT_PROBLEMS, 'invalid_value');
}
