// Runs anywhere (pure): one imported cell read as its column's type. Formula injection is decided here, per type:
// the export defuses a text starting with = + - @ tab or CR by a leading apostrophe (util/csv.ts), so that one
// apostrophe is taken off again and the text round-trips. A cell that still starts with = @ tab or CR is refused
// in every column as a possible formula (a spreadsheet may have computed it, or will run it when the data is
// exported and opened again). + and - are refused in free text too (a name or a serial never starts with them;
// "+cmd|…" is the classic DDE payload), but they are what a phone number ('+54 351 …') and a number ('-3') start
// with, and those columns accept nothing else than their own shape.
import { FORMULA_START } from '../util/csv.ts';
import type { GenericCacheEntity } from '../records/registry.ts';
import { searchKey } from '../text/search-key.ts';
import type { ProblemParams, RowProblemCode } from './problems.ts';

export type CellType =
  | { readonly type: 'text' }
  /** Another record named by its name (a person's team): read as text here, its id found by check-import.ts. */
  | { readonly type: 'name'; readonly entity: GenericCacheEntity }
  /** One of a few words, accent and case insensitive (folded spelling → the code it stands for). */
  | { readonly type: 'choice'; readonly options: Readonly<Record<string, string>> }
  /** Several of them, separated by ','. */
  | { readonly type: 'list'; readonly options: Readonly<Record<string, string>> }
  /** dd/mm/yyyy (the export's dates; a spreadsheet may drop the leading zeros) → 'yyyy-mm-dd'. */
  | { readonly type: 'date' }
  | { readonly type: 'integer' }
  /** Text that may start with '+' ('+54 351 …'); its shape is the mutation schema's to judge. */
  | { readonly type: 'phone' };

export type Cell =
  | { readonly ok: true; readonly value: string | number | readonly string[] | undefined }
  | { readonly ok: false; readonly code: RowProblemCode; readonly params?: ProblemParams };

const APOSTROPHE = 0x27;
/** = @ tab CR: never the start of a value in any column. */
const ALWAYS_FORMULA = new Set([0x3d, 0x40, 0x09, 0x0d]);
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const INTEGER = /^-?\d{1,9}$/;

/** A line break, a tab or another control character inside a cell's text. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

const fail = (code: RowProblemCode, params?: ProblemParams): Cell => ({ ok: false, code, ...(params ? { params } : {}) });
const two = (n: string) => n.padStart(2, '0');

/** The words a choice accepts, for the message ("alcoholímetro, sonómetro"). */
const optionList = (options: Readonly<Record<string, string>>) => ({ options: Object.keys(options).join(', ') });

function choose(text: string, options: Readonly<Record<string, string>>): string | undefined {
  return Object.hasOwn(options, searchKey(text)) ? options[searchKey(text)] : undefined;
}

/** The cell's value (undefined: empty), or why it cannot be one. */
export function readCell(raw: string, cell: CellType): Cell {
  const first = raw.charCodeAt(0);
  const defused = first === APOSTROPHE && FORMULA_START.has(raw.charCodeAt(1));
  if (ALWAYS_FORMULA.has(first) || ((cell.type === 'text' || cell.type === 'name') && FORMULA_START.has(first))) return fail('formula');
  const text = (defused ? raw.slice(1) : raw).trim();
  if (hasControl(text)) return fail('control_character');
  if (text === '') return { ok: true, value: undefined };
  switch (cell.type) {
    case 'text':
    case 'name':
    case 'phone':
      return { ok: true, value: text };
    case 'choice': {
      const value = choose(text, cell.options);
      return value === undefined ? fail('unknown_option', optionList(cell.options)) : { ok: true, value };
    }
    case 'list': {
      const values = text.split(',').map((part) => choose(part.trim(), cell.options));
      if (values.some((value) => value === undefined)) return fail('unknown_option', optionList(cell.options));
      return { ok: true, value: [...new Set(values as string[])] };
    }
    case 'date': {
      const m = DATE.exec(text);
      return m ? { ok: true, value: `${m[3]}-${two(m[2]!)}-${two(m[1]!)}` } : fail('invalid_date');
    }
    case 'integer':
      return INTEGER.test(text) ? { ok: true, value: Number(text) } : fail('invalid_number');
  }
}
