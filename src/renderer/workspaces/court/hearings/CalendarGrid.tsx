// The calendar as an ARIA grid (a table with role="grid"): a row per 30-minute slot, a column per room (day) or per
// day (week). One tab stop for the whole grid (roving tabindex): the arrow keys move between free slots and
// hearings, Enter opens a hearing or books a free slot, and the shortcuts of the help line act on the focused
// hearing. The keys are decided in calendar-model.ts (moveFocus) and calendar-keys.ts; this only draws and wires.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtCalendar } from '../../../../shared/api/court.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import type { Court } from '../../../../shared/settings/catalogue.ts';
import {
  slotInstant,
  moveFocus,
  tabStopOf,
  type CalendarLayout,
  type CalendarView,
  type CellContent,
  type Stop,
} from './calendar-model.ts';
import { calendarCommand, type CalendarCommand } from './calendar-keys.ts';
import type { ConflictContext } from './conflict-text.ts';
import { clockTime, formatLongDay, formatWeekday } from './hearing-format.ts';
import { ConflictList, StatusBadge, useConflictSentences } from './HearingParts.tsx';
import { displayStatus } from './record-actions.ts';

/** A free slot asked to be booked: the court, the room Enter books there, and its start. */
export interface SlotRequest {
  readonly courtId: string;
  readonly room: string;
  readonly start: number;
}

interface CalendarGridProps {
  readonly view: CalendarView;
  readonly calendar: CourtCalendar;
  readonly court: Court;
  readonly layout: CalendarLayout;
  readonly context: ConflictContext;
  readonly label: string;
  /** The hearing the keyboard stands on (for the action bar; null on a free slot), reported as focus moves. */
  readonly onFocusHearing: (hearingId: string | null) => void;
  readonly onCommand: (command: CalendarCommand, hearing: Hearing | null, slot: SlotRequest | null) => void;
  /** Bumped when a dialog opened from the grid closes: the focus comes back to the grid. */
  readonly focusRequest: number;
}

export function CalendarGrid(props: CalendarGridProps) {
  const { view, calendar, court, layout, context, label, onFocusHearing, onCommand, focusRequest } = props;
  const { t, i18n } = useTranslation('hearings');
  const conflictSentences = useConflictSentences();
  const [focused, setFocused] = useState<Stop | null>(null);
  const moved = useRef(false);
  const refocus = useRef(false);
  const all = layout.stops.flat();
  const tabStop = tabStopOf(layout.stops, focused);
  const byId = new Map(calendar.hearings.map((h) => [h.id, h]));
  const days = new Map(calendar.days.map((d) => [d.date, d]));

  // After a dialog closed, for a few seconds: the stop it was opened from may disappear once the cache answers (a
  // free slot booked, a hearing cancelled); the focus, lost to the page, then goes to what took its place.
  useEffect(() => {
    if (focusRequest === 0) return;
    refocus.current = true;
    const timer = setTimeout(() => (refocus.current = false), 3000);
    return () => clearTimeout(timer);
  }, [focusRequest]);

  // After a key moved the focus (or the period changed under it), the new stop takes the DOM focus once drawn.
  useEffect(() => {
    const lost = refocus.current && (document.activeElement === null || document.activeElement === document.body);
    if (!(moved.current || lost) || !tabStop) return;
    moved.current = false;
    document.getElementById(stopElementId(tabStop.id))?.focus();
  });

  const slotOf = (stop: Stop): SlotRequest | null => {
    const column = layout.columns[stop.col]!;
    const cell = layout.cells[stop.col]![stop.row]!;
    return cell.freeRoom === null
      ? null
      : { courtId: court.id, room: cell.freeRoom, start: slotInstant(column.date, layout.rows[stop.row]!) };
  };

  const focus = (stop: Stop) => {
    setFocused(stop);
    onFocusHearing(stop.hearingId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, stop: Stop) => {
    const next = moveFocus(layout.stops, stop.id, event.key, event.ctrlKey || event.metaKey);
    if (next !== null) {
      event.preventDefault();
      moved.current = true;
      const target = all.find((s) => s.id === next)!;
      focus(target);
      return;
    }
    const command = calendarCommand(event, stop.hearingId !== null);
    if (command === null) return;
    event.preventDefault();
    if (command === 'previous' || command === 'next' || command === 'today') moved.current = true;
    onCommand(command, stop.hearingId === null ? null : (byId.get(stop.hearingId) ?? null), slotOf(stop));
  };

  const stopProps = (stop: Stop) => ({
    id: stopElementId(stop.id),
    tabIndex: stop.id === tabStop?.id ? 0 : -1,
    onFocus: () => focus(stop),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, stop),
  });

  const columnHeader = (col: number) => {
    const column = layout.columns[col]!;
    if (column.room !== null) return column.room;
    const day = days.get(column.date);
    return (
      <>
        {formatWeekday(column.date, i18n.language)}
        {day && !day.businessDay && (
          <span className="calendar-grid__closed-tag">{day.holiday ? t('calendar.holiday') : t('calendar.notBusinessDay')}</span>
        )}
      </>
    );
  };

  const hearingCard = (hearing: Hearing, stop: Stop) => {
    const conflicts = conflictSentences(hearing, calendar.conflicts, context);
    // The name is what the card shows, then what it does not (end, room, status, conflicts): a name that starts
    // with the visible text, for speech input (axe label-content-name-mismatch).
    const more = t('calendar.hearingMore', {
      end: clockTime(hearing.end),
      room: hearing.room,
      status: t(`status.${displayStatus(hearing)}`),
      conflicts,
    });
    return (
      <div key={hearing.id} className={`calendar-hearing calendar-hearing--${displayStatus(hearing)}`}>
        <button
          type="button"
          className="calendar-hearing__open"
          {...stopProps(stop)}
          data-testid="calendar-hearing"
          data-hearing-id={hearing.id}
          onClick={() => onCommand('open', hearing, null)}
        >
          <span className="calendar-hearing__time">
            {clockTime(hearing.start)}
            {view === 'week' && ` · ${hearing.room}`}
          </span>{' '}
          <strong>{hearing.caseNumber || t('noNumber')}</strong>
          <span className="calendar-hearing__who">{hearing.offenderName}</span>
          <span className="calendar-hearing__judge">{hearing.judge}</span>
          <span className="visually-hidden">{more}</span>
        </button>
        <StatusBadge hearing={hearing} unsynced={calendar.unsynced[hearing.id]} />
        <ConflictList hearing={hearing} conflicts={calendar.conflicts} context={context} compact={view === 'week'} />
      </div>
    );
  };

  const cell = (content: CellContent, col: number, row: number) => {
    const column = layout.columns[col]!;
    const stops = layout.stops[col]!.filter((s) => s.row === row);
    const free = stops.find((s) => s.hearingId === null);
    const closed = days.get(column.date)?.businessDay === false;
    const time = layout.rows[row]!;
    return (
      <td
        key={col}
        className={`calendar-grid__cell${closed ? ' calendar-grid__cell--closed' : ''}`}
        data-testid="calendar-slot"
        data-date={column.date}
        data-time={time}
        data-room={column.room ?? undefined}
      >
        {content.starting.map((hearing) =>
          hearingCard(
            hearing,
            stops.find((s) => s.hearingId === hearing.id)!,
          ),
        )}
        {content.continuing.map((hearing) => (
          <span key={hearing.id} className="calendar-grid__continues">
            {t('calendar.continues', { caseNumber: hearing.caseNumber || t('noNumber') })}
          </span>
        ))}
        {free && (
          <button
            type="button"
            className="calendar-grid__free"
            {...stopProps(free)}
            aria-label={t('calendar.freeLabel', {
              place: content.freeRoom ?? '',
              day: formatLongDay(column.date, i18n.language),
              time,
            })}
            onClick={() => onCommand('schedule', null, slotOf(free))}
          >
            {content.starting.length === 0 ? t('calendar.free') : '+'}
          </button>
        )}
      </td>
    );
  };

  return (
    <div className="calendar-grid__scroll">
      <table role="grid" className={`calendar-grid calendar-grid--${view}`} aria-label={label} data-testid="calendar-grid">
        <thead>
          <tr>
            <th scope="col" className="calendar-grid__corner">
              {t('calendar.time')}
            </th>
            {layout.columns.map((column, col) => (
              <th
                key={`${column.date}-${column.room ?? ''}`}
                scope="col"
                className={`calendar-grid__column${days.get(column.date)?.businessDay === false ? ' calendar-grid__column--closed' : ''}`}
              >
                {columnHeader(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((time, row) => (
            <tr key={time}>
              <th scope="row" className="calendar-grid__time">
                {time}
              </th>
              {layout.cells.map((column, col) => cell(column[row]!, col, row))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const stopElementId = (stopId: string) => `calendar-stop-${stopId}`;
