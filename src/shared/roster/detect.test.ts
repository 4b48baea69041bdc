import { describe, expect, it } from 'vitest';
import type { OperationType } from '../operations/codes.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { detectConflicts } from './detect.ts';
import { cordobaWeek } from './shifts.ts';
import {
  conflictOperations,
  type Assignment,
  type Conflict,
  type ConflictKind,
  type Person,
  type Resource,
  type RosterOperation,
  type RosterRules,
} from './types.ts';

// Week of Monday 23 – Sunday 29 November 2026 in Córdoba.
const WEEK = cordobaWeek('2026-11-26');
const at = (day: number, hour: number, minute = 0) => cordobaInstant(2026, 11, day, hour, minute);

const RULES: RosterRules = {
  minRestHours: 8,
  maxWeeklyHours: 48,
  shiftTimes: {
    morning: { start: '06:00', end: '14:00' },
    afternoon: { start: '14:00', end: '22:00' },
    night: { start: '22:00', end: '06:00' },
  },
  calibrationMonths: { breathalyser: 12, sound_meter: 12 },
};

const PEOPLE: Person[] = [
  { id: 'ana', name: 'Ana', qualifications: [] },
  { id: 'beto', name: 'Beto', qualifications: ['alcohol_test_operator'] },
  { id: 'caro', name: 'Caro', qualifications: ['environment_specialist'] },
  { id: 'dani', name: 'Dani', qualifications: ['sound_meter_operator', 'driver'] },
];
const RESOURCES: Resource[] = [
  { id: 'movil-1', kind: 'vehicle', label: 'Móvil 1' },
  { id: 'alco-1', kind: 'breathalyser', label: 'Alcoholímetro 1', calibratedOn: cordobaInstant(2025, 11, 26, 10) },
  { id: 'alco-old', kind: 'breathalyser', label: 'Alcoholímetro 2', calibratedOn: cordobaInstant(2025, 9, 20, 10) },
  { id: 'alco-never', kind: 'breathalyser', label: 'Alcoholímetro 3' },
  { id: 'sono-1', kind: 'sound_meter', label: 'Sonómetro 1', calibratedOn: cordobaInstant(2025, 3, 1, 10) },
  { id: 'sono-2', kind: 'sound_meter', label: 'Sonómetro 2', calibratedOn: cordobaInstant(2026, 6, 1, 10) },
];

type Op = [id: string, start: number, end: number, type?: OperationType];
const op = ([id, start, end, type = 'education_session']: Op): RosterOperation => ({ id, type, start, end });
const person = (operationId: string, personId: string): Assignment => ({ operationId, personId });
const thing = (operationId: string, resourceId: string): Assignment => ({ operationId, resourceId });

function conflicts(ops: Op[], assignments: Assignment[], rules: RosterRules = RULES): Conflict[] {
  return detectConflicts({ ...WEEK, people: PEOPLE, resources: RESOURCES, operations: ops.map(op), assignments }, rules);
}
const only = (kind: ConflictKind, list: Conflict[]) => list.filter((c) => c.kind === kind);
/** Ana works each of these operations. */
const ana = (ops: Op[]) =>
  conflicts(
    ops,
    ops.map(([id]) => person(id, 'ana')),
  );

describe('double booking', () => {
  it.each<[string, Op[], Conflict[]]>([
    [
      'one hour of overlap',
      [
        ['a', at(23, 8), at(23, 12)],
        ['b', at(23, 11), at(23, 13)],
      ],
      [{ kind: 'double_booking', subject: 'person', subjectId: 'ana', operationIds: ['a', 'b'], overlapMinutes: 60 }],
    ],
    [
      'one inside the other, listed later first',
      [
        ['b', at(23, 9), at(23, 10)],
        ['a', at(23, 8), at(23, 12)],
      ],
      [{ kind: 'double_booking', subject: 'person', subjectId: 'ana', operationIds: ['a', 'b'], overlapMinutes: 60 }],
    ],
    [
      'back to back: none',
      [
        ['a', at(23, 8), at(23, 10)],
        ['b', at(23, 10), at(23, 12)],
      ],
      [],
    ],
  ])('%s', (_, ops, expected) => {
    expect(only('double_booking', ana(ops))).toEqual(expected);
  });

  it('every overlapping pair of three', () => {
    const ops: Op[] = [
      ['a', at(23, 8), at(23, 12)],
      ['b', at(23, 9), at(23, 13)],
      ['c', at(23, 11), at(23, 14)],
    ];
    expect(only('double_booking', ana(ops)).map((c) => 'operationIds' in c && c.operationIds.join('+'))).toEqual(['a+b', 'a+c', 'b+c']);
  });

  it('of an instrument; a vehicle is "already reserved" instead', () => {
    const ops: Op[] = [
      ['a', at(23, 8), at(23, 12)],
      ['b', at(23, 10), at(23, 14)],
    ];
    const list = conflicts(ops, [
      thing('a', 'sono-1'),
      thing('b', 'sono-1'),
      thing('a', 'movil-1'),
      thing('b', 'movil-1'),
      person('a', 'dani'),
      person('b', 'dani'),
    ]);
    expect(list.filter((c) => c.kind === 'vehicle_reserved' || (c.kind === 'double_booking' && c.subject === 'resource'))).toEqual([
      { kind: 'vehicle_reserved', resourceId: 'movil-1', operationIds: ['a', 'b'], overlapMinutes: 120 },
      { kind: 'double_booking', subject: 'resource', subjectId: 'sono-1', operationIds: ['a', 'b'], overlapMinutes: 120 },
    ]);
  });

  it('a vehicle on consecutive operations is not reserved twice', () => {
    const ops: Op[] = [
      ['a', at(23, 8), at(23, 12)],
      ['b', at(23, 12), at(23, 14)],
    ];
    expect(only('vehicle_reserved', conflicts(ops, [thing('a', 'movil-1'), thing('b', 'movil-1')]))).toEqual([]);
  });
});

describe('rest between shifts', () => {
  it.each<[string, Op[], Conflict[]]>([
    [
      'afternoon until 20:00, then the same night at 02:00: 6 h < 8 h',
      [
        ['a', at(23, 14), at(23, 20)],
        ['b', at(24, 2), at(24, 5)],
      ],
      [{ kind: 'short_rest', personId: 'ana', operationIds: ['a', 'b'], restHours: 6, minRestHours: 8 }],
    ],
    [
      'exactly the minimum: none',
      [
        ['a', at(23, 14), at(23, 20)],
        ['b', at(24, 4), at(24, 5)],
      ],
      [],
    ],
    [
      'one minute short',
      [
        ['a', at(23, 14), at(23, 20)],
        ['b', at(24, 3, 59), at(24, 5)],
      ],
      [{ kind: 'short_rest', personId: 'ana', operationIds: ['a', 'b'], restHours: 7 + 59 / 60, minRestHours: 8 }],
    ],
    [
      'two operations in one shift are one working period: none',
      [
        ['a', at(23, 8), at(23, 9)],
        ['b', at(23, 10), at(23, 13)],
      ],
      [],
    ],
    [
      'night past midnight, then morning',
      [
        ['a', at(23, 22), at(24, 2)],
        ['b', at(24, 2, 30), at(24, 4)],
        ['c', at(24, 8), at(24, 12)],
      ],
      [{ kind: 'short_rest', personId: 'ana', operationIds: ['b', 'c'], restHours: 4, minRestHours: 8 }],
    ],
    [
      'measured from the latest end of the period',
      [
        ['a', at(23, 6), at(23, 13)],
        ['b', at(23, 7), at(23, 8)],
        ['c', at(23, 16), at(23, 18)],
      ],
      [{ kind: 'short_rest', personId: 'ana', operationIds: ['a', 'c'], restHours: 3, minRestHours: 8 }],
    ],
  ])('%s', (_, ops, expected) => {
    expect(only('short_rest', ana(ops))).toEqual(expected);
  });

  it('an operation outside every shift window is a working period of its own', () => {
    const rules: RosterRules = {
      ...RULES,
      shiftTimes: {
        morning: { start: '08:00', end: '14:00' },
        afternoon: { start: '14:00', end: '20:00' },
        night: { start: '22:00', end: '04:00' },
      },
    };
    const ops: Op[] = [
      ['a', at(23, 20, 30), at(23, 21, 30)],
      ['b', at(23, 22), at(23, 23)],
    ];
    expect(
      only(
        'short_rest',
        conflicts(
          ops,
          ops.map(([id]) => person(id, 'ana')),
          rules,
        ),
      ),
    ).toEqual([{ kind: 'short_rest', personId: 'ana', operationIds: ['a', 'b'], restHours: 0.5, minRestHours: 8 }]);
  });
});

describe('weekly hours', () => {
  // Monday to Saturday, 08:00–16:00: 48 h with 16 h of rest between days.
  const sixDays: Op[] = [23, 24, 25, 26, 27, 28].map((day) => [`d${day}`, at(day, 8), at(day, 16)]);
  const ids = sixDays.map(([id]) => id);

  it.each<[string, Op[], Conflict[]]>([
    ['exactly the maximum: none', sixDays, []],
    [
      'one hour more',
      [...sixDays, ['sun', at(29, 8), at(29, 9)]],
      [{ kind: 'weekly_hours', personId: 'ana', operationIds: [...ids, 'sun'], hours: 49, maxHours: 48 }],
    ],
    [
      'only the hours inside the week count (Sunday 23:00 → Monday 01:00)',
      [...sixDays, ['late', at(29, 23), at(30, 1)]],
      [{ kind: 'weekly_hours', personId: 'ana', operationIds: [...ids, 'late'], hours: 49, maxHours: 48 }],
    ],
    ['nor before it (Sunday 22:00 → Monday 02:00)', [['early', at(22, 22), at(23, 2)], ...sixDays.slice(1)], []],
    [
      'an overlap is not counted twice',
      [...sixDays, ['twice', at(28, 9), at(28, 16)]],
      [{ kind: 'double_booking', subject: 'person', subjectId: 'ana', operationIds: ['d28', 'twice'], overlapMinutes: 420 }],
    ],
  ])('%s', (_, ops, expected) => {
    expect(ana(ops).filter((c) => c.kind !== 'missing_qualification')).toEqual(expected);
  });
});

describe('qualifications and equipment', () => {
  const t = (type: OperationType): Op[] => [['x', at(26, 22), at(26, 23, 30), type]];
  it.each<[string, Op[], Assignment[], Conflict[]]>([
    [
      'an alcohol test without an operator',
      t('alcohol_test'),
      [person('x', 'ana'), thing('x', 'alco-1')],
      [{ kind: 'missing_qualification', operationId: 'x', anyOf: ['alcohol_test_operator'] }],
    ],
    ['an alcohol test with an operator', t('alcohol_test'), [person('x', 'ana'), person('x', 'beto'), thing('x', 'alco-1')], []],
    [
      'nobody assigned yet',
      t('alcohol_test'),
      [thing('x', 'alco-1')],
      [{ kind: 'missing_qualification', operationId: 'x', anyOf: ['alcohol_test_operator'] }],
    ],
    ['a noise check with an environment specialist', t('noise_check'), [person('x', 'caro'), thing('x', 'sono-2')], []],
    ['a noise check with a sound-meter operator', t('noise_check'), [person('x', 'dani'), thing('x', 'sono-2')], []],
    [
      'a noise check with neither',
      t('noise_check'),
      [person('x', 'beto'), thing('x', 'sono-2')],
      [{ kind: 'missing_qualification', operationId: 'x', anyOf: ['environment_specialist', 'sound_meter_operator'] }],
    ],
    [
      'a vehicle and nobody who drives',
      t('education_session'),
      [person('x', 'ana'), thing('x', 'movil-1')],
      [{ kind: 'missing_qualification', operationId: 'x', anyOf: ['driver'] }],
    ],
    ['a vehicle and a driver', t('education_session'), [person('x', 'dani'), thing('x', 'movil-1')], []],
    [
      'an alcohol test without a breathalyser',
      t('alcohol_test'),
      [person('x', 'beto'), thing('x', 'sono-2')],
      [{ kind: 'missing_equipment', operationId: 'x', resourceKind: 'breathalyser' }],
    ],
    ['no requirements for an education session', t('education_session'), [], []],
  ])('%s', (_, ops, assignments, expected) => {
    expect(conflicts(ops, assignments)).toEqual(expected);
  });
});

describe('calibration', () => {
  // alco-1 was verified on 26 Nov 2025: 12 months of validity run to the end of 26 Nov 2026.
  const validUntil = cordobaInstant(2026, 11, 27);
  const check = (start: number, end: number, resourceId = 'alco-1') =>
    only('equipment_out_of_calibration', conflicts([['x', start, end, 'alcohol_test']], [person('x', 'beto'), thing('x', resourceId)]));
  const out = (resourceId: string, calibratedOn: number | null, until: number | null, validityMonths = 12): Conflict[] => [
    { kind: 'equipment_out_of_calibration', operationId: 'x', resourceId, calibratedOn, validUntil: until, validityMonths },
  ];

  it.each<[string, number, number, string, Conflict[]]>([
    ['exactly 12 months, evening of the anniversary', at(26, 20), at(26, 23, 59), 'alco-1', []],
    ['ending at the very end of the anniversary', at(26, 22), at(27, 0), 'alco-1', []],
    ['running past midnight into month 13', at(26, 22), at(27, 2), 'alco-1', out('alco-1', RESOURCES[1]!.calibratedOn!, validUntil)],
    ['the day after the anniversary', at(27, 20), at(27, 22), 'alco-1', out('alco-1', RESOURCES[1]!.calibratedOn!, validUntil)],
    [
      'verified 14 months before',
      at(26, 20),
      at(26, 22),
      'alco-old',
      out('alco-old', RESOURCES[2]!.calibratedOn!, cordobaInstant(2026, 9, 21)),
    ],
    ['never verified', at(26, 20), at(26, 22), 'alco-never', out('alco-never', null, null)],
  ])('%s', (_, start, end, resourceId, expected) => {
    expect(check(start, end, resourceId)).toEqual(expected);
  });

  it('validity is set per instrument kind', () => {
    const ops: Op[] = [['x', at(26, 20), at(26, 22), 'noise_check']];
    const list = (months: number) =>
      only(
        'equipment_out_of_calibration',
        conflicts(ops, [person('x', 'caro'), thing('x', 'sono-1')], {
          ...RULES,
          calibrationMonths: { breathalyser: 12, sound_meter: months },
        }),
      );
    expect(list(24)).toEqual([]);
    expect(list(12)).toEqual([
      {
        kind: 'equipment_out_of_calibration',
        operationId: 'x',
        resourceId: 'sono-1',
        calibratedOn: RESOURCES[4]!.calibratedOn,
        validUntil: cordobaInstant(2026, 3, 2),
        validityMonths: 12,
      },
    ]);
  });
});

describe('input checks', () => {
  it.each<[string, () => unknown]>([
    ['an end before its start', () => conflicts([['a', at(23, 10), at(23, 9)]], [])],
    [
      'a duplicate id',
      () =>
        conflicts(
          [
            ['a', at(23, 8), at(23, 9)],
            ['a', at(23, 10), at(23, 11)],
          ],
          [],
        ),
    ],
    ['an unknown person', () => conflicts([['a', at(23, 8), at(23, 9)]], [person('a', 'zoe')])],
    ['an unknown operation', () => conflicts([], [thing('a', 'movil-1')])],
    [
      'a malformed shift time',
      () => conflicts([], [], { ...RULES, shiftTimes: { ...RULES.shiftTimes, night: { start: '24:00', end: '06:00' } } }),
    ],
  ])('refuses %s', (_, run) => {
    expect(run).toThrow(RangeError);
  });
});

describe('the week shown', () => {
  // The day either side is in the roster for rest and overlaps across the week's edges, not for its own staffing.
  const sundayBefore: Op = ['before', at(22, 8), at(22, 12), 'alcohol_test'];
  const mondayNight: Op = ['monday', at(22, 22), at(23, 2), 'alcohol_test'];
  it.each<[string, Op[], Assignment[], [ConflictKind, readonly string[]][]]>([
    ['an operation of the day before: its staffing is not listed', [sundayBefore], [], []],
    [
      'one crossing into the week: listed',
      [mondayNight],
      [],
      [
        ['missing_qualification', ['monday']],
        ['missing_equipment', ['monday']],
      ],
    ],
    [
      'short rest between the day before and the week: listed once, for the person',
      [
        ['before', at(22, 14), at(22, 20)],
        ['first', at(23, 2), at(23, 6)],
      ],
      [person('before', 'ana'), person('first', 'ana')],
      [['short_rest', ['before', 'first']]],
    ],
    [
      'two operations of the day before booking one person twice: not listed',
      [
        ['x', at(22, 8), at(22, 12)],
        ['y', at(22, 10), at(22, 13)],
      ],
      [person('x', 'ana'), person('y', 'ana')],
      [],
    ],
  ])('%s', (_, ops, assignments, expected) => {
    expect(conflicts(ops, assignments).map((c) => [c.kind, conflictOperations(c)])).toEqual(expected);
  });
});
