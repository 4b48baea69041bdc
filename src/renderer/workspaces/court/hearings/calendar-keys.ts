// The calendar's shortcuts (the help line under the grid says them): what a key does on the focused stop. Enter
// and Space are the buttons' own (open the hearing, book the free slot), so they are not here; the arrows,
// Home and End move the focus (calendar-model.ts: moveFocus). Letters act only without Ctrl, Alt or Meta, so the
// browser's and the screen reader's own shortcuts keep working.
export type CalendarCommand = 'open' | 'schedule' | 'reschedule' | 'cancel' | 'openCase' | 'previous' | 'next' | 'today';

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>;

export function calendarCommand(event: KeyEventLike, onHearing: boolean): CalendarCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'PageUp':
      return 'previous';
    case 'PageDown':
      return 'next';
    case 't':
    case 'T':
      return 'today';
    case 'r':
    case 'R':
      return onHearing ? 'reschedule' : null;
    case 'Delete':
      return onHearing ? 'cancel' : null;
    case 'e':
    case 'E':
      return onHearing ? 'openCase' : null;
    default:
      return null;
  }
}
