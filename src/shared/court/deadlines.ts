// Terms of the procedure counted from a notification (docs/DOMAIN.md, Court procedure): the defence (descargo)
// deadline per offence category, in business or calendar days as the dated setting says, and what is left of it.
import type { DefenceDeadline } from '../settings/catalogue.ts';
import { addDaysIso, type IsoDate } from '../settings/iso-date.ts';
import { addBusinessDays, businessDaysBetween } from './business-days.ts';

/** The last day to file a defence when notified on `notifiedOn` (the term runs from the next day). */
export function defenceDeadline(notifiedOn: IsoDate, term: DefenceDeadline, holidays: ReadonlySet<IsoDate>): IsoDate {
  return term.businessDays ? addBusinessDays(notifiedOn, term.days, holidays) : addDaysIso(notifiedOn, term.days);
}

export type TermLeft =
  | { readonly state: 'open'; readonly due: IsoDate; readonly businessDaysLeft: number }
  | { readonly state: 'last_day'; readonly due: IsoDate }
  | { readonly state: 'expired'; readonly due: IsoDate };

/** Where a term stands on `today`: open with N business days left after today, its last day, or expired. */
export function termLeft(due: IsoDate, today: IsoDate, holidays: ReadonlySet<IsoDate>): TermLeft {
  if (today > due) return { state: 'expired', due };
  if (today === due) return { state: 'last_day', due };
  return { state: 'open', due, businessDaysLeft: businessDaysBetween(today, due, holidays) };
}
