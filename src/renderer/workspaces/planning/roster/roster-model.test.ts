import { describe, expect, it } from 'vitest';
import type { RosterWeekView } from '../../../../shared/api/planning.ts';
import type { Operation } from '../../../../shared/operations/types.ts';
import type { OperationType } from '../../../../shared/operations/codes.ts';
import { cordobaWeek } from '../../../../shared/roster/shifts.ts';
import type { RosterRules } from '../../../../shared/roster/types.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import {
  addDays,
  addToAssigned,
  calibrationState,
  conflictKey,
  DRAG_TYPE,
  dragPayload,
  indexConflicts,
  layoutWeek,
  moveCardFocus,
  movePatch,
  parseDragPayload,
  parseOperationDrag,
  previewConflicts,
  previewMove,
  removeFromAssigned,
  rosterIndexOf,
  weekDays,
  weekdayOf,
  withAssigned,
  withMoved,
} from './roster-model.ts';

const RULES: RosterRules = {
  minRestHours: 12,
  maxWeeklyHours: 48,
  shiftTimes: {
    morning: { start: '06:00', end: '14:00' },
    afternoon: { start: '14:00', end: '22:00' },
    night: { start: '22:00', end: '06:00' },
  },
  calibrationMonths: { breathalyser: 12, sound_meter: 12 },
};
const WEEK = cordobaWeek('2026-11-26'); // Monday 23 – Sunday 29 November 2026
const at = (day: number, hour: number) => cordobaInstant(2026, 11, day, hour);

let n = 0;
function operation(type: OperationType, start: number, hours: number, assigned?: { people: string[]; resources: string[] }): Operation {
  n += 1;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    type,
    status: 'planned',
    barrio: 'Centro',
    lat: 0,
    lng: 0,
    address: 'Calle 1',
    plannedStart: start,
    plannedEnd: start + hours * 3_600_000,
    shift: 'night',
    team: 'E',
    resultSummary: null,
    cancelReason: null,
    createdAt: 0,
    updatedAt: 0,
    version: 1,
    ...(assigned ? { details: { assigned } } : {}),
  };
}

function view(operations: Operation[]): RosterWeekView {
  return {
    ...WEEK,
    rules: RULES,
    people: [
      { id: 'ana', name: 'Ana López', qualifications: ['alcohol_test_operator'], version: 1 },
      { id: 'beto', name: 'Beto Díaz', qualifications: [], version: 1 },
    ],
    resources: [
      { id: 'alco-1', kind: 'breathalyser', label: 'Alcoholímetro 1', calibratedOn: cordobaInstant(2026, 6, 1), version: 1 },
      { id: 'alco-6', kind: 'breathalyser', label: 'Alcoholímetro 6', calibratedOn: cordobaInstant(2025, 10, 12), version: 1 },
      { id: 'movil-1', kind: 'vehicle', label: 'Móvil 01', version: 1 },
    ],
    operations,
    conflicts: [],
  };
}

describe('week layout', () => {
  it('lists the seven civil dates from the Córdoba Monday', () => {
    expect(weekDays(WEEK.start)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(weekdayOf('2026-11-26')).toBe(4);
  });

  it('puts a night operation after midnight on the evening before, and leaves out the neighbouring days', () => {
    const late = operation('alcohol_test', at(28, 2), 3); // Saturday 02:00 → Friday night
    const morning = operation('vacant_lot', at(24, 9), 2);
    const before = operation('vacant_lot', at(22, 9), 2); // Sunday of the previous week
    const layout = layoutWeek(view([late, morning, before]));
    expect(layout.cells.get('2026-11-27|night')?.map((o) => o.id)).toEqual([late.id]);
    expect(layout.cells.get('2026-11-24|morning')?.map((o) => o.id)).toEqual([morning.id]);
    expect(layout.columns.flat()).toEqual([morning.id, late.id]);
  });
});

describe('local conflicts', () => {
  it('recomputes the conflicts of a changed reservation at once', () => {
    const checkpoint = operation('alcohol_test', at(26, 22), 5);
    const start = withAssigned(view([checkpoint]), checkpoint.id, { people: [], resources: [] });
    expect(start.conflicts.map((c) => c.kind)).toEqual(['missing_qualification', 'missing_equipment']);
    const staffed = withAssigned(start, checkpoint.id, { people: ['ana'], resources: ['alco-1'] });
    expect(staffed.conflicts).toEqual([]);
    expect(staffed.operations[0]!.details?.assigned).toEqual({ people: ['ana'], resources: ['alco-1'] });
    const lapsed = withAssigned(staffed, checkpoint.id, { people: ['ana'], resources: ['alco-6'] });
    expect(lapsed.conflicts.map((c) => c.kind)).toEqual(['equipment_out_of_calibration']);
    const index = indexConflicts(lapsed.conflicts);
    expect(index.byOperation.get(checkpoint.id)).toHaveLength(1);
    expect(index.bySubject.get('resource:alco-6')).toHaveLength(1);
  });

  it('previews what a drop would add without changing the index', () => {
    const a = operation('education_session', at(23, 22), 5, { people: ['beto'], resources: [] });
    const b = operation('education_session', at(24, 6), 4);
    const index = rosterIndexOf(view([a, b]));
    const before = index.conflicts();
    const added = previewConflicts(index, b.id, [{ kind: 'person', id: 'beto' }]);
    expect(added.map((c) => c.kind)).toEqual(['short_rest']);
    expect(index.conflicts()).toEqual(before);
    expect(previewConflicts(index, a.id, [{ kind: 'person', id: 'beto' }])).toEqual([]); // already there
    expect(previewConflicts(index, a.id, [{ kind: 'person', id: 'nobody' }])).toEqual([]);
    expect(index.conflicts()).toEqual(before);
  });

  it('previews what a move would add without changing the index', () => {
    const a = operation('education_session', at(23, 22), 5, { people: ['beto'], resources: [] });
    const b = operation('education_session', at(25, 6), 4, { people: ['beto'], resources: [] });
    const index = rosterIndexOf(view([a, b]));
    const before = index.conflicts();
    const tooSoon = movePatch(b, { date: '2026-11-24', shift: 'morning' }, RULES)!; // Tuesday 06:00, 3 h after a ends
    expect(previewMove(index, b, tooSoon).map((c) => c.kind)).toEqual(['short_rest']);
    expect(index.conflicts()).toEqual(before);
    expect(previewMove(index, b, movePatch(b, { date: '2026-11-26', shift: 'morning' }, RULES)!)).toEqual([]);
    expect(index.conflicts()).toEqual(before);
  });

  it('moves an operation in the view and recomputes its conflicts there', () => {
    const a = operation('education_session', at(23, 22), 5, { people: ['beto'], resources: [] });
    const b = operation('education_session', at(25, 6), 4, { people: ['beto'], resources: [] });
    const moved = withMoved(view([a, b]), b.id, movePatch(b, { date: '2026-11-24', shift: 'morning' }, RULES)!);
    expect(moved.operations[1]).toMatchObject({ plannedStart: at(24, 6), plannedEnd: at(24, 10), shift: 'morning' });
    expect(moved.conflicts.map((c) => c.kind)).toEqual(['short_rest']);
    expect(
      layoutWeek(moved)
        .cells.get('2026-11-24|morning')
        ?.map((o) => o.id),
    ).toEqual([b.id]);
  });

  it('patches the recorded shift only when the cell is another shift', () => {
    const night = operation('alcohol_test', at(26, 22), 4); // recorded 'night'
    expect(movePatch(night, { date: '2026-11-27', shift: 'night' }, RULES)).toEqual({ plannedStart: at(27, 22), plannedEnd: at(28, 2) });
    expect(movePatch(night, { date: '2026-11-27', shift: 'afternoon' }, RULES)).toEqual({
      plannedStart: at(27, 14),
      plannedEnd: at(27, 18),
      shift: 'afternoon',
    });
    expect(movePatch(night, { date: '2026-11-26', shift: 'night' }, RULES)).toBeNull(); // its own cell
  });

  it('adds and removes items once', () => {
    const added = addToAssigned({ people: ['ana'], resources: [] }, [
      { kind: 'person', id: 'ana' },
      { kind: 'resource', id: 'alco-1' },
    ]);
    expect(added).toEqual({ people: ['ana'], resources: ['alco-1'] });
    expect(removeFromAssigned(added, { kind: 'person', id: 'ana' })).toEqual({ people: [], resources: ['alco-1'] });
  });

  it('gives each conflict a stable key', () => {
    const checkpoint = operation('alcohol_test', at(26, 22), 5);
    const keys = withAssigned(view([checkpoint]), checkpoint.id, { people: [], resources: [] }).conflicts.map(conflictKey);
    expect(keys).toEqual([
      `missing_qualification:${checkpoint.id}:alcohol_test_operator`,
      `missing_equipment:${checkpoint.id}:breathalyser`,
    ]);
  });

  it('marks an instrument whose calibration runs out before the week ends', () => {
    const v = view([]);
    expect(calibrationState(v.resources[0]!, v)).toEqual({ validUntil: cordobaInstant(2027, 6, 2), lapsed: false });
    expect(calibrationState(v.resources[1]!, v)?.lapsed).toBe(true);
    expect(calibrationState({ kind: 'sound_meter' }, v)).toEqual({ validUntil: null, lapsed: true });
    expect(calibrationState(v.resources[2]!, v)).toBeNull();
  });
});

describe('drag payload', () => {
  it('round-trips a person or resource reference', () => {
    expect(DRAG_TYPE).toMatch(/^application\//);
    expect(parseDragPayload(dragPayload({ kind: 'person', id: 'prom-001' }))).toEqual({ kind: 'person', id: 'prom-001' });
    expect(parseDragPayload(dragPayload({ kind: 'resource', id: 'alco-06' }))).toEqual({ kind: 'resource', id: 'alco-06' });
  });

  it.each([
    [null],
    [''],
    ['not json'],
    ['[]'],
    ['null'],
    ['{"kind":"unit","id":"x"}'],
    ['{"kind":"person","id":""}'],
    ['{"kind":"person","id":"a b"}'],
    ['{"kind":"person","id":5}'],
    ['{"kind":"person","id":"x","extra":1}'],
    [JSON.stringify({ kind: 'person', id: 'x'.repeat(65) })],
    ['x'.repeat(500)],
  ])('refuses %s', (text) => {
    expect(parseDragPayload(text)).toBeNull();
  });
});

describe('operation drag payload', () => {
  it.each([
    ['00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-000000000001'],
    ['', null],
    [null, null],
    ['{"kind":"person","id":"x"}', null],
    ['00000000-0000-7000-8000-000000000001 ', null],
  ])('%j → %j', (text, expected) => {
    expect(parseOperationDrag(text)).toBe(expected);
  });
});

describe('keyboard moves between cards', () => {
  const columns = [['a1', 'a2', 'a3'], [], ['c1'], ['d1', 'd2']];
  it.each([
    [null, 'ArrowDown', 'a1'],
    ['a1', 'ArrowDown', 'a2'],
    ['a3', 'ArrowDown', 'a3'],
    ['a2', 'ArrowUp', 'a1'],
    ['a1', 'ArrowUp', 'a1'],
    ['a2', 'ArrowRight', 'c1'], // skips the empty day; clamps to its last card
    ['c1', 'ArrowRight', 'd1'],
    ['d2', 'ArrowLeft', 'c1'],
    ['c1', 'ArrowLeft', 'a1'],
    ['d2', 'ArrowRight', 'd2'], // the last day: stays
    ['a2', 'Home', 'a1'],
    ['a2', 'End', 'd2'],
    ['gone', 'ArrowDown', 'a1'],
    ['a1', 'Enter', null],
  ])('%s + %s → %s', (current, key, expected) => {
    expect(moveCardFocus(columns, current, key)).toBe(expected);
  });

  it('has nowhere to go in an empty week', () => {
    expect(moveCardFocus([[], []], null, 'ArrowDown')).toBeNull();
  });
});
