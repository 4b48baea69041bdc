import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { detectConflicts } from './detect.ts';
import { createRosterIndex } from './roster-index.ts';
import { cordobaWeek } from './shifts.ts';
import { DEMO_RULES, randomEdits, randomWeek } from './test-support/random-roster.ts';
import type { RosterChange, RosterWeek } from './types.ts';

const at = (day: number, hour: number) => cordobaInstant(2026, 11, day, hour);

/** Ana on two overlapping operations, both with the one vehicle; Beto (the driver) on neither. */
const WEEK: RosterWeek = {
  ...cordobaWeek('2026-11-26'),
  people: [
    { id: 'ana', name: 'Ana', qualifications: ['driver'] },
    { id: 'beto', name: 'Beto', qualifications: ['driver', 'alcohol_test_operator'] },
  ],
  resources: [{ id: 'movil', kind: 'vehicle', label: 'Móvil' }],
  operations: [
    { id: 'a', type: 'street_vending', start: at(24, 8), end: at(24, 12) },
    { id: 'b', type: 'street_vending', start: at(24, 10), end: at(24, 13) },
  ],
  assignments: [
    { operationId: 'a', personId: 'ana' },
    { operationId: 'b', personId: 'ana' },
    { operationId: 'a', resourceId: 'movil' },
    { operationId: 'b', resourceId: 'movil' },
  ],
};

const kinds = (list: readonly { kind: string }[]) => list.map((c) => c.kind);

describe('roster index', () => {
  it('starts with what a full detection finds', () => {
    const index = createRosterIndex(WEEK, DEMO_RULES);
    expect(index.conflicts()).toEqual(detectConflicts(WEEK, DEMO_RULES));
    expect(kinds(index.conflicts())).toEqual(['double_booking', 'vehicle_reserved']);
  });

  it.each<[string, RosterChange | RosterChange[], string[]]>([
    [
      'moving one operation later clears the double booking and the reservation',
      { kind: 'move', operationId: 'b', start: at(24, 12), end: at(24, 15) },
      [],
    ],
    [
      'moving it to the night leaves too little rest',
      { kind: 'move', operationId: 'b', start: at(24, 18), end: at(24, 20) },
      ['short_rest'],
    ],
    [
      'unassigning the vehicle from one clears the reservation',
      { kind: 'unassign', assignment: { operationId: 'b', resourceId: 'movil' } },
      ['double_booking'],
    ],
    [
      'handing one over to Beto clears the double booking',
      [
        { kind: 'unassign', assignment: { operationId: 'b', personId: 'ana' } },
        { kind: 'assign', assignment: { operationId: 'b', personId: 'beto' } },
      ],
      ['vehicle_reserved'],
    ],
    [
      'unassigning Ana leaves the vehicle without a driver',
      { kind: 'unassign', assignment: { operationId: 'b', personId: 'ana' } },
      ['vehicle_reserved', 'missing_qualification'],
    ],
    [
      'assigning someone twice changes nothing',
      { kind: 'assign', assignment: { operationId: 'a', personId: 'ana' } },
      ['double_booking', 'vehicle_reserved'],
    ],
  ])('%s', (_, change, expected) => {
    const index = createRosterIndex(WEEK, DEMO_RULES);
    const after = index.apply(change);
    expect(kinds(after)).toEqual(expected);
    expect(after).toEqual(detectConflicts(index.snapshot(), DEMO_RULES));
  });

  it('a batch with a bad change throws and changes nothing', () => {
    const index = createRosterIndex(WEEK, DEMO_RULES);
    const before = index.conflicts();
    expect(() =>
      index.apply([
        { kind: 'move', operationId: 'b', start: at(24, 12), end: at(24, 15) },
        { kind: 'assign', assignment: { operationId: 'b', personId: 'nadie' } },
      ]),
    ).toThrow(RangeError);
    expect(() => index.apply({ kind: 'move', operationId: 'a', start: at(24, 12), end: at(24, 12) })).toThrow(RangeError);
    expect(index.conflicts()).toBe(before);
    expect(index.snapshot().operations).toEqual(WEEK.operations);
  });

  // The property that makes the index trustworthy: after any sequence of edits it answers exactly what a full
  // detection of the same roster answers (computed from the edit stream's own model, not the index's).
  it.each([
    // The crowded week is small enough for its edits to raise every kind of conflict (checked below).
    ['a crowded small week', 1, { people: 8, resources: 10, operations: 60 }, 400, true],
    ['a benchmark-sized week', 2, { people: 100, resources: 30, operations: 400 }, 150, false],
  ])('incremental = full recompute on random edits: %s', (_, seed, size, steps, everyKind) => {
    const prng = createPrng(seed);
    const week = randomWeek(prng, { ...size, weekOf: '2026-11-26' });
    const index = createRosterIndex(week, DEMO_RULES);
    const edits = randomEdits(prng, week);
    const seen = new Set<string>();
    for (let i = 0; i < steps; i++) {
      const changes = prng.chance(0.1) ? [edits.next(), edits.next()] : edits.next();
      const incremental = index.apply(changes);
      expect(incremental).toEqual(detectConflicts(edits.week(), DEMO_RULES));
      for (const c of incremental) seen.add(c.kind);
    }
    if (!everyKind) return;
    expect([...seen].sort()).toEqual([
      'double_booking',
      'equipment_out_of_calibration',
      'missing_equipment',
      'missing_qualification',
      'short_rest',
      'vehicle_reserved',
      'weekly_hours',
    ]);
  });
});
