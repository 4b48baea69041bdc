import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvLine, csvText } from '../util/csv.ts';
import { IMPORT_LIMITS, readCsv, utf8Bytes } from './csv-reader.ts';

const rowsOf = (text: string) => {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`refused: ${read.code} at ${read.line}`);
  return read.rows.map((row) => [row.line, ...row.cells]);
};

describe('reading an imported CSV', () => {
  it.each([
    [
      'with the BOM, CRLF',
      `${CSV_BOM}"a";"b"\r\n"1";"2"\r\n`,
      [
        [1, 'a', 'b'],
        [2, '1', '2'],
      ],
    ],
    [
      'without the BOM, LF',
      `a;b\n1;2\n`,
      [
        [1, 'a', 'b'],
        [2, '1', '2'],
      ],
    ],
    [
      'no line end after the last row',
      `a;b\n1;2`,
      [
        [1, 'a', 'b'],
        [2, '1', '2'],
      ],
    ],
    [
      'quoted and unquoted fields mixed',
      `"a";b\n1;"2"`,
      [
        [1, 'a', 'b'],
        [2, '1', '2'],
      ],
    ],
    ['doubled quotes inside a quoted field', `"dijo ""basta""; se fue";x`, [[1, 'dijo "basta"; se fue', 'x']]],
    ['a separator inside quotes', `"a;b";c`, [[1, 'a;b', 'c']]],
    [
      'line breaks inside quotes: the next row keeps its editor line',
      `"uno\r\ndos";x\r\n"tres";y`,
      [
        [1, 'uno\r\ndos', 'x'],
        [3, 'tres', 'y'],
      ],
    ],
    ['empty fields, quoted or not', `a;;"";\n`, [[1, 'a', '', '', '']]],
    [
      'blank lines and rows of empty cells are skipped',
      `a;b\n\n;\r\n"";""\n1;2\n\n`,
      [
        [1, 'a', 'b'],
        [5, '1', '2'],
      ],
    ],
    ['a lone BOM is an empty file', CSV_BOM, []],
  ])('%s', (_name, text, rows) => {
    expect(rowsOf(text)).toEqual(rows);
  });

  it('reads back what the export writes, formula guard included', () => {
    const cells = ['=HYPERLINK("x")', 'Córdoba; "centro"', 'línea 1\r\nlínea 2', ''];
    const text = CSV_BOM + csvLine(cells.map(csvText)) + csvLine(['"x"', '"y"', '"z"', '"w"']);
    expect(rowsOf(text)).toEqual([
      [1, `'=HYPERLINK("x")`, 'Córdoba; "centro"', 'línea 1\r\nlínea 2', ''],
      [3, 'x', 'y', 'z', 'w'],
    ]);
  });

  it.each([
    ['a quote never closed: the line where it opened', `a;b\n1;"2\n3;4\n`, 2, 'unterminated_quote'],
    ['text after a closing quote', `a;b\n"1"x;2\n`, 2, 'text_after_quote'],
    ['a quote inside an unquoted field', `a;b\n1;2"\n`, 2, 'stray_quote'],
    ['a carriage return without its line feed', `a;b\r1;2\r\n`, 1, 'bare_cr'],
  ])('stops at a damaged file: %s', (_name, text, line, code) => {
    expect(readCsv(text)).toEqual({ ok: false, line, code });
  });

  it('refuses a file over the size limit before reading it, counting UTF-8 bytes', () => {
    const max = IMPORT_LIMITS.maxBytes;
    expect(readCsv('a'.repeat(max + 1))).toEqual({ ok: false, line: null, code: 'file_too_large', params: { max } });
    // Under the limit in characters, over it in bytes ('ó' is two).
    expect(readCsv('ó'.repeat(max / 2 + 1))).toMatchObject({ ok: false, code: 'file_too_large' });
    expect(utf8Bytes('aó€😀')).toBe(1 + 2 + 3 + 4);
  });

  it('refuses a 10 MB line with its reason, whether the size or the line length is met first', () => {
    const line = `a;${'x'.repeat(10 * 1024 * 1024)}\n`;
    expect(readCsv(line)).toMatchObject({ ok: false, code: 'file_too_large' });
    const unbounded = { ...IMPORT_LIMITS, maxBytes: Number.POSITIVE_INFINITY };
    expect(readCsv(`a;b\n${line}`, unbounded)).toEqual({
      ok: false,
      line: 2,
      code: 'line_too_long',
      params: { max: IMPORT_LIMITS.maxLineChars },
    });
    expect(readCsv(`a;b\n"${'x'.repeat(10 * 1024 * 1024)}`, unbounded)).toMatchObject({ ok: false, line: 2, code: 'line_too_long' });
  });

  it('refuses more rows than the limit, the header not counted', () => {
    const rows = (n: number) => 'a\n' + '1\n'.repeat(n);
    expect(readCsv(rows(IMPORT_LIMITS.maxRows))).toMatchObject({ ok: true });
    expect(readCsv(rows(IMPORT_LIMITS.maxRows + 1))).toEqual({
      ok: false,
      line: IMPORT_LIMITS.maxRows + 2,
      code: 'too_many_rows',
      params: { max: IMPORT_LIMITS.maxRows },
    });
  });
});
