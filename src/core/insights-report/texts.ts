// Runs in: Node. The report's words in the language asked for: its own namespace (insightsReport) and the
// workspace's (insights: each indicator's name, basis and definition, the units, what a breakdown is by), so the
// paper and the screen explain an indicator in the same words.
import type { Language } from '../../shared/api/prefs.ts';
import { documentTranslator } from '../pdf/translator.ts';

export type ReportTranslate = ReturnType<typeof reportTranslators>['t'];
export type InsightsTranslate = ReturnType<typeof reportTranslators>['ti'];

export const DEFAULT_LANGUAGE: Language = 'es-AR';

export function reportTranslators(language: Language) {
  return { t: documentTranslator('insightsReport', language), ti: documentTranslator('insights', language) };
}

/** The key of a plural form ("…_one" for 1, "…_other" otherwise), as i18next names them. */
export const plural = <K extends string>(key: K, count: number): `${K}_one` | `${K}_other` => (count === 1 ? `${key}_one` : `${key}_other`);
