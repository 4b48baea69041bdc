// "Nueva prueba": the form's values, the seed drawn for it, and the 'notice_trial.define' mutation they make —
// checked with the trial kind's own schema (notice-trial-schema.ts), so a field says what the hub would answer,
// plus the one rule the kind checks against the clock: a trial cannot start before today (notice-trial.ts:
// 'retroactive'), said next to the start date instead of as a refusal after the round trip. Variants take their
// keys from their place (a, b, c, d), so two can never share one.
import { TrialDefinitionSchema } from '../../../../shared/records/notice-trial-schema.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { addMonthsIso, type IsoDate } from '../../../../shared/settings/iso-date.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { issueProblemKey, type IssueProblemKey } from '../../../errors/describe-api-error.ts';

export const VARIANT_KEYS = ['a', 'b', 'c', 'd'] as const;
export const MIN_VARIANTS = 2;

export interface VariantValues {
  readonly label: string;
  readonly wording: string;
}

export interface TrialValues {
  readonly name: string;
  /** '' until one is chosen. */
  readonly category: string;
  /** In order: the first is a, the second b… */
  readonly variants: readonly VariantValues[];
  readonly barrios: readonly string[];
  readonly start: string;
  readonly end: string;
  readonly seed: string;
}

export type TrialField =
  'name' | 'category' | 'variants' | 'barrios' | 'start' | 'end' | 'seed' | `variants.${number}.${keyof VariantValues}`;
/** A code the errors dictionary words (errors.issue.<code>). */
export type TrialProblem = IssueProblemKey;
export type TrialProblems = Partial<Record<TrialField, TrialProblem>>;
export type CheckedTrial = { readonly ok: true; readonly mutation: Mutation } | { readonly ok: false; readonly problems: TrialProblems };

const SEED_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEED_LENGTH = 16;

/**
 * A fresh seed: 16 characters of the 64 the schema admits, each from one random byte's low six bits (256 is a
 * multiple of 64, so every character is equally likely): 96 bits, as the administrator can read and copy it.
 */
export function newSeed(fill: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return Array.from(fill(new Uint8Array(SEED_LENGTH)), (byte) => SEED_ALPHABET[byte & 63]).join('');
}

/** An empty trial: two wordings, from today for three months. */
export function newTrialValues(today: IsoDate, seed: string): TrialValues {
  const blank = { label: '', wording: '' };
  return { name: '', category: '', variants: [blank, blank], barrios: [], start: today, end: addMonthsIso(today, 3), seed };
}

/** A schema message or zod code as the field's problem; an empty field is always "required". */
function problemOf(message: string, code: string, value: unknown): TrialProblem {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return 'required';
  const worded = issueProblemKey(message);
  if (worded !== null) return worded;
  if (message === 'date_out_of_range') return 'invalid_date';
  return code === 'too_big' ? 'too_long' : code === 'too_small' ? 'too_short' : 'invalid_value';
}

/** The form field an issue's path names: a variant's own field, or the list (or other field) as a whole. */
function fieldOf(path: readonly PropertyKey[]): TrialField | null {
  const [first, index, leaf] = path;
  if (first === 'variants' && typeof index === 'number' && (leaf === 'label' || leaf === 'wording')) return `variants.${index}.${leaf}`;
  if (first === 'variants') return 'variants';
  return isOneOf(['name', 'category', 'barrios', 'start', 'end', 'seed'] as const, first) ? first : null;
}

/** The 'notice_trial.define' mutation when every field checks; else the problems by field. */
export function checkTrial(values: TrialValues, id: string, today: IsoDate): CheckedTrial {
  const candidate = {
    name: values.name,
    category: values.category,
    variants: values.variants.map((v, i) => ({ key: VARIANT_KEYS[i] ?? `${i + 1}`, label: v.label, wording: v.wording })),
    barrios: values.barrios,
    start: values.start,
    end: values.end,
    seed: values.seed.trim(),
  };
  const parsed = TrialDefinitionSchema.safeParse(candidate);
  const problems: TrialProblems = {};
  if (/^\d{4}-\d{2}-\d{2}$/.test(values.start) && values.start < today) problems.start = 'before_today';
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = fieldOf(issue.path);
    if (field === null) continue;
    const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], candidate);
    problems[field] ??= problemOf(issue.message, issue.code, value);
  }
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, mutation: { kind: 'notice_trial.define', id, definition: parsed.data } };
}
