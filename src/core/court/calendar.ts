// Runs in: Node. A court's day or week (or every court's) out of the cache: the days as the dated settings say
// them, the hearings that start in them, and their conflicts — computed over every court's hearings of those days,
// since a judge or an offender double-booked across two courts is a conflict too.
import type { CourtCalendar, CourtCalendarInput } from '../../shared/api/court.ts';
import { calendarDays, holidaysOn } from '../../shared/court/calendar-days.ts';
import { hearingConflicts } from '../../shared/court/hearing-conflicts.ts';
import type { CourtCase } from '../../shared/records/court-case-schema.ts';
import type { Hearing } from '../../shared/records/hearing-schema.ts';
import { settingOnDay } from '../../shared/settings/dated.ts';
import { cordobaDayRange, cordobaIsoDate } from '../../shared/time/cordoba.ts';
import type { Cache } from '../cache/cache.ts';
import { unsyncedOf } from '../mutations/unsynced.ts';
import { settingsOf } from '../settings/settings-source.ts';

/** Judges are suggested from the court's hearings of a season around the days shown (not a year's scan). */
const JUDGES_WINDOW_MS = 90 * 86_400_000;

function casesOf(cache: Cache, hearings: readonly Hearing[]): Map<string, CourtCase> {
  const cases = new Map<string, CourtCase>();
  for (const { caseId } of hearings) {
    const found = cases.has(caseId) ? null : cache.records.get('court_case', caseId);
    if (found) cases.set(caseId, found);
  }
  return cases;
}

export function courtCalendar(cache: Cache, { courtId, from, days: count }: Required<CourtCalendarInput>, now: number): CourtCalendar {
  const settings = settingsOf(cache.records);
  const days = calendarDays(settings, from, count);
  const [start] = cordobaDayRange(from)!;
  const [, end] = cordobaDayRange(days.at(-1)!.date)!;
  const all = cache.hearings.startingBetween(start, end);
  const conflicts = hearingConflicts(all, casesOf(cache, all), {
    hearingHours: (day) => settingOnDay(settings, 'court.hearingHours', day),
    holidays: holidaysOn(settings, from),
  });
  const hearings = courtId === null ? all : all.filter((h) => h.courtId === courtId);
  const shown = new Set(hearings.map((h) => h.id));
  const unsynced = Object.fromEntries(Object.entries(unsyncedOf(cache, 'hearing')).filter(([id]) => shown.has(id)));
  return {
    today: cordobaIsoDate(now),
    days,
    courts: settingOnDay(settings, 'court.courts', from) ?? [],
    hearings,
    conflicts: conflicts.filter((c) => shown.has(c.hearingId)),
    judges: cache.hearings.judges(courtId, start - JUDGES_WINDOW_MS, end + JUDGES_WINDOW_MS),
    unsynced,
  };
}
