// The fact tables stay equal to the records on every write path: after each change through the cache's stores — an
// operation edited, cancelled, removed or bulk-loaded, a notice re-decided, an incident removed, a court case
// replaced — the facts the triggers left are exactly those a rebuild from the records makes, and the links between
// findings (a warning's next acta, a notice's or acta's previous one) are what the identity's history says,
// whatever order the history arrived in.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../shared/operations/types.ts';
import { createPrng } from '../../shared/random/prng.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { FACT_TABLES, REBUILD_FACTS_SQL } from './facts/install.ts';
import { findingsByIdentity, identityCounts } from './facts-repository.ts';
import { acta, at, DAY, findingId, notice, operation, person, warning } from './test-support/insight-records.ts';
import { CASES, F, INCIDENT, INCIDENTS, NOTICES, OPERATIONS, P1, V1, writeHandChecked } from './test-support/hand-checked.ts';

type Row = Record<string, unknown>;

const snapshot = (cache: Cache) =>
  Object.fromEntries(
    FACT_TABLES.map((t) => [t, (cache.db.prepare(`SELECT * FROM ${t}`).all() as Row[]).map((r) => JSON.stringify(r)).sort()]),
  );

const FIGURES = 'people, alcohol_decided, alcohol_positive, noise_judged, noise_exceeds, camera_reviewed, camera_notified';
const totals = (sql: string) =>
  FIGURES.split(', ')
    .map((f) => `${sql}(${f})`)
    .join(', ');

/** The facts as they are, then as a rebuild from the records makes them: the same; the sums, the facts' sums. */
function expectFactsEqualRebuild(cache: Cache): void {
  const rows = (sql: string) => cache.db.prepare(sql).raw().all();
  for (const [table, keys] of [
    ['insight_operation_days', 'day, type, shift'],
    ['insight_operation_barrio_days', 'barrio, day, type, shift'],
  ]) {
    expect(rows(`SELECT ${keys}, category, operations, ${FIGURES} FROM ${table} ORDER BY ${keys}`), table).toEqual(
      rows(`SELECT ${keys}, category, count(*), ${totals('sum')} FROM insight_operations GROUP BY ${keys} ORDER BY ${keys}`),
    );
  }
  const kept = snapshot(cache);
  cache.db.transaction(() => cache.db.exec(REBUILD_FACTS_SQL))();
  expect(kept).toEqual(snapshot(cache));
}

interface FindingRow {
  id: string;
  at: number;
  day: string;
  outcome: string;
  source: string;
  identity: string | null;
  next_acta_at: number | null;
  prev_day: string | null;
}

/** The links recomputed from the rows, in TypeScript: the next acta of each warning, the previous sanction of each. */
function expectLinksFromHistory(cache: Cache): void {
  const rows = cache.db
    .prepare('SELECT id, at, day, outcome, source, identity, next_acta_at, prev_day FROM insight_findings')
    .all() as FindingRow[];
  const sanction = (r: FindingRow) =>
    (r.outcome === 'notice' || r.outcome === 'acta') && r.source !== 'reinspection' && r.identity !== null;
  for (const r of rows) {
    if (r.outcome === 'warning' && r.identity) {
      const next = rows.filter((a) => a.identity === r.identity && a.outcome === 'acta' && a.at > r.at).map((a) => a.at);
      expect(r.next_acta_at, `next acta of ${r.id}`).toBe(next.length ? Math.min(...next) : null);
    }
    if (sanction(r)) {
      const before = rows.filter((p) => sanction(p) && p.identity === r.identity && (p.at < r.at || (p.at === r.at && p.id < r.id)));
      before.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
      expect(r.prev_day, `previous of ${r.id}`).toBe(before.length ? before[before.length - 1]!.day : null);
    } else expect(r.prev_day).toBeNull();
  }
}

const withDetails = (op: Operation, details: Operation['details']): Operation => ({ ...op, details, version: op.version + 1 });

describe('the fact tables', () => {
  it('follow every write path and equal a rebuild after each', () => {
    const cache = createCache(path.join(tempDir(), 'c.sqlite3'));
    writeHandChecked(cache);
    expectFactsEqualRebuild(cache);
    expectLinksFromHistory(cache);
    const [o1, , o3, , , , o7] = OPERATIONS;
    const changes: [string, () => void][] = [
      [
        'an operation’s findings edited',
        () => cache.operations.put([withDetails(o1!, { ...o1!.details, findings: [warning(findingId(40), P1)] })]),
      ],
      ['an operation cancelled', () => cache.operations.put([{ ...o3!, status: 'cancelled', version: o3!.version + 1 }])],
      ['an operation removed', () => cache.operations.remove(o7!.id)],
      ['P1’s old acta removed', () => cache.operations.remove(OPERATIONS[13]!.id)],
      [
        'a notice re-decided (no acta any more)',
        () =>
          cache.records.putNewer('notice', [
            { ...NOTICES[1]!, result: { ...NOTICES[1]!.result!, outcome: 'complied_by_owner', actaId: null }, version: 9 },
          ]),
      ],
      ['an incident removed', () => cache.records.remove('incident', INCIDENT.i1)],
      [
        'a court case replaced',
        () => cache.records.put('court_case', { ...CASES[3]!, timeline: CASES[3]!.timeline.slice(0, 3), status: 'notified' }),
      ],
      ['a court case removed', () => cache.records.remove('court_case', CASES[0]!.id)],
      [
        'operations bulk-loaded',
        () =>
          cache.operations.bulkLoad([
            operation({
              n: 40,
              type: 'street_vending',
              barrio: 'Centro',
              start: at('2026-03-21', 10),
              shift: 'morning',
              findings: [acta(findingId(41), P1, at('2026-03-21', 10, 30))],
            }),
            operation({
              n: 41,
              type: 'camera_review',
              barrio: 'Centro',
              start: at('2026-02-01', 10),
              shift: 'morning',
              findings: [warning(findingId(42), V1)],
            }),
          ]),
      ],
      ['the incident back', () => cache.records.put('incident', INCIDENTS[0]!)],
    ];
    for (const [what, change] of changes) {
      change();
      expect(() => expectFactsEqualRebuild(cache), what).not.toThrow();
      expectLinksFromHistory(cache);
    }
    cache.close();
  });

  it('link an identity’s history whatever order it arrives in', () => {
    const cache = createCache(path.join(tempDir(), 'c.sqlite3'));
    const rng = createPrng(14);
    const people = [person('20111111'), person('20222222'), person('20333333')];
    let n = 100;
    const written: Operation[] = [];
    for (let step = 0; step < 120; step++) {
      if (written.length > 10 && rng.chance(0.25)) {
        const gone = written.splice(rng.int(0, written.length - 1), 1)[0]!;
        cache.operations.remove(gone.id);
        continue;
      }
      const start = at('2026-01-01', 10) + rng.int(0, 300) * DAY;
      const who = rng.pick(people);
      const id = findingId(n);
      const finding = rng.pick([
        () => warning(id, who),
        () => acta(id, who, start + 30 * 60_000),
        () => notice(id, who, start + 30 * 60_000),
      ])();
      const op = operation({ n: n++, type: 'street_vending', barrio: 'Centro', start, shift: 'morning', findings: [finding] });
      cache.operations.put([op]);
      written.push(op);
    }
    expectLinksFromHistory(cache);
    expectFactsEqualRebuild(cache);
    cache.close();
  });
});

describe('an identity’s history (antecedentes)', () => {
  it('lists its findings newest first and counts them by outcome, with its court cases', () => {
    const cache = createCache(path.join(tempDir(), 'c.sqlite3'));
    writeHandChecked(cache);
    expect(findingsByIdentity(cache.db, 'dni:30111222', 10)).toEqual([
      {
        findingId: F.p1Acta,
        at: at('2026-03-06', 23, 19),
        outcome: 'acta',
        operationType: 'alcohol_test',
        category: 'alcohol',
        barrio: 'Centro',
      },
      {
        findingId: F.p1OldActa,
        at: at('2025-09-05', 23, 40),
        outcome: 'acta',
        operationType: 'alcohol_test',
        category: 'alcohol',
        barrio: 'Nueva Córdoba',
      },
    ]);
    expect(findingsByIdentity(cache.db, 'dni:30111222', 1)).toHaveLength(1);
    expect(identityCounts(cache.db, 'dni:30111222')).toEqual({ warnings: 0, notices: 0, actas: 2, cases: 2 });
    // L2: its notice and the acta its re-inspection made.
    expect(identityCounts(cache.db, 'cad:0405012004')).toEqual({ warnings: 0, notices: 1, actas: 1, cases: 0 });
    expect(findingsByIdentity(cache.db, 'cad:0405012004', 10).map((f) => [f.findingId, f.outcome])).toEqual([
      [F.l2ReinspectionActa, 'acta'],
      [F.l2Notice, 'notice'],
    ]);
    // V1: a camera warning and a patrol's acta from a complaint (no operation type, category 'other').
    expect(findingsByIdentity(cache.db, 'plate:AB123CD', 10)).toMatchObject([
      { findingId: F.v1Acta, outcome: 'acta', operationType: null, category: 'other', barrio: 'Nueva Córdoba' },
      { findingId: F.v1Warning, outcome: 'warning', operationType: 'camera_review', category: 'camera', barrio: 'Centro' },
    ]);
    expect(identityCounts(cache.db, 'dni:99999999')).toEqual({ warnings: 0, notices: 0, actas: 0, cases: 0 });
    expect(findingsByIdentity(cache.db, 'dni:99999999', 10)).toEqual([]);
    cache.close();
  });
});
