// Runs anywhere (pure): the strict reader of an imported CSV — the export's conventions read back (util/csv.ts):
// UTF-8 with or without its byte order mark, ';' between fields, fields quoted or not, inner quotes doubled, CRLF
// or LF line ends, and line breaks inside quoted fields. Anything else (a quote in the middle of an unquoted field,
// text after a closing quote, a lone CR, a quote never closed) stops the reading with the line where it happened:
// guessing what a damaged file meant could import the wrong people or serials.
//
// One pass, one character at a time, no regular expression and no recursion: a hostile file costs at most its
// limits. The size is checked before anything else, a record longer than a line may be stops the scan at once,
// and so does one row too many — a 10 MB line is refused after reading its first few kilobytes.
import type { FileProblemCode } from './problems.ts';
import { CSV_BOM, CSV_SEPARATOR } from '../util/csv.ts';

export interface ImportLimits {
  /** UTF-8 bytes of the whole file. */
  readonly maxBytes: number;
  /** Characters of one record (a row, its quoted line breaks included). */
  readonly maxLineChars: number;
  /** Data rows, the header not counted. */
  readonly maxRows: number;
}

/**
 * A city's staff and fleet are hundreds of rows. 100 KiB keeps the file, sent as JSON text in one API frame
 * (wire.ts MAX_FRAME_BYTES, 256 KiB), under the frame's size even when every other character is a quote that
 * JSON escapes; 4,000 characters are far more than a row of names, serials and dates needs.
 */
export const IMPORT_LIMITS: ImportLimits = { maxBytes: 100 * 1024, maxLineChars: 4_000, maxRows: 2_000 };

export interface CsvRow {
  /** The line the row starts on, as a text editor numbers it. */
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvRead =
  | { readonly ok: true; readonly rows: readonly CsvRow[] }
  | {
      readonly ok: false;
      readonly line: number | null;
      readonly code: FileProblemCode;
      readonly params?: Readonly<Record<string, number>>;
    };

const BOM = CSV_BOM.charCodeAt(0);
const QUOTE = 0x22;
const SEPARATOR = CSV_SEPARATOR.charCodeAt(0);
const LF = 0x0a;
const CR = 0x0d;

/** UTF-8 bytes of a text, without encoding it (a surrogate pair: two halves of two bytes each, four in all). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

class Stop {
  constructor(
    readonly line: number | null,
    readonly code: FileProblemCode,
    readonly params?: Readonly<Record<string, number>>,
  ) {}
}

/** Every row of the file, the header first; rows whose every cell is empty (blank lines, ";;;") are skipped. */
export function readCsv(text: string, limits: ImportLimits = IMPORT_LIMITS): CsvRead {
  // A string's length never exceeds its UTF-8 size: a huge text is refused without looking at it.
  if (text.length > limits.maxBytes || utf8Bytes(text) > limits.maxBytes) {
    return { ok: false, line: null, code: 'file_too_large', params: { max: limits.maxBytes } };
  }
  try {
    return { ok: true, rows: scan(text, limits) };
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    return { ok: false, line: err.line, code: err.code, ...(err.params ? { params: err.params } : {}) };
  }
}

function scan(text: string, limits: ImportLimits): CsvRow[] {
  const n = text.length;
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  while (i < n) {
    const start = i;
    const first = line;
    const cells: string[] = [];
    const within = () => {
      if (i - start > limits.maxLineChars) throw new Stop(first, 'line_too_long', { max: limits.maxLineChars });
    };
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        cell = '';
        let from = ++i;
        for (;;) {
          within();
          if (i >= n) throw new Stop(opened, 'unterminated_quote');
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            cell += text.slice(from, i);
            if (text.charCodeAt(i + 1) !== QUOTE) break;
            cell += '"';
            i += 2;
            from = i;
            continue;
          }
          if (c === LF) line++;
          i++;
        }
        i++; // the closing quote
        const next = i < n ? text.charCodeAt(i) : SEPARATOR;
        if (i < n && next !== SEPARATOR && next !== LF && next !== CR) throw new Stop(line, 'text_after_quote');
      } else {
        const from = i;
        for (; i < n; i++) {
          within();
          const c = text.charCodeAt(i);
          if (c === SEPARATOR || c === LF || c === CR) break;
          if (c === QUOTE) throw new Stop(line, 'stray_quote');
        }
        cell = text.slice(from, i);
      }
      cells.push(cell);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === SEPARATOR) {
        i++;
        continue;
      }
      if (c === CR) {
        if (text.charCodeAt(i + 1) !== LF) throw new Stop(line, 'bare_cr');
        i++;
      }
      i++; // LF
      line++;
      break;
    }
    if (cells.some((cell) => cell !== '')) {
      rows.push({ line: first, cells });
      if (rows.length > limits.maxRows + 1) throw new Stop(first, 'too_many_rows', { max: limits.maxRows });
    }
  }
  return rows;
}
