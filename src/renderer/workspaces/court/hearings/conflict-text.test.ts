// Conflicts as sentences: which key each conflict takes, seen from either hearing of a double booking, and the
// values it fills in (the other hearing's case number and time, the day's hours, the term's last day).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../../../shared/api/court.ts';
import { resources } from '../../../../shared/i18n/resources.ts';
import type { HearingConflict } from '../../../../shared/court/hearing-conflicts.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { hearingAt } from '../../../../shared/records/test-support/court-cases.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { conflictLine, conflictLines, type ConflictContext } from './conflict-text.ts';

const CASE = '0190a8c0-0000-7000-8000-0000000000a1';
const at = (day: number, hour: number, minute = 0) => cordobaInstant(2026, 12, day, hour, minute);
const hearing = (id: string, start: number, changes: Partial<Hearing> = {}): Hearing =>
  hearingAt(CASE, 'scheduled', { id, start, end: start + 30 * 60_000, ...changes });

const mine = hearing('mine', at(10, 10, 30));
const other = hearing('other', at(10, 10, 15), { caseNumber: 'TF-2026-000012' });
const unnumbered = hearing('unnumbered', at(10, 10, 15), { caseNumber: '' });
const onHoliday = hearing('holiday', at(8, 9));
const onSaturday = hearing('saturday', at(12, 9));
const days = new Map<string, CalendarDay>([
  ['2026-12-10', { date: '2026-12-10', businessDay: true, holiday: false, hours: { start: '08:30', end: '13:30' } }],
  ['2026-12-08', { date: '2026-12-08', businessDay: false, holiday: true, hours: null }],
]);
const context: ConflictContext = {
  hearings: new Map([mine, other, unnumbered].map((h) => [h.id, h])),
  days,
  formatDay: (iso) => iso.split('-').reverse().join('/'),
  noNumber: 's/n',
};

describe('conflict sentences', () => {
  it.each<[string, HearingConflict, Hearing, string, Record<string, string>]>([
    [
      'the room, from the later hearing',
      { code: 'room_double_booked', hearingId: 'other', otherId: 'mine' },
      mine,
      'conflict.room',
      { caseNumber: 'TF-2026-000012', time: '10:15', room: 'Sala 1' },
    ],
    [
      'the room, from the earlier one',
      { code: 'room_double_booked', hearingId: 'other', otherId: 'mine' },
      other,
      'conflict.room',
      { caseNumber: 'TF-2026-000007', time: '10:30' },
    ],
    [
      'a case with no number yet',
      { code: 'judge_double_booked', hearingId: 'unnumbered', otherId: 'mine' },
      mine,
      'conflict.judge',
      { caseNumber: 's/n' },
    ],
    [
      'an other hearing this calendar does not hold',
      { code: 'person_double_booked', hearingId: 'mine', otherId: 'elsewhere' },
      mine,
      'conflict.personUnknown',
      { offender: 'Juan Pérez' },
    ],
    ['outside the hours', { code: 'outside_hours', hearingId: 'mine' }, mine, 'conflict.outsideHours', { start: '08:30', end: '13:30' }],
    ['outside unknown hours', { code: 'outside_hours', hearingId: 'holiday' }, onHoliday, 'conflict.outsideHoursUnknown', {}],
    ['a holiday', { code: 'not_a_business_day', hearingId: 'holiday' }, onHoliday, 'conflict.holiday', {}],
    ['a Saturday', { code: 'not_a_business_day', hearingId: 'saturday' }, onSaturday, 'conflict.saturday', {}],
    [
      'before the term ends',
      { code: 'before_term_end', hearingId: 'mine', due: '2026-12-12' },
      mine,
      'conflict.beforeTermEnd',
      { due: '12/12/2026' },
    ],
  ])('%s', (_, conflict, subject, key, values) => {
    const line = conflictLine(conflict, subject, context);
    expect(line.key).toBe(key);
    expect(line.values).toMatchObject(values);
  });

  it('lists only the conflicts of the hearing, as subject or as the other', () => {
    const conflicts: HearingConflict[] = [
      { code: 'room_double_booked', hearingId: 'other', otherId: 'mine' },
      { code: 'outside_hours', hearingId: 'holiday' },
      { code: 'before_term_end', hearingId: 'mine', due: '2026-12-12' },
    ];
    expect(conflictLines(mine, conflicts, context).map((l) => l.key)).toEqual(['conflict.room', 'conflict.beforeTermEnd']);
  });
});

describe('the sentences, as the dictionaries write them', () => {
  it.each([
    ['es-AR', 'Sala 1 ya tiene la audiencia de TF-2026-000012 a las 10:15.'],
    ['en', 'Sala 1 already has the hearing of TF-2026-000012 at 10:15.'],
  ] as const)('%s', async (language, expected) => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: language, ns: ['hearings'], defaultNS: 'hearings', interpolation: { escapeValue: false } });
    const line = conflictLine({ code: 'room_double_booked', hearingId: 'other', otherId: 'mine' }, mine, context);
    expect(i18n.getFixedT(language, 'hearings')(line.key as never, line.values)).toBe(expected);
  });
});
