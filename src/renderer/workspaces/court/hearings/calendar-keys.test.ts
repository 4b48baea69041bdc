// The calendar's shortcuts, on a hearing and on a free slot.
import { describe, expect, it } from 'vitest';
import { calendarCommand } from './calendar-keys.ts';

const key = (k: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('calendar shortcuts', () => {
  it.each([
    [key('PageUp'), false, 'previous'],
    [key('PageDown'), true, 'next'],
    [key('t'), false, 'today'],
    [key('R', { shiftKey: true }), true, 'reschedule'],
    [key('r'), false, null],
    [key('Delete'), true, 'cancel'],
    [key('Delete'), false, null],
    [key('e'), true, 'openCase'],
    [key('r', { ctrlKey: true }), true, null],
    [key('PageDown', { altKey: true }), true, null],
    [key('Enter'), true, null],
    [key('x'), true, null],
  ])('%j on a hearing (%s) → %s', (event, onHearing, expected) => expect(calendarCommand(event, onHearing)).toBe(expected));
});
