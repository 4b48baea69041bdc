// Runs in: Node. The months a monthly report is about: its own (the first to the last day, Córdoba days), the
// month before and the same month a year before (the headline's comparison) and the twelve months up to it (the
// charts of indicators broken down by month). Records are for 2000–2100: a month outside has nothing to count.
import { addDaysIso, addMonthsIso, EARLIEST_DATE, LATEST_DATE, type IsoDate } from '../../shared/settings/iso-date.ts';

/** "YYYY-MM", as MonthSchema accepts it. */
export type Month = string;

export interface DayRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The month `months` later (negative: earlier). */
export function addMonths(month: Month, months: number): Month {
  return addMonthsIso(`${month}-01`, months).slice(0, 7);
}

/** The first day of `first` to the last day of `last`, cut to the records' years; null when nothing is left. */
export function monthsRange(first: Month, last: Month): DayRange | null {
  const from = `${first}-01` < EARLIEST_DATE ? EARLIEST_DATE : `${first}-01`;
  const to = addDaysIso(`${addMonths(last, 1)}-01`, -1);
  if (to < from || to > LATEST_DATE) return null;
  return { from, to };
}

export interface ReportMonths {
  readonly month: DayRange | null;
  readonly previousMonth: DayRange | null;
  readonly previousYear: DayRange | null;
  readonly trend: DayRange | null;
}

export function reportMonths(month: Month): ReportMonths {
  const single = (m: Month) => monthsRange(m, m);
  return {
    month: single(month),
    previousMonth: single(addMonths(month, -1)),
    previousYear: single(addMonths(month, -12)),
    trend: monthsRange(addMonths(month, -11), month),
  };
}
