// The CSV export against a real SQLite cache: the file's rows are the filter's, in the grid's order, with the
// figures, labels and Córdoba dates, and the bounds (size, one at a time, one-time download) hold.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateOperations } from '../../shared/demo/generate-operations.ts';
import type { OperationDetails } from '../../shared/operations/details.ts';
import { OperationsPageInputSchema, type OperationsFilter, type OperationsSort } from '../../shared/operations/query.ts';
import type { Operation } from '../../shared/operations/types.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { createConsoleCore } from '../console-core.ts';
import { seedOperations } from '../seed/seed-operations.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { EXPORT_KEEP_MS, EXPORTS_FOLDER, exportOperationsCsv, type UseCache } from './export-csv.ts';

const UNTIL = Date.UTC(2026, 10, 26);
let cache: Cache;
let use: UseCache;
let dataDir: string;
let odd: Operation;

/** RFC 4180 with ';' (the test's own reader: quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    expect(text[i]).toBe('"'); // every field is quoted
    let value = '';
    i++;
    for (;;) {
      const quote = text.indexOf('"', i);
      value += text.slice(i, quote);
      i = quote + 1;
      if (text[i] === '"') {
        value += '"';
        i++;
      } else break;
    }
    row.push(value);
    if (text[i] === ';') i++;
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n');
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const read = (file: string) => {
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.subarray(3).toString('utf8'));
};

/** Every id the grid shows for a filter, block after block. */
function gridIds(filter: OperationsFilter, sort: OperationsSort): string[] {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const { rows } = cache.operations.page(OperationsPageInputSchema.parse({ filter, sort, offset, limit: 500 }));
    ids.push(...rows.map((r) => r.id));
    if (rows.length < 500) return ids;
  }
}

beforeAll(() => {
  dataDir = tempDir();
  cache = createCache(path.join(dataDir, 'export.db'));
  seedOperations(cache.operations, { seed: 21, count: 2000, until: UNTIL });
  use = (fn) => fn(cache);
  const [base] = [...generateOperations({ seed: 22, count: 1, until: UNTIL })];
  odd = {
    ...base!,
    id: '01900000-0000-7000-8000-0000000000aa',
    type: 'street_vending',
    status: 'closed',
    plannedStart: Date.UTC(2026, 10, 20, 17, 5), // 14:05 in Córdoba
    plannedEnd: Date.UTC(2026, 10, 20, 20, 0),
    address: '=HYPERLINK("http://evil.example";"Av. Colón")',
    resultSummary: 'Dijo "no"; se retiró\r\nsegunda línea',
    details: {
      assigned: { people: ['p1', 'p2'], resources: [] },
      result: { seizure: [{ quantity: 7 }, { quantity: 5 }] },
      findings: [{ id: crypto.randomUUID(), finding: { outcome: 'acta' } }],
    } as unknown as OperationDetails,
  };
  cache.operations.insertMany([odd]);
});

describe('operations CSV export', () => {
  it('writes the filter’s rows in the grid’s order, with a Spanish header row', async () => {
    const filter: OperationsFilter = { types: ['street_vending'] };
    const sort: OperationsSort = { column: 'barrio', direction: 'asc' };
    const result = await exportOperationsCsv(use, { dataDir, filter, sort, batchRows: 50 });
    const grid = gridIds(filter, sort);
    expect(result.rows).toBe(grid.length);
    expect(path.dirname(result.path)).toBe(path.join(dataDir, EXPORTS_FOLDER));
    expect(result.fileName).toMatch(/^operaciones-\d{8}-\d{6}\.csv$/);
    expect(result.bytes).toBe(fs.statSync(result.path).size);
    expect(fs.readdirSync(path.dirname(result.path)).filter((f) => f.endsWith('.part'))).toEqual([]);

    const [header, ...rows] = read(result.path);
    expect(header!.slice(0, 5)).toEqual(['Identificador', 'Tipo', 'Estado', 'Barrio', 'Dirección']);
    expect(header).toContain('Unidades secuestradas'); // the one type's own figure
    expect(header).not.toContain('Tests');
    expect(rows.map((r) => r[0])).toEqual(grid);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['Venta ambulante']));
  });

  it('writes dates in Córdoba time, decimal commas, figures, and defuses formulas', async () => {
    const result = await exportOperationsCsv(use, {
      dataDir,
      filter: { text: 'HYPERLINK' },
      sort: { column: 'plannedStart', direction: 'desc' },
      columns: [
        'id',
        'address',
        'plannedStart',
        'lat',
        'resultSummary',
        'peopleReserved',
        'actas',
        'notices',
        'seizedUnits',
        'alcoholTests',
      ],
    });
    const [header, row, ...rest] = read(result.path);
    expect(rest).toEqual([]);
    expect(header).toEqual([
      'Identificador',
      'Dirección',
      'Inicio planificado',
      'Latitud',
      'Resultado',
      'Personas asignadas',
      'Actas',
      'Emplazamientos',
      'Unidades secuestradas',
      'Tests',
    ]);
    expect(row).toEqual([
      odd.id,
      `'=HYPERLINK("http://evil.example";"Av. Colón")`,
      '20/11/2026 14:05',
      String(odd.lat).replace('.', ','),
      'Dijo "no"; se retiró\r\nsegunda línea',
      '2',
      '1',
      '0',
      '12',
      '',
    ]);
  });

  it('writes English headers and labels when asked, with decimal points', async () => {
    const result = await exportOperationsCsv(use, {
      dataDir,
      filter: { text: 'HYPERLINK' },
      sort: { column: 'plannedStart', direction: 'asc' },
      columns: ['type', 'lat'],
      language: 'en',
    });
    expect(result.fileName).toMatch(/^operations-/);
    expect(read(result.path)).toEqual([
      ['Type', 'Latitude'],
      ['Street vending', String(odd.lat)],
    ]);
  });

  it('covers every row of a large filter through keyset batches (no filter at all)', async () => {
    const result = await exportOperationsCsv(use, {
      dataDir,
      filter: {},
      sort: { column: 'address', direction: 'desc' },
      columns: ['id'],
      batchRows: 300,
    });
    const ids = read(result.path)
      .slice(1)
      .map(([id]) => id);
    expect(ids).toHaveLength(2001);
    expect(new Set(ids).size).toBe(2001);
    expect(ids).toEqual(gridIds({}, { column: 'address', direction: 'desc' }));
  });

  it('refuses a filter over the bound and writes nothing', async () => {
    const folder = path.join(dataDir, EXPORTS_FOLDER);
    const before = fs.readdirSync(folder);
    await expect(
      exportOperationsCsv(use, { dataDir, filter: {}, sort: { column: 'plannedStart', direction: 'desc' }, maxRows: 2000 }),
    ).rejects.toMatchObject({
      apiError: { code: 'refused', issues: [{ code: 'export_too_large' }] },
    });
    expect(fs.readdirSync(folder)).toEqual(before);
  });

  it('removes its own exports after a day, and nothing else', async () => {
    const folder = path.join(dataDir, EXPORTS_FOLDER);
    const old = path.join(folder, 'operaciones-20200101-000000.csv');
    const mine = path.join(folder, 'notes.txt');
    fs.writeFileSync(old, 'x');
    fs.writeFileSync(mine, 'x');
    const longAgo = new Date(Date.now() - EXPORT_KEEP_MS - 60_000);
    fs.utimesSync(old, longAgo, longAgo);
    fs.utimesSync(mine, longAgo, longAgo);
    await exportOperationsCsv(use, {
      dataDir,
      filter: { text: 'HYPERLINK' },
      sort: { column: 'plannedStart', direction: 'asc' },
      columns: ['id'],
    });
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(mine)).toBe(true);
  });
});

describe('operations.exportCsv through the core', () => {
  it('answers with the file and a download token that works once; one export at a time', async () => {
    const dir = tempDir();
    const core = createConsoleCore({ dataDir: dir, host: 'browser', version: 'test', demo: true, hub: null, log: () => {} });
    try {
      const input = { filter: { types: ['noise_check'] }, language: 'es-AR' };
      const [first, second] = await Promise.all([
        core.dispatch('operations.exportCsv', input),
        core.dispatch('operations.exportCsv', input),
      ]);
      expect(second).toEqual({ ok: false, error: { code: 'refused', issues: [{ path: '', code: 'export_busy' }] } });
      expect(first.ok).toBe(true);
      const value = (first as { value: { path: string; rows: number; download: string; fileName: string } }).value;
      const page = await core.dispatch('operations.page', { filter: input.filter, offset: 0, limit: 1, withTotal: true });
      expect(value.rows).toBe((page as { value: { total: number } }).value.total);
      expect(read(value.path)).toHaveLength(value.rows + 1);
      expect(core.takeExport('not-a-token')).toBeNull();
      expect(core.takeExport(value.download)).toEqual({ path: value.path, fileName: value.fileName });
      expect(core.takeExport(value.download)).toBeNull();
      expect(await core.dispatch('operations.exportCsv', { ...input, columns: ['id', 'id'] })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
      expect(await core.dispatch('operations.exportCsv', { ...input, columns: ['details'] })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    } finally {
      await core.close();
    }
  });
});
