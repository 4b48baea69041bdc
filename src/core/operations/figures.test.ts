// The figures a grid row carries (shared/operations/figures.ts), counted in SQL from the operation's details, and
// the export's batches: same rows and order as the grid's pages, on both paging paths.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateOperations } from '../../shared/demo/generate-operations.ts';
import type { OperationDetails } from '../../shared/operations/details.ts';
import { OperationsPageInputSchema, type OperationsFilter, type OperationsSort } from '../../shared/operations/query.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { OperationStatus, OperationType } from '../../shared/operations/codes.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { seedOperations } from '../seed/seed-operations.ts';
import { OperationsRepository } from './repository.ts';

const UNTIL = Date.UTC(2026, 10, 26);
const WED_23H = Date.UTC(2026, 8, 3, 2); // Wednesday 2 Sep 2026, 23:00 in Córdoba: night period
let cache: Cache;
let template: Operation;

beforeAll(() => {
  cache = createCache(path.join(tempDir(), 'figures.db'));
  seedOperations(cache.operations, { seed: 11, count: 1500, until: UNTIL });
  template = [...generateOperations({ seed: 12, count: 1, until: UNTIL })][0]!;
});

let next = 1;
function put(type: OperationType, details: unknown, status: OperationStatus = 'closed'): string {
  const id = `01900000-0000-7000-8000-${String(next++).padStart(12, '0')}`;
  cache.operations.insertMany([{ ...template, id, type, status, details: details as OperationDetails }]);
  return id;
}
const finding = (outcome: string) => ({ id: crypto.randomUUID(), finding: { outcome } });
const noise = (source: object) => ({
  result: { meterId: 'SLM-07', meterCalibratedOn: '2026-06-01', measuredAt: WED_23H, source, actions: [] },
  findings: [],
});

describe('figures of a grid row', () => {
  it('counts reservations and findings by outcome for any type', () => {
    const id = put('vacant_lot', {
      assigned: { people: ['p1', 'p2', 'p3'], resources: [] },
      findings: [finding('acta'), finding('acta'), finding('notice'), finding('warning'), finding('guidance')],
    });
    expect(cache.operations.row(id)).toMatchObject({ peopleReserved: 3, actas: 2, notices: 1, warnings: 1 });
  });

  it('leaves figures empty where there is nothing to count yet, and counts 0 once closed', () => {
    const reserved = put('street_vending', { assigned: { people: ['p1'], resources: [] } }, 'reserved');
    expect(cache.operations.row(reserved)).toMatchObject({
      peopleReserved: 1,
      actas: null,
      notices: null,
      warnings: null,
      alcoholTests: null,
      seizedUnits: null,
      noiseVerdict: null,
    });
    const none = cache.operations.row(put('noise_check', undefined))!; // closed before details existed
    expect(none).toMatchObject({ peopleReserved: null, actas: null, noiseMeasuredDb: null, noiseVerdict: null });
    const closed = put('street_vending', { assigned: { people: [], resources: [] }, result: { seizure: [] }, findings: [] });
    expect(cache.operations.row(closed)).toMatchObject({ peopleReserved: 0, actas: 0, notices: 0, warnings: 0, seizedUnits: 0 });
  });

  it('counts alcohol tests and self-tests, only for alcohol checkpoints', () => {
    const result = { tests: [{}, {}, {}], selfTests: 41 };
    expect(cache.operations.row(put('alcohol_test', { result, findings: [] }))).toMatchObject({ alcoholTests: 3, selfTests: 41, actas: 0 });
    expect(cache.operations.row(put('public_event', { result }))).toMatchObject({ alcoholTests: null, selfTests: null });
  });

  it('judges a noise reading by the shared rule under the settings in force', () => {
    // Residential at night: background 40 + margin 5 = 45 dB(A).
    const over = cache.operations.row(
      put('noise_check', noise({ kind: 'ambient', zone: 'residential', backgroundDb: 40, measuredDb: 52.5 })),
    );
    expect(over).toMatchObject({ noiseMeasuredDb: 52.5, noiseBackgroundDb: 40, noiseVerdict: 'non_compliant' });
    const under = cache.operations.row(
      put('noise_check', noise({ kind: 'ambient', zone: 'residential', backgroundDb: 40, measuredDb: 44 })),
    );
    expect(under).toMatchObject({ noiseVerdict: 'compliant' });
    const venue = cache.operations.row(put('noise_check', noise({ kind: 'venue', peakDb: 80 })));
    expect(venue).toMatchObject({ noiseMeasuredDb: 80, noiseBackgroundDb: null, noiseVerdict: 'compliant' });
    // A result the rule cannot read (a newer hub's shape) has figures but no verdict.
    const odd = cache.operations.row(put('noise_check', { result: { source: { kind: 'ambient', measuredDb: 60 } } }));
    expect(odd).toMatchObject({ noiseMeasuredDb: 60, noiseVerdict: null });
  });

  it('adds up seized units and reads attendance against capacity', () => {
    const seizure = [{ quantity: 12 }, { quantity: 30 }];
    expect(cache.operations.row(put('street_vending', { result: { seizure } }))).toMatchObject({ seizedUnits: 42 });
    expect(cache.operations.row(put('street_vending', { result: { seizure: [] } }))).toMatchObject({ seizedUnits: 0 });
    const event = { result: { declaredCapacity: 800, countedAttendance: 950 } };
    expect(cache.operations.row(put('public_event', event))).toMatchObject({ declaredCapacity: 800, countedAttendance: 950 });
  });

  it('reaches the grid pages on both paging paths', () => {
    const id = put('street_vending', { result: { seizure: [{ quantity: 5 }] }, findings: [finding('acta')] });
    const indexOnly = new OperationsRepository(cache.db, 0);
    for (const repo of [cache.operations, indexOnly]) {
      const { rows } = repo.page(
        OperationsPageInputSchema.parse({
          filter: { types: ['street_vending'] },
          sort: { column: 'updatedAt', direction: 'desc' },
          offset: 0,
          limit: 500,
        }),
      );
      expect(rows.find((r) => r.id === id)).toMatchObject({ seizedUnits: 5, actas: 1 });
    }
  });
});

describe('export batches', () => {
  const pageIds = (repo: OperationsRepository, filter: OperationsFilter, sort: OperationsSort) => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 500) {
      const { rows } = repo.page(OperationsPageInputSchema.parse({ filter, sort, offset, limit: 500 }));
      ids.push(...rows.map((r) => r.id));
      if (rows.length < 500) return ids;
    }
  };
  const cases: [string, OperationsFilter, OperationsSort][] = [
    ['everything, newest first', {}, { column: 'plannedStart', direction: 'desc' }],
    ['two types by barrio', { types: ['noise_check', 'alcohol_test'] }, { column: 'barrio', direction: 'asc' }],
    ['closed by address, descending', { statuses: ['closed'] }, { column: 'address', direction: 'desc' }],
    ['free text by team', { text: 'av' }, { column: 'team', direction: 'asc' }],
  ];
  it.each(cases)('%s: the grid order, batch after batch, on both paths', (_, filter, sort) => {
    const indexOnly = new OperationsRepository(cache.db, 0); // never materialises: keyset batches
    const expected = pageIds(cache.operations, filter, sort);
    expect(expected.length).toBeGreaterThan(0);
    for (const repo of [cache.operations, indexOnly]) {
      const batches = [...repo.exportBatches(filter, sort, 97)];
      expect(batches.slice(0, -1).every((b) => b.length === 97)).toBe(true);
      expect(batches.flat().map((r) => r.id)).toEqual(expected);
    }
  });
});
