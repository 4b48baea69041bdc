import { describe, expect, it } from 'vitest';
import { cordobaCivil, cordobaInstant } from '../time/cordoba.ts';
import { expandTemplate, type RosterTemplate } from './templates.ts';

const CHECKPOINT: RosterTemplate = {
  type: 'alcohol_test',
  weekdays: [4, 5, 6, 0], // Thursday–Sunday
  shift: 'night',
  startTime: '22:00',
  durationMinutes: 300,
  place: { barrio: 'Nueva Córdoba', address: 'Av. Hipólito Yrigoyen y Obispo Trejo' },
};

describe('recurring templates', () => {
  it.each([
    // from          to              dates the checkpoint is planned on
    ['2026-11-23', '2026-11-29', ['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']],
    ['2026-11-27', '2026-11-27', ['2026-11-27']],
    ['2026-11-23', '2026-11-25', []], // Monday–Wednesday
    ['2026-11-29', '2026-11-23', []], // an empty range
    ['2026-12-31', '2027-01-03', ['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']],
    ['2028-02-27', '2028-03-02', ['2028-02-27', '2028-03-02']], // Sunday 27 Feb, leap day a Tuesday, Thursday 2 Mar
  ])('Thursday–Sunday nights from %s to %s', (from, to, dates) => {
    expect(expandTemplate(CHECKPOINT, from, to).map((d) => d.date)).toEqual(dates);
  });

  it('places each start at 22:00 in Córdoba and runs 5 hours into the next day', () => {
    const [thursday] = expandTemplate(CHECKPOINT, '2026-11-26', '2026-11-26');
    expect(thursday).toEqual({
      type: 'alcohol_test',
      shift: 'night',
      date: '2026-11-26',
      place: CHECKPOINT.place,
      start: Date.UTC(2026, 10, 27, 1, 0), // 22:00 UTC−3
      end: Date.UTC(2026, 10, 27, 6, 0),
    });
    expect(cordobaCivil(thursday!.end)).toMatchObject({ day: 27, hour: 3 });
  });

  it('follows the tz database where Argentina changed its offset (summer time ended 15 Mar 2009)', () => {
    const drafts = expandTemplate(CHECKPOINT, '2009-03-12', '2009-03-16');
    expect(drafts.map((d) => d.date)).toEqual(['2009-03-12', '2009-03-13', '2009-03-14', '2009-03-15']);
    for (const d of drafts) expect(cordobaCivil(d.start)).toMatchObject({ hour: 22, minute: 0 });
    // UTC−2 on the 14th, UTC−3 from the 15th: the same wall-clock start is 25 hours apart across the change.
    expect(drafts[3]!.start - drafts[2]!.start).toBe(25 * 3_600_000);
    expect(drafts[2]!.start).toBe(Date.UTC(2009, 2, 15, 0, 0));
  });

  it('keeps the team and the minutes of the start time', () => {
    const [draft] = expandTemplate({ ...CHECKPOINT, startTime: '21:45', team: 'Equipo Norte', weekdays: [4] }, '2026-11-26', '2026-11-26');
    expect(draft).toMatchObject({ team: 'Equipo Norte', start: cordobaInstant(2026, 11, 26, 21, 45) });
  });

  it.each<[string, Partial<RosterTemplate>, string, string]>([
    ['a weekday of 7', { weekdays: [7] }, '2026-11-23', '2026-11-29'],
    ['a zero duration', { durationMinutes: 0 }, '2026-11-23', '2026-11-29'],
    ['a malformed start time', { startTime: '22h' }, '2026-11-23', '2026-11-29'],
    ['an impossible date', {}, '2026-02-30', '2026-03-05'],
  ])('refuses %s', (_, change, from, to) => {
    expect(() => expandTemplate({ ...CHECKPOINT, ...change }, from, to)).toThrow(RangeError);
  });
});
