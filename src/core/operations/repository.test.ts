import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateOperations } from '../../shared/demo/generate-operations.ts';
import { OPERATION_FIGURES } from '../../shared/operations/figures.ts';
import { OperationsPageInputSchema, type OperationsFilter, type OperationsSort } from '../../shared/operations/query.ts';
import type { Operation } from '../../shared/operations/types.ts';
import { searchKey } from '../../shared/text/search-key.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { seedOperations } from '../seed/seed-operations.ts';
import { OperationsRepository, SHALLOW_OFFSET } from './repository.ts';
import { SORT_KEYS } from './page-sql.ts';

const UNTIL = Date.UTC(2026, 10, 26);
const COUNT = 3000;
let cache: Cache;
let indexOnly: OperationsRepository; // never materialises: exercises the OFFSET-over-index path
let sliced: OperationsRepository; // materialises nothing in one query: every filtered order is built in slices
let all: Operation[];

beforeAll(() => {
  cache = createCache(path.join(tempDir(), 'c.db'));
  seedOperations(cache.operations, { seed: 7, count: COUNT, until: UNTIL });
  indexOnly = new OperationsRepository(cache.db, 0);
  sliced = new OperationsRepository(cache.db, 0);
  all = [...generateOperations({ seed: 7, count: COUNT, until: UNTIL })];
});

const page = (filter: OperationsFilter, sort: OperationsSort, offset: number, limit: number, repo = cache.operations) =>
  repo.page(OperationsPageInputSchema.parse({ filter, sort, offset, limit, withTotal: true }));

/** Reference implementation in plain JS: what the SQL must agree with. */
function expected(filter: OperationsFilter, sort: OperationsSort): string[] {
  const column = { plannedStart: 'plannedStart', plannedEnd: 'plannedEnd', updatedAt: 'updatedAt' } as Record<string, keyof Operation>;
  const keys = SORT_KEYS[sort.column].map((k) => column[k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())] ?? (k as keyof Operation));
  const text = filter.text ? searchKey(filter.text.trim()) : '';
  const rows = all
    .map((row, i) => ({ row, seq: i + 1 }))
    .filter(
      ({ row }) =>
        (!filter.types?.length || filter.types.includes(row.type)) &&
        (!filter.statuses?.length || filter.statuses.includes(row.status)) &&
        (!filter.barrios?.length || filter.barrios.includes(row.barrio)) &&
        (filter.from === undefined || row.plannedStart >= filter.from) &&
        (filter.to === undefined || row.plannedStart <= filter.to) &&
        (!text || searchKey(row.address).includes(text)),
    );
  const dir = sort.direction === 'asc' ? 1 : -1;
  const cmp = (a: unknown, b: unknown) => (a! < b! ? -1 : a! > b! ? 1 : 0);
  rows.sort((a, b) => {
    for (const k of keys) {
      const c = cmp(a.row[k], b.row[k]);
      if (c) return c * dir;
    }
    return (a.seq - b.seq) * dir;
  });
  return rows.map(({ row }) => row.id);
}

describe('operations paging', () => {
  const cases: [string, OperationsFilter, OperationsSort][] = [
    ['no filter, newest first', {}, { column: 'plannedStart', direction: 'desc' }],
    ['by type, sorted by barrio', { types: ['alcohol_test', 'noise_check'] }, { column: 'barrio', direction: 'asc' }],
    [
      'by status and date range',
      { statuses: ['closed'], from: UNTIL - 200 * 86_400_000, to: UNTIL },
      { column: 'address', direction: 'desc' },
    ],
    ['by barrio, sorted by team', { barrios: ['Centro', 'Nueva Córdoba'] }, { column: 'team', direction: 'asc' }],
    ['free text without accents finds accented streets', { text: 'colon' }, { column: 'updatedAt', direction: 'asc' }],
    ['sorted by shift', {}, { column: 'shift', direction: 'desc' }],
  ];

  it.each(cases)('%s: every block matches the reference order, on every paging path', async (_, filter, sort) => {
    const ids = expected(filter, sort);
    expect(ids.length).toBeGreaterThan(0);
    await sliced.deepOrder(OperationsPageInputSchema.parse({ filter, sort, offset: SHALLOW_OFFSET, limit: 100 }));
    for (const repo of [cache.operations, indexOnly, sliced]) {
      const got: string[] = [];
      for (let offset = 0; offset < ids.length + 100; offset += 100) {
        const result = page(filter, sort, offset, 100, repo);
        expect(result.total).toBe(ids.length);
        got.push(...result.rows.map((r) => r.id));
      }
      expect(got).toEqual(ids);
    }
  });

  it('answers a block at an unaligned offset past the end with the remaining rows', () => {
    expect(page({}, { column: 'team', direction: 'asc' }, COUNT - 7, 100).rows).toHaveLength(7);
    expect(page({ types: ['vacant_lot'] }, { column: 'team', direction: 'asc' }, 10 ** 6, 100).rows).toHaveLength(0);
  });

  it('returns whole rows in the Operation shape, with their sync state', () => {
    const [row] = page({}, { column: 'plannedStart', direction: 'asc' }, 0, 1).rows;
    const noFigures = Object.fromEntries(OPERATION_FIGURES.map((figure) => [figure, null]));
    expect(row).toEqual({ ...all.reduce((min, r) => (r.plannedStart < min.plannedStart ? r : min)), ...noFigures, syncState: 'synced' });
  });

  it('sees new rows after a write (cached totals and orders are dropped)', () => {
    const filter = { types: ['election_oversight' as const] };
    const before = page(filter, { column: 'plannedStart', direction: 'asc' }, 0, 500).total!;
    const extra = [...generateOperations({ seed: 99, count: 400, until: UNTIL })].filter((r) => r.type === 'election_oversight');
    cache.operations.insertMany(extra);
    expect(page(filter, { column: 'plannedStart', direction: 'asc' }, 0, 500).total).toBe(before + extra.length);
  });
});

describe('orders of large results, built in slices', () => {
  const filter: OperationsFilter = { statuses: ['closed', 'planned'] };
  const sort: OperationsSort = { column: 'address', direction: 'asc' };
  const request = (offset: number) => OperationsPageInputSchema.parse({ filter, sort, offset, limit: 100, withTotal: true });

  it('answers a shallow block at once and makes a deep one wait for the order, which then serves every block', async () => {
    const repo = new OperationsRepository(cache.db, 0);
    expect(repo.deepOrder(request(0))).toBeNull(); // read by OFFSET: no build for a block near the top
    const deep = repo.deepOrder(request(SHALLOW_OFFSET + 100));
    expect(deep).toBeInstanceOf(Promise);
    await deep;
    expect(repo.deepOrder(request(SHALLOW_OFFSET + 100))).toBeNull(); // ready
    expect(repo.page(request(SHALLOW_OFFSET + 100)).rows.map((r) => r.id)).toEqual(
      expected(filter, sort).slice(SHALLOW_OFFSET + 100, SHALLOW_OFFSET + 200),
    );
  });

  it('lets other work run between its slices', async () => {
    const repo = new OperationsRepository(cache.db, 0);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    await repo.deepOrder(request(SHALLOW_OFFSET));
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(0);
  });

  it('stops on a write: the waiting block is read by OFFSET, and sees the write', async () => {
    const repo = new OperationsRepository(cache.db, 0);
    const deep = repo.deepOrder(request(SHALLOW_OFFSET));
    const [extra] = [...generateOperations({ seed: 41, count: 1, until: UNTIL })];
    repo.insertMany([{ ...extra!, id: '01900000-0000-7000-8000-0000000000aa', status: 'planned', address: '000 Primera' }]);
    await deep;
    expect(repo.page(request(0)).rows[0]!.address).toBe('000 Primera');
    expect(repo.page(request(SHALLOW_OFFSET)).total).toBe(repo.count(filter));
  });
});

describe('bulk load', () => {
  it('leaves indexes, triggers and the address search index as a row-by-row insert would', () => {
    const bulk = createCache(path.join(tempDir(), 'bulk.db'));
    const rows = [...generateOperations({ seed: 3, count: 500, until: UNTIL })];
    bulk.operations.insertMany(rows.slice(0, 100));
    const schemaBefore = bulk.db.prepare("SELECT name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name").all();
    expect(bulk.operations.bulkLoad(rows.slice(100, 400))).toBe(300);
    bulk.operations.insertMany(rows.slice(400)); // the insert trigger is back
    expect(bulk.db.prepare("SELECT name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name").all()).toEqual(
      schemaBefore,
    );
    expect(bulk.db.pragma('integrity_check', { simple: true })).toBe('ok');
    bulk.db.exec("INSERT INTO operations_address_fts (operations_address_fts) VALUES ('integrity-check')");
    for (const row of [rows[0]!, rows[250]!, rows[499]!]) {
      const found = bulk.operations.page(
        OperationsPageInputSchema.parse({ filter: { text: row.address }, offset: 0, limit: 500, withTotal: true }),
      );
      expect(found.rows.map((r) => r.id)).toContain(row.id);
      expect(found.total).toBe(rows.filter((r) => searchKey(r.address).includes(searchKey(row.address))).length);
    }
    bulk.close();
  });
});

describe('hostile filter values', () => {
  const sort: OperationsSort = { column: 'plannedStart', direction: 'desc' };

  it.each([["' OR 1=1 --"], ['"; DROP TABLE operations; --'], ['%'], ['_'], ['\\'], ["Robert'); DELETE FROM operations WHERE ('1'='1"]])(
    'text %j is matched literally and changes nothing',
    (text) => {
      const before = cache.operations.count({});
      expect(page({ text }, sort, 0, 10).total).toBe(0);
      expect(page({ barrios: [text] }, sort, 0, 10).total).toBe(0);
      expect(cache.operations.count({})).toBe(before);
    },
  );

  it('matches %, _ and \\ in free text literally', () => {
    const [row] = [...generateOperations({ seed: 5, count: 1, until: UNTIL })];
    cache.operations.insertMany([{ ...row!, id: '01900000-0000-7000-8000-000000000001', address: 'Local 100%_off \\ Güemes' }]);
    for (const text of ['100%', '%_off', '0%_o', 'off \\ güe', 'GUEMES']) {
      const found = page({ text }, sort, 0, 10);
      expect(found.total).toBe(1);
      expect(found.rows[0]!.address).toBe('Local 100%_off \\ Güemes');
    }
    expect(page({ text: '100%x' }, sort, 0, 10).total).toBe(0);
  });

  it.each([
    ['a 1 MB string', { filter: { text: 'x'.repeat(1_000_000) } }],
    ['a number as text', { filter: { text: 42 } }],
    ['an unknown type', { filter: { types: ['bribery'] } }],
    ['an SQL fragment as a sort column', { sort: { column: 'planned_start; DROP TABLE operations', direction: 'asc' } }],
    ['a sort direction fragment', { sort: { column: 'plannedStart', direction: 'asc, (SELECT 1)' } }],
    ['a negative offset', { offset: -1 }],
    ['a fractional limit', { limit: 2.5 }],
    ['a huge block', { limit: 100_000 }],
    ['an inverted date range', { filter: { from: 2000, to: 1000 } }],
    ['an extra key', { filter: { where: '1=1' } }],
    ['NaN dates', { filter: { from: Number.NaN } }],
  ])('rejects %s at the schema', (_, patch) => {
    const input = { filter: {}, sort, offset: 0, limit: 100, ...patch };
    expect(OperationsPageInputSchema.safeParse(input).success).toBe(false);
  });
});
