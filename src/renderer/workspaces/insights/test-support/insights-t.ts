// Runs in: tests only. A real i18next over the real dictionaries with Indicadores' namespaces, for the unit tests of
// its text helpers (no DOM, no React).
import i18next from 'i18next';
import type { Language } from '../../../../shared/api/prefs.ts';
import { resources } from '../../../../shared/i18n/resources.ts';
import { INSIGHTS_NAMESPACES, type InsightsT } from '../insights-t.ts';

export async function insightsT(language: Language): Promise<InsightsT> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    defaultNS: 'insights',
    ns: [...INSIGHTS_NAMESPACES],
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(language, [...INSIGHTS_NAMESPACES]) as InsightsT;
}
