// Runs in: tests only. A real i18next over the real dictionaries, fixed to the insightsStudies namespace, for the
// unit tests of the studies' text helpers (no DOM, no React).
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../../../shared/api/prefs.ts';
import { resources } from '../../../../../shared/i18n/resources.ts';

export async function studiesT(language: Language): Promise<TFunction<'insightsStudies'>> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    defaultNS: 'insightsStudies',
    ns: ['insightsStudies'],
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(language, 'insightsStudies') as TFunction<'insightsStudies'>;
}
