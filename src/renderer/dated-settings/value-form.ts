// The "Nuevo valor" form, generated from the key's value schema (shared/settings/catalogue.ts): numbers, times of
// day (TimeOfDaySchema), calendar dates (IsoDateSchema), other texts, choices (an enum: the norm of an article),
// yes/no, values that may be empty (null), nested objects (margins by zone × period) and lists (alcohol tiers, the
// barrios' CPC, the holidays). The form holds a draft of strings; the draft becomes a value, and the whole entry is checked with the
// same schema the hub applies (newSettingEntrySchema: the key's value schema, and not before today). Problems are
// keyed by path ('value.city', 'value.2.upToGL', 'effectiveFrom', 'note'); the core's answer maps back onto them.
import { z } from 'zod';
import { ApiCallError, type ApiIssue } from '../../shared/api/result.ts';
import { SETTING_SCHEMAS, type SettingKey } from '../../shared/settings/catalogue.ts';
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { newSettingEntrySchema } from '../../shared/settings/entry-schema.ts';
import { IsoDateSchema } from '../../shared/settings/iso-date.ts';
import { TimeOfDaySchema } from '../../shared/settings/time-of-day.ts';
import { isOneOf } from '../../shared/util/one-of.ts';

export type FieldSpec =
  | { readonly kind: 'number'; readonly integer: boolean; readonly min: number | null; readonly max: number | null }
  | { readonly kind: 'boolean' }
  /** "HH:MM" (TimeOfDaySchema). */
  | { readonly kind: 'time' }
  /** 'YYYY-MM-DD' (IsoDateSchema). */
  | { readonly kind: 'date' }
  /** Any other string, with the schema's longest length when it has one. */
  | { readonly kind: 'text'; readonly maxLength: number | null }
  /** One of an enum's options. */
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'nullable'; readonly inner: FieldSpec }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, FieldSpec])[] }
  | { readonly kind: 'list'; readonly item: FieldSpec }
  /** Anything else the catalogue may grow: edited as JSON text, still checked by the key's schema. */
  | { readonly kind: 'json' };

/** What the inputs hold: text for numbers, times, dates, texts, choices and JSON; a flag for yes/no; trees for the rest. */
export type Draft =
  | string
  | boolean
  | { readonly kind: 'nullable'; readonly isNull: boolean; readonly inner: Draft }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Draft>> }
  | { readonly kind: 'list'; readonly items: readonly Draft[] };

const finite = (n: unknown): number | null => (typeof n === 'number' && Number.isFinite(n) ? n : null);

/** The form's shape of a value schema (zod 4 classes; checks and refinements stay on the schema). */
export function specOf(schema: z.ZodType): FieldSpec {
  if (schema instanceof z.ZodNumber) {
    return {
      kind: 'number',
      integer: schema.format === 'safeint' || schema.format === 'int32',
      min: finite(schema.minValue),
      max: finite(schema.maxValue),
    };
  }
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  // Times and dates are strings too: the catalogue uses these very schema objects, so they are known by identity.
  if (schema === TimeOfDaySchema) return { kind: 'time' };
  if (schema === IsoDateSchema) return { kind: 'date' };
  if (schema instanceof z.ZodString) return { kind: 'text', maxLength: finite(schema.maxLength) };
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options.map(String) };
  if (schema instanceof z.ZodNullable) return { kind: 'nullable', inner: specOf(schema.unwrap() as z.ZodType) };
  if (schema instanceof z.ZodObject) {
    return {
      kind: 'object',
      fields: Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => [name, specOf(field)] as const),
    };
  }
  if (schema instanceof z.ZodArray) return { kind: 'list', item: specOf(schema.element as z.ZodType) };
  return { kind: 'json' };
}

export const specOfKey = (key: SettingKey): FieldSpec => specOf(SETTING_SCHEMAS[key] as z.ZodType);

/** A time window ({start, end} of times) is shown and edited as one pair. */
export const isWindow = (spec: FieldSpec): boolean =>
  spec.kind === 'object' &&
  spec.fields.length === 2 &&
  spec.fields.every(([name, f]) => (name === 'start' || name === 'end') && f.kind === 'time');

/** A value that may be empty and is typed as text (a court's CPC): a blank input is the null, no checkbox. */
export const blankIsNull = (spec: FieldSpec): boolean => spec.kind === 'nullable' && spec.inner.kind === 'text';

/** A field edited by one control (a list of them is a list of inputs; an object of them is one row of a table). */
export const isScalar = (spec: FieldSpec): boolean =>
  spec.kind === 'number' ||
  spec.kind === 'boolean' ||
  spec.kind === 'time' ||
  spec.kind === 'date' ||
  spec.kind === 'text' ||
  spec.kind === 'choice' ||
  blankIsNull(spec);

/** Whether a value has numbers anywhere (the form then explains how to type them). */
export const hasNumbers = (spec: FieldSpec): boolean => {
  switch (spec.kind) {
    case 'number':
      return true;
    case 'nullable':
      return hasNumbers(spec.inner);
    case 'object':
      return spec.fields.some(([, f]) => hasNumbers(f));
    case 'list':
      return hasNumbers(spec.item);
    default:
      return false;
  }
};

/** A list edited as a table, a row per item: its items are objects of scalar fields (a barrio and its CPC). */
export const isTable = (spec: FieldSpec): boolean =>
  spec.kind === 'list' && spec.item.kind === 'object' && spec.item.fields.every(([, f]) => isScalar(f));

export type DecimalSeparator = ',' | '.';
export const decimalSeparatorOf = (language: string): DecimalSeparator => (language.startsWith('es') ? ',' : '.');

export function emptyDraft(spec: FieldSpec): Draft {
  switch (spec.kind) {
    case 'number':
    case 'time':
    case 'date':
    case 'text':
    case 'choice':
    case 'json':
      return '';
    case 'boolean':
      return false;
    case 'nullable':
      return { kind: 'nullable', isNull: false, inner: emptyDraft(spec.inner) };
    case 'object':
      return { kind: 'object', fields: Object.fromEntries(spec.fields.map(([name, f]) => [name, emptyDraft(f)])) };
    case 'list':
      return { kind: 'list', items: [] };
  }
}

/** A value (e.g. the one in force) as the form shows it; parts that do not fit the shape start empty. */
export function toDraft(spec: FieldSpec, value: unknown, decimal: DecimalSeparator): Draft {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' ? String(value).replace('.', decimal) : '';
    case 'time':
    case 'date':
    case 'text':
    case 'choice':
      return typeof value === 'string' ? value : '';
    case 'boolean':
      return value === true;
    case 'json':
      return value === undefined ? '' : JSON.stringify(value, null, 2);
    case 'nullable':
      return {
        kind: 'nullable',
        isNull: value === null,
        inner: value === null ? emptyDraft(spec.inner) : toDraft(spec.inner, value, decimal),
      };
    case 'object': {
      const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      return { kind: 'object', fields: Object.fromEntries(spec.fields.map(([name, f]) => [name, toDraft(f, source[name], decimal)])) };
    }
    case 'list':
      return { kind: 'list', items: Array.isArray(value) ? value.map((item) => toDraft(spec.item, item, decimal)) : [] };
  }
}

export const PROBLEM_CODES = [
  'required',
  'not_a_number',
  'out_of_range',
  'not_integer',
  'min_over_max',
  'too_many',
  'tiers_out_of_order',
  'invalid_time',
  'invalid_date',
  'date_out_of_range',
  'retroactive',
  'too_long',
  'invalid_json',
  'invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export interface Problem {
  readonly code: ProblemCode;
  /** The field's bounds, for "between min and max"; a text's longest length, for "at most max characters". */
  readonly min?: number;
  readonly max?: number;
}
/** By path: 'value' (the whole value), 'value.city', 'value.2.upToGL', 'effectiveFrom', 'note'. */
export type Problems = Readonly<Record<string, Problem>>;

const NUMBER_TEXT: Record<DecimalSeparator, RegExp> = { ',': /^-?\d+(,\d+)?$/, '.': /^-?\d+(\.\d+)?$/ };

/**
 * The value a draft stands for, and the problems found reading it (an unreadable number). Only the language's
 * decimal separator is accepted: "10.808" in Spanish could be ten thousand or ten, so it is not guessed.
 */
export function fromDraft(
  spec: FieldSpec,
  draft: Draft,
  decimal: DecimalSeparator,
  path = 'value',
): { value: unknown; problems: Record<string, Problem> } {
  const problems: Record<string, Problem> = {};
  const read = (s: FieldSpec, d: Draft, p: string): unknown => {
    switch (s.kind) {
      case 'number': {
        const text = typeof d === 'string' ? d.trim() : '';
        if (text === '') return void (problems[p] = { code: 'required' });
        if (!NUMBER_TEXT[decimal].test(text)) return void (problems[p] = { code: 'not_a_number' });
        return Number(text.replace(',', '.'));
      }
      case 'time':
      case 'text':
        return typeof d === 'string' ? d.trim() : '';
      case 'date':
      case 'choice': {
        // An empty date input or the "choose" option: nothing was picked.
        const text = typeof d === 'string' ? d.trim() : '';
        if (text === '') return void (problems[p] = { code: 'required' });
        return text;
      }
      case 'boolean':
        return d === true;
      case 'json': {
        const text = typeof d === 'string' ? d.trim() : '';
        if (text === '') return void (problems[p] = { code: 'required' });
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return void (problems[p] = { code: 'invalid_json' });
        }
      }
      case 'nullable': {
        if (typeof d !== 'object' || d.kind !== 'nullable') return null;
        if (d.isNull || (blankIsNull(s) && typeof d.inner === 'string' && d.inner.trim() === '')) return null;
        return read(s.inner, d.inner, p);
      }
      case 'object': {
        const fields = typeof d === 'object' && d.kind === 'object' ? d.fields : {};
        return Object.fromEntries(s.fields.map(([name, f]) => [name, read(f, fields[name] ?? emptyDraft(f), `${p}.${name}`)]));
      }
      case 'list': {
        const items = typeof d === 'object' && d.kind === 'list' ? d.items : [];
        return items.map((item, i) => read(s.item, item, `${p}.${i}`));
      }
    }
  };
  return { value: read(spec, draft, path), problems };
}

/** The spec at a path below 'value' (for the bounds of a number), or null. */
export function specAt(spec: FieldSpec, path: string): FieldSpec | null {
  const parts = path.split('.');
  if (parts[0] !== 'value') return null;
  let current: FieldSpec | null = spec;
  for (const part of parts.slice(1)) {
    while (current?.kind === 'nullable') current = current.inner;
    if (current?.kind === 'object') current = current.fields.find(([name]) => name === part)?.[1] ?? null;
    else if (current?.kind === 'list' && /^\d+$/.test(part)) current = current.item;
    else return null;
  }
  while (current?.kind === 'nullable') current = current.inner;
  return current;
}

/** A schema message key or a zod issue code → a problem, with the number's bounds or the text's length when it has them. */
export function problemFor(code: string, spec: FieldSpec | null): Problem {
  if (spec?.kind === 'text' && (code === 'too_long' || code === 'too_big'))
    return spec.maxLength === null ? { code: 'too_long' } : { code: 'too_long', max: spec.maxLength };
  const bounds = spec?.kind === 'number' && spec.min !== null && spec.max !== null ? { min: spec.min, max: spec.max } : {};
  if (code === 'out_of_range' || code === 'too_big' || code === 'too_small') return { code: 'out_of_range', ...bounds };
  if (isOneOf(PROBLEM_CODES, code)) return { code };
  if (code === 'invalid_type') return { code: 'required' };
  return { code: 'invalid' };
}

export interface EntryForm {
  readonly key: SettingKey;
  readonly draft: Draft;
  /** 'YYYY-MM-DD' from <input type="date">. */
  readonly effectiveFrom: string;
  readonly note: string;
}

export type CheckedEntry = { readonly ok: true; readonly entry: SettingEntry } | { readonly ok: false; readonly problems: Problems };

/** The entry to send, or every problem by path (a field's first problem wins), checked as the hub will as of `now`. */
export function checkEntryForm(form: EntryForm, now: number, decimal: DecimalSeparator): CheckedEntry {
  const spec = specOfKey(form.key);
  const read = fromDraft(spec, form.draft, decimal);
  const note = form.note.trim();
  const candidate = { key: form.key, value: read.value, effectiveFrom: form.effectiveFrom.trim(), ...(note ? { note } : {}) };
  const problems: Record<string, Problem> = { ...read.problems };
  if (candidate.effectiveFrom === '') problems.effectiveFrom = { code: 'required' };
  const parsed = newSettingEntrySchema(now).safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || 'value';
      // An unread number is already reported; its parents' refinements (min ≤ max) would only echo it.
      if (Object.keys(problems).some((known) => known === path || known.startsWith(`${path}.`))) continue;
      problems[path] = problemFor(
        issue.message !== '' && isOneOf(PROBLEM_CODES, issue.message) ? issue.message : issue.code,
        specAt(spec, path),
      );
    }
  }
  if (Object.keys(problems).length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, entry: parsed.data };
}

/**
 * The core's answer to 'settings.add', onto the form: invalid_input issues under 'entry.…' and the refusal
 * 'retroactive' become field problems; anything else (forbidden, hub errors, another refusal) is `rest`,
 * explained as a whole.
 */
export function serverProblems(error: unknown, key: SettingKey): { problems: Problems; rest: boolean } {
  if (!(error instanceof ApiCallError)) return { problems: {}, rest: true };
  const { code, issues = [] } = error.apiError;
  if (code === 'refused' && issues[0]?.code === 'retroactive') return { problems: { effectiveFrom: { code: 'retroactive' } }, rest: false };
  if (code !== 'invalid_input') return { problems: {}, rest: true };
  const spec = specOfKey(key);
  const problems: Record<string, Problem> = {};
  let rest = false;
  for (const issue of issues as readonly ApiIssue[]) {
    const path = issue.path.startsWith('entry.') ? issue.path.slice('entry.'.length) : issue.path === 'entry' ? 'value' : null;
    if (path === null || path === 'key') rest = true;
    else problems[path] ??= problemFor(issue.code, specAt(spec, path));
  }
  return { problems, rest };
}

/** A path as an element id fragment ('value.2.upToGL' → 'value-2-upToGL'). */
export const pathId = (path: string) => path.replaceAll('.', '-');
