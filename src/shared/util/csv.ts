// Runs anywhere: the one CSV encoder, for the core's exports and the renderer's chart tables. CSV as Excel in a
// Spanish (Argentina) locale opens it with a double click: UTF-8 with a byte order mark (without it Excel reads the
// file as Windows-1252 and "Córdoba" turns into "CÃ³rdoba"), ';' between fields (',' is the decimal separator
// there), CRLF line ends, every field quoted with inner quotes doubled. Text that Excel would read as a formula
// (= + - @, or a leading tab / carriage return) gets a leading apostrophe: an address typed as "=HYPERLINK(…)"
// stays text (OWASP "CSV injection"). Numbers the console formats itself are not guarded: a negative latitude must
// stay a number.
import { cordobaOffsetMs } from '../time/cordoba.ts';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';

/** = + - @ tab CR: what Excel may read as the start of a formula. */
export const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

// Called for every cell of up to a million rows: no regular expression, no replace when there is no quote.
const quoted = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

/** A text field: quoted, inner quotes doubled, formula starts defused. */
export function csvText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '""';
  return quoted(FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value);
}

/** A number field ('' when absent); `decimalComma` for Spanish-locale spreadsheets. */
export function csvNumber(value: number | null | undefined, decimalComma: boolean): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '""';
  const text = String(value);
  return quoted(decimalComma ? text.replace('.', ',') : text);
}

export function csvLine(fields: readonly string[]): string {
  return fields.join(CSV_SEPARATOR) + CSV_EOL;
}

const HOUR = 3_600_000;
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * "dd/mm/yyyy hh:mm" in Córdoba time, fast enough for millions of cells: the zone's offset (from the tz database,
 * shared/time/cordoba.ts) is looked up once per hour of UTC and remembered, then plain UTC arithmetic. An hour in
 * which the offset changes (none since 2009) is not remembered.
 */
export function createCordobaDateTimeFormatter(): (epochMs: number) => string {
  const offsets = new Map<number, number>();
  const offsetAt = (epochMs: number): number => {
    const hour = Math.floor(epochMs / HOUR);
    const known = offsets.get(hour);
    if (known !== undefined) return known;
    const start = cordobaOffsetMs(hour * HOUR);
    if (start !== cordobaOffsetMs(hour * HOUR + HOUR - 1)) return cordobaOffsetMs(epochMs);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, start);
    return start;
  };
  return (epochMs) => {
    const civil = new Date(epochMs + offsetAt(epochMs));
    return `${two(civil.getUTCDate())}/${two(civil.getUTCMonth() + 1)}/${civil.getUTCFullYear()} ${two(civil.getUTCHours())}:${two(civil.getUTCMinutes())}`;
  };
}
