// The calendar's grid as data: which 30-minute rows the hearing hours make, which columns a day (the court's rooms)
// or a week (its days) has, which hearings each cell holds, and where the arrow keys go from a focused stop. The
// hours come from the calendar answer (the dated setting in force each day), never from code: the grid draws
// whatever the administrator set, and a hearing booked outside those hours still gets its row (flagged
// outside_hours by the conflicts), so nothing the cache holds is hidden.
import { HEARING_SLOT_MINUTES, type CalendarDay } from '../../../../shared/api/court.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import type { Court } from '../../../../shared/settings/catalogue.ts';
import { addDaysIso, type IsoDate } from '../../../../shared/settings/iso-date.ts';
import { minutesOfDay, type DailyWindow } from '../../../../shared/settings/time-of-day.ts';
import { cordobaCivil, cordobaIsoDate, cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { weekdayOf } from '../../../../shared/court/business-days.ts';

export type CalendarView = 'day' | 'week';

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** The slot starts ("08:30", "09:00", …) of a window: every slot that ends by the window's end. */
export function slotTimes(window: DailyWindow, step = HEARING_SLOT_MINUTES): string[] {
  const times: string[] = [];
  for (let minute = minutesOfDay(window.start); minute + step <= minutesOfDay(window.end); minute += step) times.push(hhmm(minute));
  return times;
}

/** The slot an instant falls in, as Córdoba "HH:MM" (a hearing at 10:40 sits in the 10:30 row). */
export function slotOf(epochMs: number, step = HEARING_SLOT_MINUTES): string {
  const c = cordobaCivil(epochMs);
  const minute = c.hour * 60 + c.minute;
  return hhmm(minute - (minute % step));
}

/** The instant a slot of a Córdoba day starts. */
export function slotInstant(date: IsoDate, time: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return cordobaInstant(y, m, d, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
}

/** The rows: every slot of every shown day's hours, plus the slot of any hearing outside them, in order. */
export function calendarRows(days: readonly CalendarDay[], hearings: readonly Hearing[]): string[] {
  const rows = new Set<string>();
  for (const day of days) if (day.hours) for (const time of slotTimes(day.hours)) rows.add(time);
  for (const hearing of hearings) rows.add(slotOf(hearing.start));
  return [...rows].sort();
}

/** The Monday of the week a day belongs to (courts count weeks from Monday). */
export function weekStart(date: IsoDate): IsoDate {
  return addDaysIso(date, -((weekdayOf(date) + 6) % 7));
}

/** The first day the view shows around `date`, and how many days it asks for. */
export function period(view: CalendarView, date: IsoDate): { readonly from: IsoDate; readonly days: number } {
  return view === 'day' ? { from: date, days: 1 } : { from: weekStart(date), days: 7 };
}

/** The day one period before (-1) or after (+1). */
export const shiftPeriod = (view: CalendarView, date: IsoDate, direction: -1 | 1): IsoDate =>
  addDaysIso(date, direction * (view === 'day' ? 1 : 7));

/** A column: one room of the day (day view), or one day with every room inside (week view: room null). */
export interface CalendarColumn {
  readonly date: IsoDate;
  readonly room: string | null;
}

/** The hearings a calendar draws: the court's own, without amendments (they stand in for their signed original). */
export const shownHearings = (hearings: readonly Hearing[], courtId: string): Hearing[] =>
  hearings.filter((h) => h.courtId === courtId && h.amends === null);

export function calendarColumns(
  view: CalendarView,
  days: readonly CalendarDay[],
  court: Court,
  hearings: readonly Hearing[],
): CalendarColumn[] {
  if (view === 'week') return days.map((day) => ({ date: day.date, room: null }));
  const date = days[0]?.date;
  if (date === undefined) return [];
  // A room no longer in the settings still shows the hearings booked in it.
  const rooms = [...new Set([...court.rooms, ...hearings.map((h) => h.room)])];
  return rooms.map((room) => ({ date, room }));
}

export interface CellContent {
  /** Hearings that start in this slot (cancelled ones too, drawn as such). */
  readonly starting: readonly Hearing[];
  /** Live hearings that started earlier and still run in this slot. */
  readonly continuing: readonly Hearing[];
  /** Whether a hearing can be scheduled here: some room of the cell has no live hearing in the slot. */
  readonly free: boolean;
  /** The first room free in the slot (the one Enter books), null when none. */
  readonly freeRoom: string | null;
}

const live = (h: Hearing) => h.status !== 'cancelled';

export function cellContent(column: CalendarColumn, time: string, hearings: readonly Hearing[], rooms: readonly string[]): CellContent {
  const start = slotInstant(column.date, time);
  const end = start + HEARING_SLOT_MINUTES * 60_000;
  const inColumn = hearings.filter((h) => cordobaIsoDate(h.start) === column.date && (column.room === null || h.room === column.room));
  const starting = inColumn
    .filter((h) => h.start >= start && h.start < end)
    .sort((a, b) => a.start - b.start || a.room.localeCompare(b.room));
  const continuing = inColumn.filter((h) => live(h) && h.start < start && h.end > start);
  const busy = new Set([...starting.filter(live), ...continuing].map((h) => h.room));
  const freeRoom = (column.room === null ? rooms : [column.room]).find((room) => !busy.has(room)) ?? null;
  return { starting, continuing, free: freeRoom !== null, freeRoom };
}

/** A place the keyboard can stand on: a free slot (to schedule) or a hearing (to open). */
export interface Stop {
  readonly id: string;
  readonly row: number;
  readonly col: number;
  readonly hearingId: string | null;
}

export const slotStopId = (col: number, row: number) => `slot-${col}-${row}`;
export const hearingStopId = (hearingId: string) => `hearing-${hearingId}`;

/** The stops of each column, top to bottom: in each row the free slot first, then the hearings starting there. */
export function columnStops(cells: readonly (readonly CellContent[])[]): Stop[][] {
  return cells.map((column, col) =>
    column.flatMap((cell, row) => [
      ...(cell.free ? [{ id: slotStopId(col, row), row, col, hearingId: null }] : []),
      ...cell.starting.map((h) => ({ id: hearingStopId(h.id), row, col, hearingId: h.id })),
    ]),
  );
}

/** The stop of a column nearest to a row (the same row first; on a tie, the upper one). */
function nearest(stops: readonly Stop[], row: number): Stop | undefined {
  return stops.reduce<Stop | undefined>((best, s) => (!best || Math.abs(s.row - row) < Math.abs(best.row - row) ? s : best), undefined);
}

/**
 * The one stop in the tab order: the focused one while it is still drawn; else the one nearest to where it was (a
 * free slot just booked becomes the new hearing, a cancelled hearing's slot becomes free); else the first.
 */
export function tabStopOf(columns: readonly (readonly Stop[])[], focused: Stop | null): Stop | null {
  const all = columns.flat();
  if (focused === null) return all[0] ?? null;
  return all.find((s) => s.id === focused.id) ?? nearest(columns[focused.col] ?? [], focused.row) ?? all[0] ?? null;
}

/** Where a key moves the focus from stop `current`; null when the key is not a move or leads nowhere. */
export function moveFocus(columns: readonly (readonly Stop[])[], current: string, key: string, ctrl = false): string | null {
  const col = columns.findIndex((stops) => stops.some((s) => s.id === current));
  if (col < 0) return null;
  const stops = columns[col]!;
  const index = stops.findIndex((s) => s.id === current);
  const row = stops[index]!.row;
  const filled = columns.filter((c) => c.length > 0);
  // The next column with a stop in that direction (a column may have none: a day fully booked by long hearings).
  const neighbour = (step: -1 | 1) => {
    for (let i = col + step; i >= 0 && i < columns.length; i += step) if (columns[i]!.length > 0) return columns[i];
    return undefined;
  };
  switch (key) {
    case 'ArrowUp':
      return stops[index - 1]?.id ?? null;
    case 'ArrowDown':
      return stops[index + 1]?.id ?? null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const target = neighbour(key === 'ArrowLeft' ? -1 : 1);
      return target ? (nearest(target, row)?.id ?? null) : null;
    }
    case 'Home':
    case 'End': {
      const target = key === 'Home' ? filled[0] : filled.at(-1);
      if (!target) return null;
      if (ctrl) return (key === 'Home' ? target[0] : target.at(-1))?.id ?? null;
      return nearest(target, row)?.id ?? null;
    }
    default:
      return null;
  }
}

export interface CalendarLayout {
  readonly columns: readonly CalendarColumn[];
  readonly rows: readonly string[];
  /** cells[column][row]. */
  readonly cells: readonly (readonly CellContent[])[];
  readonly stops: readonly (readonly Stop[])[];
}

/** The whole grid of one court for the days of a calendar answer. */
export function calendarLayout(
  view: CalendarView,
  days: readonly CalendarDay[],
  court: Court,
  allHearings: readonly Hearing[],
): CalendarLayout {
  const hearings = shownHearings(allHearings, court.id);
  const columns = calendarColumns(view, days, court, hearings);
  const rows = calendarRows(days, hearings);
  const cells = columns.map((column) => rows.map((time) => cellContent(column, time, hearings, court.rooms)));
  return { columns, rows, cells, stops: columnStops(cells) };
}
