// The calendar grid as data: rows from the hearing hours, weeks from Monday, cells and their free rooms, and where
// each key moves the focus.
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../../../shared/api/court.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { hearingAt } from '../../../../shared/records/test-support/court-cases.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import {
  calendarColumns,
  calendarLayout,
  calendarRows,
  cellContent,
  columnStops,
  hearingStopId,
  moveFocus,
  period,
  shiftPeriod,
  slotInstant,
  slotOf,
  slotStopId,
  slotTimes,
  tabStopOf,
  weekStart,
  type Stop,
} from './calendar-model.ts';

const CASE = '0190a8c0-0000-7000-8000-0000000000a1';
const at = (day: number, hour: number, minute = 0) => cordobaInstant(2026, 12, day, hour, minute);
const hearing = (id: string, start: number, changes: Partial<Hearing> = {}): Hearing =>
  hearingAt(CASE, 'scheduled', { id, start, end: start + 30 * 60_000, ...changes });
const day = (date: string, hours: CalendarDay['hours'] = { start: '08:30', end: '13:30' }): CalendarDay => ({
  date,
  businessDay: true,
  holiday: false,
  hours,
});
const COURT = { id: 'cpc-mercado-de-la-ciudad', name: 'Juzgado', cpc: 'Mercado', environmental: false, rooms: ['Sala 1', 'Sala 2'] };

describe('slots', () => {
  it.each([
    [{ start: '08:30', end: '13:30' }, ['08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00']],
    [{ start: '08:30', end: '09:15' }, ['08:30']],
    [{ start: '09:00', end: '09:00' }, []],
  ])('slotTimes(%j)', (window, expected) => expect(slotTimes(window)).toEqual(expected));

  it.each([
    [at(10, 10, 40), '10:30'],
    [at(10, 10, 30), '10:30'],
    [at(10, 8, 59), '08:30'],
    [at(10, 0, 0), '00:00'],
  ])('slotOf(%i) = %s', (instant, expected) => expect(slotOf(instant)).toBe(expected));

  it('slotInstant is the Córdoba wall-clock minute', () => expect(slotInstant('2026-12-10', '10:30')).toBe(at(10, 10, 30)));

  it('rows are the hours of every day plus any hearing outside them', () => {
    const rows = calendarRows([day('2026-12-10', { start: '08:30', end: '10:00' }), day('2026-12-11', null)], [hearing('h', at(11, 14))]);
    expect(rows).toEqual(['08:30', '09:00', '09:30', '14:00']);
  });
});

describe('periods', () => {
  it.each([
    ['2026-12-14', '2026-12-14'], // a Monday
    ['2026-12-16', '2026-12-14'],
    ['2026-12-20', '2026-12-14'], // Sunday belongs to the week before it
    ['2027-01-01', '2026-12-28'],
  ])('the week of %s starts on %s', (date, monday) => expect(weekStart(date)).toBe(monday));

  it.each([
    ['day', '2026-12-16', { from: '2026-12-16', days: 1 }],
    ['week', '2026-12-16', { from: '2026-12-14', days: 7 }],
  ] as const)('%s view of %s', (view, date, expected) => expect(period(view, date)).toEqual(expected));

  it.each([
    ['day', -1, '2026-12-15'],
    ['day', 1, '2026-12-17'],
    ['week', -1, '2026-12-09'],
    ['week', 1, '2026-12-23'],
  ] as const)('%s view shifted by %i', (view, direction, expected) => expect(shiftPeriod(view, '2026-12-16', direction)).toBe(expected));
});

describe('columns and cells', () => {
  it('a day has the court rooms, and any other room a hearing was booked in', () => {
    const columns = calendarColumns('day', [day('2026-12-10')], COURT, [hearing('h', at(10, 9), { room: 'Sala 9' })]);
    expect(columns.map((c) => c.room)).toEqual(['Sala 1', 'Sala 2', 'Sala 9']);
  });

  it('a week has its days', () => {
    const columns = calendarColumns('week', [day('2026-12-14'), day('2026-12-15')], COURT, []);
    expect(columns).toEqual([
      { date: '2026-12-14', room: null },
      { date: '2026-12-15', room: null },
    ]);
  });

  const long = hearing('long', at(10, 9), { end: at(10, 10) });
  const cancelled = hearing('gone', at(10, 11), { status: 'cancelled' });
  const room2 = hearing('r2', at(10, 9), { room: 'Sala 2' });
  it.each([
    ['the start of a long hearing', 'Sala 1', '09:00', ['long'], [], null],
    ['its second half', 'Sala 1', '09:30', [], ['long'], null],
    ['after it', 'Sala 1', '10:00', [], [], 'Sala 1'],
    ['a cancelled hearing leaves the slot free', 'Sala 1', '11:00', ['gone'], [], 'Sala 1'],
    ['the other room', 'Sala 2', '09:00', ['r2'], [], null],
    ['a week cell books the first free room', null, '09:30', [], ['long'], 'Sala 2'],
    ['a week cell with every room busy', null, '09:00', ['long', 'r2'], [], null],
  ])('%s', (_, room, time, starting, continuing, freeRoom) => {
    const cell = cellContent({ date: '2026-12-10', room }, time, [long, cancelled, room2], COURT.rooms);
    expect(cell.starting.map((h) => h.id)).toEqual(starting);
    expect(cell.continuing.map((h) => h.id)).toEqual(continuing);
    expect(cell.freeRoom).toBe(freeRoom);
    expect(cell.free).toBe(freeRoom !== null);
  });
});

describe('keyboard moves', () => {
  const free = { starting: [], continuing: [], free: true, freeRoom: 'Sala 1' };
  const busy = (id: string) => ({ starting: [hearing(id, at(10, 9))], continuing: [], free: false, freeRoom: null });
  const blocked = { starting: [], continuing: [], free: false, freeRoom: null };
  // Column 0: free, h1, free; column 1: nothing at all; column 2: free, blocked (a long hearing), h2.
  const columns: Stop[][] = columnStops([
    [free, busy('h1'), free],
    [blocked, blocked, blocked],
    [free, blocked, busy('h2')],
  ]);

  it('stops are the free slots and the hearings, top to bottom', () => {
    expect(columns.map((c) => c.map((s) => s.id))).toEqual([
      [slotStopId(0, 0), hearingStopId('h1'), slotStopId(0, 2)],
      [],
      [slotStopId(2, 0), hearingStopId('h2')],
    ]);
  });

  it.each([
    [slotStopId(0, 0), 'ArrowDown', false, hearingStopId('h1')],
    [slotStopId(0, 0), 'ArrowUp', false, null],
    [hearingStopId('h1'), 'ArrowRight', false, slotStopId(2, 0)], // skips the empty column; row 1 has none: nearest, upper first
    [slotStopId(0, 2), 'ArrowRight', false, hearingStopId('h2')],
    [hearingStopId('h2'), 'ArrowLeft', false, slotStopId(0, 2)],
    [slotStopId(0, 0), 'ArrowLeft', false, null],
    [hearingStopId('h2'), 'Home', false, slotStopId(0, 2)],
    [slotStopId(0, 0), 'End', false, slotStopId(2, 0)],
    [slotStopId(0, 0), 'End', true, hearingStopId('h2')],
    [hearingStopId('h2'), 'Home', true, slotStopId(0, 0)],
    [slotStopId(0, 0), 'Enter', false, null],
    ['nowhere', 'ArrowDown', false, null],
  ])('from %s, %s (ctrl %s) goes to %s', (from, key, ctrl, expected) => expect(moveFocus(columns, from, key, ctrl)).toBe(expected));
});

describe('layout', () => {
  it('draws one court, without amendments, with a stop per free slot and per hearing', () => {
    const mine = hearing('mine', at(10, 9));
    const amendment = hearing('amend', at(10, 9), { amends: 'mine' });
    const otherCourt = hearing('other', at(10, 9), { courtId: 'ambiental-1' });
    const layout = calendarLayout('day', [day('2026-12-10', { start: '08:30', end: '09:30' })], COURT, [mine, amendment, otherCourt]);
    expect(layout.rows).toEqual(['08:30', '09:00']);
    expect(layout.columns.map((c) => c.room)).toEqual(['Sala 1', 'Sala 2']);
    expect(layout.stops.map((c) => c.map((s) => s.id))).toEqual([
      [slotStopId(0, 0), hearingStopId('mine')],
      [slotStopId(1, 0), slotStopId(1, 1)],
    ]);
  });
});

describe('the tab stop', () => {
  const stop = (id: string, col: number, row: number): Stop => ({ id, col, row, hearingId: null });
  const columns = [[stop('a', 0, 0), stop('b', 0, 2)], [stop('c', 1, 1)]];
  it.each([
    ['nothing focused yet: the first', null, 'a'],
    ['the focused stop while it is drawn', stop('c', 1, 1), 'c'],
    ['a booked slot: what took its place in the column', stop('gone', 0, 2), 'b'],
    ['nearest in its column, upper first', stop('gone', 0, 1), 'a'],
    ['a column that no longer exists: the first', stop('gone', 5, 0), 'a'],
  ])('%s', (_, focused, expected) => expect(tabStopOf(columns, focused)?.id).toBe(expected));
});
