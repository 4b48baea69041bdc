// Recurring templates: "a Conducción Responsable checkpoint Thursday–Sunday nights at 22:00 for 5 hours"
// becomes one planned-operation draft per matching Córdoba date. Dates are walked as civil dates and each
// start is placed with the tz database, so a past or future change of Argentina's offset lands correctly.
import type { OperationType, Shift } from '../operations/codes.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { parseClock, parseIsoDate } from './shifts.ts';

export interface TemplatePlace {
  readonly barrio?: string;
  readonly address?: string;
  readonly lat?: number;
  readonly lng?: number;
}

export interface RosterTemplate {
  readonly type: OperationType;
  /** Córdoba weekdays the operation starts on: 0 = Sunday … 6 = Saturday. */
  readonly weekdays: readonly number[];
  readonly shift: Shift;
  readonly startTime: string; // 'HH:MM', Córdoba wall clock
  readonly durationMinutes: number; // elapsed time; may run past midnight
  readonly place?: TemplatePlace;
  readonly team?: string;
}

export interface OperationDraft {
  readonly type: OperationType;
  readonly shift: Shift;
  readonly date: string; // 'YYYY-MM-DD', the Córdoba date it starts on
  readonly start: number; // epoch ms
  readonly end: number;
  readonly place?: TemplatePlace;
  readonly team?: string;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Drafts for every date from `from` to `to` ('YYYY-MM-DD', both included) whose weekday the template names. */
export function expandTemplate(template: RosterTemplate, from: string, to: string): OperationDraft[] {
  const { weekdays, durationMinutes } = template;
  if (!weekdays.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) throw new RangeError('weekdays are 0 (Sunday) to 6');
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) throw new RangeError('duration must be whole minutes > 0');
  const minutes = parseClock(template.startTime);
  // Civil dates as plain day counts: no time zone is involved in walking the calendar.
  const first = Date.UTC(...ymd(parseIsoDate(from))) / DAY_MS;
  const last = Date.UTC(...ymd(parseIsoDate(to))) / DAY_MS;
  const drafts: OperationDraft[] = [];
  for (let day = first; day <= last; day++) {
    const civil = new Date(day * DAY_MS);
    if (!weekdays.includes(civil.getUTCDay())) continue;
    const [y, m, d] = [civil.getUTCFullYear(), civil.getUTCMonth() + 1, civil.getUTCDate()];
    const start = cordobaInstant(y, m, d, Math.floor(minutes / 60), minutes % 60);
    drafts.push({
      type: template.type,
      shift: template.shift,
      date: `${y}-${pad(m)}-${pad(d)}`,
      start,
      end: start + durationMinutes * 60_000,
      ...(template.place ? { place: template.place } : {}),
      ...(template.team !== undefined ? { team: template.team } : {}),
    });
  }
  return drafts;
}

const ymd = ([y, m, d]: [number, number, number]): [number, number, number] => [y, m - 1, d];
