// A small form engine for the closing forms: each result type (and a finding) is a list of field specs whose
// paths are the result schema's own paths ('source.measuredDb', 'tests.0.retest.at'). The form holds strings as
// the inputs do; `buildCandidate` turns them into the object the schema reads (numbers with a decimal comma,
// Córdoba date-times as epoch ms, empty optional fields left out, all-empty nullable groups as null) and reports
// what cannot even be read; `checkSpecForm` runs the schema and maps every issue back onto a field path, so the
// form says next to each field exactly what the core would answer. The core's own issues map the same way.
import type { z } from 'zod';
import { isOneOf } from '../../shared/util/one-of.ts';
import { fromCordobaDateTimeInput } from '../writes/cordoba-datetime.ts';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'integer'
  | 'datetime'
  | 'date'
  | 'select'
  | 'boolean'
  /** Several codes ticked (checkboxes), kept as "a,b". */
  | 'codes'
  /** One text per line. */
  | 'lines'
  /** One number per line. */
  | 'numberLines'
  /** A list of rows, each with its own fields. */
  | 'rows';

export interface FieldSpec {
  /** The schema path, dot-separated; inside rows, relative to the row. */
  readonly path: string;
  readonly kind: FieldKind;
  /** select / codes: the codes offered (labels from i18n). Absent for selects whose options come at render time. */
  readonly options?: readonly string[];
  /** Empty → left out of the candidate (the schema's .optional()). */
  readonly optional?: boolean;
  /** Empty → null (the schema's .nullable()). */
  readonly nullable?: boolean;
  /** Fields sharing a null group become one null object when all of them are empty (e.g. an alcohol retest). */
  readonly nullGroup?: string;
  /** Shown (and read) only while the field at `path` holds one of `is` (every condition, when several). */
  readonly when?: Condition | readonly Condition[];
  /** Bounds and unit, said in the "out of range" message and the hint. */
  readonly range?: { readonly min: number; readonly max: number; readonly unit?: string };
  /** rows: the fields of each row. */
  readonly fields?: readonly FieldSpec[];
  /** rows: how many rows a new form starts with. */
  readonly initialRows?: number;
  /** Initial value of a new form ('' if absent). */
  readonly initial?: string;
  /** Texts: the most characters the schema accepts (said in the "too long" message). */
  readonly maxLength?: number;
  /** A wide field (spans the form's width). */
  readonly wide?: boolean;
}

export interface Condition {
  readonly path: string;
  readonly is: readonly string[];
}

export type RowValues = Readonly<Record<string, string>>;
export type SpecValues = Readonly<Record<string, string | readonly RowValues[]>>;

/** Field messages: the rules' message keys plus what the form itself finds (i18n keys under results:problem). */
export const SPEC_PROBLEMS = [
  'required',
  'not_a_number',
  'out_of_range',
  'not_integer',
  'too_many',
  'duplicate',
  'invalid_dni',
  'invalid_cuit',
  'invalid_plate',
  'invalid_time',
  'invalid_date',
  'date_out_of_range',
  'too_long',
  'retest_before_test',
  'verified_after_test',
  'calibrated_after_measurement',
  'deadline_before_finding',
  'receipt_required',
  'seizure_inventory_required',
  'seizure_action_required',
  'discard_reason_required',
  'min_over_max',
  'more_than_total',
  'reviewed_before_recorded',
  'end_before_start',
  'invalid_cadastral_id',
  'invalid',
] as const;
export type SpecProblem = (typeof SPEC_PROBLEMS)[number];
/** Field path (rows: 'tests.0.firstReadingGL') → its first problem. */
export type SpecProblems = Readonly<Record<string, SpecProblem>>;

/** A schema message key or zod issue code → the field message. */
export function specProblem(code: string, fieldEmpty = false): SpecProblem {
  if (isOneOf(SPEC_PROBLEMS, code)) return code;
  if (fieldEmpty || code === 'invalid_type') return 'required';
  if (code === 'too_big') return 'too_long';
  if (code === 'too_small') return 'required';
  return 'invalid';
}

const isEmpty = (value: string | readonly RowValues[] | undefined): boolean =>
  value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);

export function isVisible(spec: FieldSpec, values: Readonly<Record<string, unknown>>): boolean {
  if (spec.when === undefined) return true;
  const conditions: readonly Condition[] = 'path' in spec.when ? [spec.when] : spec.when;
  return conditions.every((c) => c.is.includes(String(values[c.path] ?? '')));
}

/** "0,62" and "0.62" alike; null when the text is not a plain decimal number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t) && !/^-?\.\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

/** One field's string as the schema reads it; `skip` leaves it out, a problem says why it cannot be read. */
type Read = { readonly value: unknown } | { readonly skip: true } | { readonly problem: SpecProblem };

function readField(spec: FieldSpec, raw: string): Read {
  const text = raw.trim();
  if (text === '' && spec.kind !== 'boolean' && spec.kind !== 'codes' && spec.kind !== 'lines' && spec.kind !== 'numberLines') {
    if (spec.optional) return { skip: true };
    if (spec.nullable) return { value: null };
    // Texts and choices go to the schema as '' (it says 'required'); numbers and dates cannot be read.
    if (spec.kind === 'text' || spec.kind === 'textarea' || spec.kind === 'select') return { value: '' };
    return { problem: 'required' };
  }
  switch (spec.kind) {
    case 'text':
    case 'textarea':
    case 'select':
      return { value: raw };
    case 'date':
      return { value: text };
    case 'number':
    case 'integer': {
      const n = parseDecimal(text);
      return n === null ? { problem: 'not_a_number' } : { value: n };
    }
    case 'datetime': {
      const instant = fromCordobaDateTimeInput(text);
      return instant === null ? { problem: 'invalid_date' } : { value: instant };
    }
    case 'boolean':
      return { value: text === 'true' };
    case 'codes':
      return { value: text === '' ? [] : text.split(',') };
    case 'lines':
      return {
        value: raw
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      };
    case 'numberLines': {
      const numbers: number[] = [];
      for (const line of raw
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')) {
        const n = parseDecimal(line);
        if (n === null) return { problem: 'not_a_number' };
        numbers.push(n);
      }
      return { value: numbers };
    }
    case 'rows':
      return { skip: true };
  }
}

interface Built {
  readonly candidate: Record<string, unknown>;
  readonly problems: Record<string, SpecProblem>;
}

function buildObject(
  specs: readonly FieldSpec[],
  values: Readonly<Record<string, string | readonly RowValues[]>>,
  prefix: string,
  problems: Record<string, SpecProblem>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const groups = new Map<string, FieldSpec[]>();
  for (const spec of specs) {
    if (!isVisible(spec, values)) continue;
    if (spec.nullGroup) {
      groups.set(spec.nullGroup, [...(groups.get(spec.nullGroup) ?? []), spec]);
      continue;
    }
    if (spec.kind === 'rows') {
      const rows = values[spec.path];
      const list = Array.isArray(rows) ? rows : [];
      setPath(
        out,
        spec.path,
        list.map((row, i) => buildObject(spec.fields ?? [], row, `${prefix}${spec.path}.${i}.`, problems)),
      );
      continue;
    }
    const raw = values[spec.path];
    const read = readField(spec, typeof raw === 'string' ? raw : '');
    if ('problem' in read) problems[`${prefix}${spec.path}`] = read.problem;
    else if ('value' in read) setPath(out, spec.path, read.value);
  }
  for (const [group, members] of groups) {
    if (members.every((m) => isEmpty(values[m.path]))) {
      setPath(out, group, null);
      continue;
    }
    for (const m of members) {
      const raw = values[m.path];
      const read = readField({ ...m, optional: false, nullable: false }, typeof raw === 'string' ? raw : '');
      if ('problem' in read) problems[`${prefix}${m.path}`] = read.problem;
      else if ('value' in read) setPath(out, m.path, read.value);
    }
  }
  return out;
}

/** The object the schema reads, and the fields that could not be read at all. */
export function buildCandidate(specs: readonly FieldSpec[], values: SpecValues): Built {
  const problems: Record<string, SpecProblem> = {};
  const candidate = buildObject(specs, values, '', problems);
  return { candidate, problems };
}

/**
 * The form field an issue path belongs to: the longest field path that is a prefix of it (rows: the row's
 * index, then the row field). 'tests.0.retest.at' → 'tests.0.retest.at'; 'topics.3' → 'topics';
 * 'tests.0.retest' → 'tests.0.retest.at' (a null group's first field). null when no field holds it.
 */
export function issueFieldPath(specs: readonly FieldSpec[], path: readonly (string | number)[] | string): string | null {
  const parts = typeof path === 'string' ? (path === '' ? [] : path.split('.')) : path.map(String);
  return matchIn(specs, parts, '');
}

function matchIn(specs: readonly FieldSpec[], parts: readonly string[], prefix: string): string | null {
  let best: { spec: FieldSpec; length: number } | null = null;
  for (const spec of specs) {
    const own = spec.path.split('.');
    if (own.length <= parts.length && own.every((p, i) => p === parts[i]) && (!best || own.length > best.length))
      best = { spec, length: own.length };
  }
  if (best) {
    const { spec, length } = best;
    if (spec.kind === 'rows') {
      const index = parts[length];
      if (index === undefined || !/^\d+$/.test(index)) return `${prefix}${spec.path}`;
      return matchIn(spec.fields ?? [], parts.slice(length + 1), `${prefix}${spec.path}.${index}.`) ?? `${prefix}${spec.path}`;
    }
    return `${prefix}${spec.path}`;
  }
  // A whole null group ('retest') belongs to its first field.
  const group = specs.find((s) => s.nullGroup !== undefined && parts.length >= 1 && s.nullGroup === parts.join('.'));
  return group ? `${prefix}${group.path}` : null;
}

/** The raw string of a field path ('tests.0.firstReadingGL'), '' when absent. */
export function valueAt(specs: readonly FieldSpec[], values: SpecValues, fieldPath: string): string {
  const rowsSpec = specs.find((s) => s.kind === 'rows' && fieldPath.startsWith(`${s.path}.`));
  if (rowsSpec) {
    const rest = fieldPath.slice(rowsSpec.path.length + 1);
    const dot = rest.indexOf('.');
    const rows = values[rowsSpec.path];
    const row = Array.isArray(rows) ? rows[Number(rest.slice(0, dot))] : undefined;
    return row?.[rest.slice(dot + 1)] ?? '';
  }
  const raw = values[fieldPath];
  return typeof raw === 'string' ? raw : '';
}

export interface IssueLike {
  readonly path: readonly PropertyKey[] | string;
  readonly message?: string;
  readonly code: string;
}

/** Issues → problems by field (first one wins, and what could not be read wins over the schema); the rest apart. */
export function issuesToProblems(
  specs: readonly FieldSpec[],
  values: SpecValues,
  issues: readonly IssueLike[],
  initial: SpecProblems = {},
): { problems: Record<string, SpecProblem>; rest: IssueLike[] } {
  const problems: Record<string, SpecProblem> = { ...initial };
  const rest: IssueLike[] = [];
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String);
    const field = issueFieldPath(specs, path);
    if (field === null) {
      rest.push(issue);
      continue;
    }
    if (problems[field]) continue;
    const message = issue.message !== undefined && isOneOf(SPEC_PROBLEMS, issue.message) ? issue.message : issue.code;
    problems[field] = specProblem(message, valueAt(specs, values, field).trim() === '');
  }
  return { problems, rest };
}

export type SpecChecked<T> =
  | { readonly ok: true; readonly value: T; readonly problems: SpecProblems }
  | { readonly ok: false; readonly problems: SpecProblems; readonly rest: readonly IssueLike[] };

/** Builds and checks against the schema: the parsed value, or every problem by field. */
export function checkSpecForm<S extends z.ZodType>(
  specs: readonly FieldSpec[],
  values: SpecValues,
  schema: S,
  /** Adds what the form does not ask for (e.g. a record's kind and coordinates). */
  complete: (candidate: Record<string, unknown>) => unknown = (candidate) => candidate,
): SpecChecked<z.output<S>> {
  const built = buildCandidate(specs, values);
  const parsed = schema.safeParse(complete(built.candidate));
  if (parsed.success && Object.keys(built.problems).length === 0) return { ok: true, value: parsed.data, problems: {} };
  const issues = parsed.success ? [] : parsed.error.issues;
  const { problems, rest } = issuesToProblems(specs, values, issues, built.problems);
  return { ok: false, problems, rest };
}

/** A new form's values: each field's initial value, rows with their initial count of empty rows. */
export function initialSpecValues(specs: readonly FieldSpec[]): Record<string, string | RowValues[]> {
  const values: Record<string, string | RowValues[]> = {};
  for (const spec of specs) {
    if (spec.kind === 'rows') values[spec.path] = Array.from({ length: spec.initialRows ?? 0 }, () => emptyRow(spec));
    else values[spec.path] = spec.initial ?? '';
  }
  return values;
}

export function emptyRow(rowsSpec: FieldSpec): Record<string, string> {
  return Object.fromEntries((rowsSpec.fields ?? []).map((f) => [f.path, f.initial ?? '']));
}
