// Who and what cannot work an operation, and why: a person made inactive, a person away (leave, sick leave,
// training) on any Córdoba day the operation touches — both ends of the absence included —, a vehicle in the
// workshop, and more people than the assigned vehicles seat. The incremental index answers the same.
import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { detectConflicts } from './detect.ts';
import { createRosterIndex } from './roster-index.ts';
import { cordobaWeek } from './shifts.ts';
import { DEMO_RULES } from './test-support/random-roster.ts';
import type { Assignment, Conflict, Person, Resource, RosterWeek } from './types.ts';

// Week of Monday 7 – Sunday 13 December 2026 in Córdoba.
const WEEK = cordobaWeek('2026-12-09');
const at = (day: number, hour: number, minute = 0) => cordobaInstant(2026, 12, day, hour, minute);

const KINDS = ['person_unavailable', 'resource_unavailable', 'vehicle_seats'];
const ANA: Person = { id: 'ana', name: 'Ana', qualifications: ['driver'] };

function found(people: Person[], resources: Resource[], start: number, end: number, assignments: Assignment[]): Conflict[] {
  const week: RosterWeek = { ...WEEK, people, resources, operations: [{ id: 'op', type: 'education_session', start, end }], assignments };
  const all = detectConflicts(week, DEMO_RULES);
  const index = createRosterIndex({ ...week, assignments: [] }, DEMO_RULES);
  expect(index.apply(assignments.map((assignment) => ({ kind: 'assign', assignment })))).toEqual(all);
  return all.filter((c) => KINDS.includes(c.kind));
}

describe('a person who cannot work the operation', () => {
  const leave = (from: string, to: string): Person => ({ ...ANA, absences: [{ kind: 'leave', from, to }] });
  it.each<[string, Person, number, number, Conflict[]]>([
    ['active, no absences', ANA, at(9, 8), at(9, 12), []],
    [
      'inactive',
      { ...ANA, active: false },
      at(9, 8),
      at(9, 12),
      [{ kind: 'person_unavailable', personId: 'ana', operationId: 'op', reason: 'inactive' }],
    ],
    ['active: true is active', { ...ANA, active: true }, at(9, 8), at(9, 12), []],
    [
      'on leave that day',
      leave('2026-12-07', '2026-12-11'),
      at(9, 8),
      at(9, 12),
      [{ kind: 'person_unavailable', personId: 'ana', operationId: 'op', reason: 'leave', from: '2026-12-07', to: '2026-12-11' }],
    ],
    [
      'on the last day of the leave (included)',
      leave('2026-12-07', '2026-12-11'),
      at(11, 20),
      at(11, 23),
      [{ kind: 'person_unavailable', personId: 'ana', operationId: 'op', reason: 'leave', from: '2026-12-07', to: '2026-12-11' }],
    ],
    ['the day after the leave', leave('2026-12-07', '2026-12-11'), at(12, 0), at(12, 4), []],
    [
      'a night shift that runs into the first day of the leave',
      leave('2026-12-10', '2026-12-10'),
      at(9, 22),
      at(10, 6),
      [{ kind: 'person_unavailable', personId: 'ana', operationId: 'op', reason: 'leave', from: '2026-12-10', to: '2026-12-10' }],
    ],
    ['a night shift that ends at midnight, the leave starting that day', leave('2026-12-10', '2026-12-10'), at(9, 20), at(10, 0), []],
    [
      'sick, one day among others',
      {
        ...ANA,
        absences: [
          { kind: 'training', from: '2026-12-01', to: '2026-12-02' },
          { kind: 'sick', from: '2026-12-09', to: '2026-12-09' },
        ],
      },
      at(9, 8),
      at(9, 12),
      [{ kind: 'person_unavailable', personId: 'ana', operationId: 'op', reason: 'sick', from: '2026-12-09', to: '2026-12-09' }],
    ],
    [
      'inactive and away: inactive says it all',
      { ...leave('2026-12-09', '2026-12-09'), active: false },
      at(9, 8),
      at(9, 12),
      [{ kind: 'person_unavailable', personId: 'ana', operationId: 'op', reason: 'inactive' }],
    ],
  ])('%s', (_, person, start, end, expected) => {
    expect(found([person], [], start, end, [{ operationId: 'op', personId: 'ana' }])).toEqual(expected);
  });

  it('is no conflict when the person is not assigned', () => {
    expect(found([{ ...ANA, active: false }], [], at(9, 8), at(9, 12), [])).toEqual([]);
  });
});

describe('a vehicle that cannot go', () => {
  const van = (changes: Partial<Resource>): Resource => ({ id: 'movil-1', kind: 'vehicle', label: 'Móvil 1', ...changes });
  const people = ['ana', 'beto', 'caro'].map((id): Person => ({ id, name: id, qualifications: ['driver'] }));
  const crew = (n: number): Assignment[] => people.slice(0, n).map((p) => ({ operationId: 'op', personId: p.id }));
  it.each<[string, Resource[], number, Conflict[]]>([
    ['in service', [van({ status: 'in_service', seats: 5 })], 3, []],
    ['status not recorded: in service', [van({})], 3, []],
    [
      'in the workshop',
      [van({ status: 'workshop' })],
      1,
      [{ kind: 'resource_unavailable', resourceId: 'movil-1', operationId: 'op', reason: 'workshop' }],
    ],
    ['two seats for three people', [van({ seats: 2 })], 3, [{ kind: 'vehicle_seats', operationId: 'op', seats: 2, people: 3 }]],
    ['exactly as many seats as people', [van({ seats: 3 })], 3, []],
    ['two vehicles seat everyone together', [van({ seats: 2 }), { id: 'moto-1', kind: 'vehicle', label: 'Moto 1', seats: 1 }], 3, []],
    [
      'a vehicle whose seats are not recorded is not judged',
      [van({ seats: 2 }), { id: 'moto-1', kind: 'vehicle', label: 'Moto 1' }],
      3,
      [],
    ],
  ])('%s', (_, vehicles, crewSize, expected) => {
    const assignments = [...crew(crewSize), ...vehicles.map((v): Assignment => ({ operationId: 'op', resourceId: v.id }))];
    expect(found(people, vehicles, at(9, 8), at(9, 12), assignments)).toEqual(expected);
  });
});
