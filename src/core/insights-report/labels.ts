// Runs in: Node. A breakdown row's key as the report prints it, in the words the rest of the console uses for the
// same codes (Despacho's channels, the notices' offence categories, the court desk's statuses).
import type { IndicatorValue } from '../../shared/api/insights.ts';
import type { Language } from '../../shared/api/prefs.ts';
import type { CaseStatus } from '../../shared/court/case-status.ts';
import type { ComplaintChannel } from '../../shared/dispatch/codes.ts';
import type { Shift } from '../../shared/operations/codes.ts';
import type { OffenceCategory } from '../../shared/settings/catalogue.ts';
import { documentTranslator } from '../pdf/translator.ts';
import type { ReportFormatter } from './format.ts';

type BreakdownBy = IndicatorValue['breakdown']['by'];

interface LabelContext {
  readonly fmt: ReportFormatter;
  readonly language: Language;
}

/**
 * A breakdown row's key in words: a month ("mar 2026" in a table; "mar" under a bar, with the year under the
 * first bar and under January), a complaint channel, an offence category, a case status, a shift.
 */
export function breakdownLabel(ctx: LabelContext, by: BreakdownBy, key: string, form: 'table' | 'bar' | 'firstBar'): string {
  switch (by) {
    case 'month': {
      const { month, year } = ctx.fmt.monthShort(key);
      if (form === 'table') return `${month} ${year}`;
      return form === 'firstBar' || key.endsWith('-01') ? `${month}\n${year}` : month;
    }
    case 'channel':
      return documentTranslator('incidents', ctx.language)(`channel.${key as ComplaintChannel}`);
    case 'category':
      return documentTranslator('notices', ctx.language)(`category.${key as OffenceCategory}`);
    case 'status':
      return documentTranslator('courtDesk', ctx.language)(`status.${key as CaseStatus}`);
    case 'shift':
      return documentTranslator('ui', ctx.language)(`shift.${key as Shift}`);
  }
}
