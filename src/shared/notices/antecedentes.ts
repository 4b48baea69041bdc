// "Warn first, sanction on repeat": what an identity's earlier findings suggest for the one being written. A warning
// stays "warned before" for the months the indicators follow a warning up ('insights.rules' warningFollowUpMonths);
// a notice or acta makes a repeat within the repeat-offender window (repeatWindowMonths). Older findings are still
// listed as antecedentes, they just no longer change the suggestion. Windows are counted in Córdoba days.
import type { FindingOutcome } from '../rules/findings.ts';
import type { SettingValue } from '../settings/catalogue.ts';
import { addMonthsIso } from '../settings/iso-date.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';

export type AntecedentesSuggestion = 'first_time' | 'warned' | 'repeat';

export type AntecedentesRules = Pick<SettingValue<'insights.rules'>, 'warningFollowUpMonths' | 'repeatWindowMonths'>;

/** Whether `at` falls on or after the Córdoba day `months` before today. */
function within(at: number, months: number, now: number): boolean {
  return cordobaIsoDate(at) >= addMonthsIso(cordobaIsoDate(now), -months);
}

export function antecedentesSuggestion(
  findings: readonly { readonly at: number; readonly outcome: FindingOutcome }[],
  rules: AntecedentesRules,
  now: number,
): AntecedentesSuggestion {
  const earlier = findings.filter((f) => f.at <= now);
  if (earlier.some((f) => (f.outcome === 'notice' || f.outcome === 'acta') && within(f.at, rules.repeatWindowMonths, now))) return 'repeat';
  if (earlier.some((f) => f.outcome === 'warning' && within(f.at, rules.warningFollowUpMonths, now))) return 'warned';
  return 'first_time';
}
