// The name of one bar or point of an indicator's chart (IndicatorValue.breakdown): a month ('2026-03' → "mar 2026"),
// a complaint channel, a court case status, an offence category, a shift — in the words other workspaces already
// use. A key no list knows (a code newer than this console) is shown as it is.
import type { IndicatorValue } from '../../../../shared/api/insights.ts';
import { CASE_STATUSES } from '../../../../shared/court/case-status.ts';
import { COMPLAINT_CHANNELS, INCIDENT_CATEGORIES } from '../../../../shared/dispatch/codes.ts';
import { SHIFTS } from '../../../../shared/operations/codes.ts';
import { OFFENCE_CATEGORIES } from '../../../../shared/settings/catalogue.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import type { InsightsT } from '../insights-t.ts';

type BreakdownBy = IndicatorValue['breakdown']['by'];

const months = new Map<string, Intl.DateTimeFormat>();

function monthLabel(key: string, locale: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (!m) return key;
  let format = months.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    months.set(locale, format);
  }
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}

export function breakdownLabel(by: BreakdownBy, key: string, t: InsightsT, locale: string): string {
  switch (by) {
    case 'month':
      return monthLabel(key, locale);
    case 'channel':
      return isOneOf(COMPLAINT_CHANNELS, key) ? t(`incidents:channel.${key}`) : key;
    case 'status':
      return isOneOf(CASE_STATUSES, key) ? t(`courtDesk:status.${key}`) : key;
    case 'category':
      // An offence category (findings, notices); a complaint's category otherwise (the lists share most codes).
      if (isOneOf(OFFENCE_CATEGORIES, key)) return t(`datedSettings:field.${key}`);
      return isOneOf(INCIDENT_CATEGORIES, key) ? t(`incidents:category.${key}`) : key;
    case 'shift':
      return isOneOf(SHIFTS, key) ? t(`ui:shift.${key}`) : key;
  }
}
