// How the Turnos view writes names, times and conflicts in the current language (Córdoba civil time).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterWeekView } from '../../../../shared/api/planning.ts';
import type { Conflict } from '../../../../shared/roster/types.ts';
import { CORDOBA_TZ } from '../../../../shared/time/cordoba.ts';
import { formatDays } from '../people/absence-days.ts';
import { describeConflict, type ConflictWriter } from './conflict-text.ts';

export interface RosterText {
  /** "Control de alcoholemia, jue 26/11 22:00". */
  operation(id: string): string;
  conflict(c: Conflict): string;
  time(epochMs: number): string;
  date(epochMs: number): string;
  /** "jue 26/11 22:00" (Córdoba). */
  dayTime(epochMs: number): string;
  /** "jue 26/11" of a civil date 'YYYY-MM-DD'. */
  day(isoDate: string): string;
  weekday(day: number): string;
}

export function useRosterText(view: RosterWeekView | null): RosterText {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, { timeZone: CORDOBA_TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    // Weekday and day apart: with both in one pattern some ICU builds write es-AR days as "03-12".
    const weekdayOf = (zone: string) => new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short' });
    const dayOf = (zone: string) => new Intl.DateTimeFormat(locale, { timeZone: zone, day: '2-digit', month: '2-digit' });
    const [cordobaWeekday, cordobaDay, civilWeekday, civilDate] = [
      weekdayOf(CORDOBA_TZ),
      dayOf(CORDOBA_TZ),
      weekdayOf('UTC'),
      dayOf('UTC'),
    ];
    const dayMonth = { format: (ms: number) => `${cordobaWeekday.format(ms)} ${cordobaDay.format(ms)}` };
    const civilDay = { format: (ms: number) => `${civilWeekday.format(ms)} ${civilDate.format(ms)}` };
    const longWeekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
    const date = new Intl.DateTimeFormat(locale, { timeZone: CORDOBA_TZ, day: '2-digit', month: '2-digit', year: 'numeric' });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const or = new Intl.ListFormat(locale, { type: 'disjunction' });
    const operations = new Map((view?.operations ?? []).map((o) => [o.id, o]));
    const people = new Map((view?.people ?? []).map((p) => [p.id, p]));
    const resources = new Map((view?.resources ?? []).map((r) => [r.id, r]));
    const operation = (id: string) => {
      const o = operations.get(id);
      return o
        ? t('roster.operationRef', {
            type: t(`operationType.${o.type}`),
            day: dayMonth.format(o.plannedStart),
            time: time.format(o.plannedStart),
          })
        : id;
    };
    const writer: ConflictWriter = {
      personName: (id) => people.get(id)?.name ?? id,
      resourceLabel: (id) => resources.get(id)?.label ?? id,
      resourceKind: (id) => resources.get(id)?.kind,
      operation,
      qualifications: (anyOf) => or.format(anyOf.map((q) => t(`roster.qualification.${q}`).toLowerCase())),
      instrument: (kind) => t(`roster.instrument.${kind}`),
      number: (value) => number.format(value),
      date: (ms) => date.format(ms),
      absence: (kind) => t(`roster.absence.${kind}`),
      days: (from, to) => formatDays(from, to, locale),
    };
    return {
      operation,
      conflict: (c) => {
        const x = describeConflict(c, writer);
        switch (x.sentence) {
          case 'double_booking_person':
            return t('roster.conflict.double_booking_person', x.params);
          case 'double_booking_resource':
            return t('roster.conflict.double_booking_resource', x.params);
          case 'vehicle_reserved':
            return t('roster.conflict.vehicle_reserved', x.params);
          case 'short_rest':
            return t('roster.conflict.short_rest', x.params);
          case 'weekly_hours':
            return t('roster.conflict.weekly_hours', x.params);
          case 'missing_qualification':
            return t('roster.conflict.missing_qualification', x.params);
          case 'missing_equipment':
            return t('roster.conflict.missing_equipment', x.params);
          case 'out_of_calibration_breathalyser':
            return t('roster.conflict.out_of_calibration_breathalyser', x.params);
          case 'out_of_calibration_sound_meter':
            return t('roster.conflict.out_of_calibration_sound_meter', x.params);
          case 'never_calibrated':
            return t('roster.conflict.never_calibrated', x.params);
          case 'person_inactive':
            return t('roster.conflict.person_inactive', x.params);
          case 'person_away':
            return t('roster.conflict.person_away', x.params);
          case 'vehicle_workshop':
            return t('roster.conflict.vehicle_workshop', x.params);
          case 'vehicle_seats':
            return t('roster.conflict.vehicle_seats', x.params);
        }
      },
      time: (ms) => time.format(ms),
      date: (ms) => date.format(ms),
      dayTime: (ms) => `${dayMonth.format(ms)} ${time.format(ms)}`,
      day: (isoDate) => civilDay.format(Date.parse(`${isoDate}T12:00:00Z`)),
      // 2023-01-01 was a Sunday (weekday 0).
      weekday: (day) => longWeekday.format(Date.UTC(2023, 0, 1 + day, 12)),
    };
  }, [t, locale, view]);
}
