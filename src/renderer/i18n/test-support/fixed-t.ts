// A real i18next over the real dictionaries, for unit tests of text helpers (no DOM, no React).
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../shared/api/prefs.ts';
import { resources } from '../../../shared/i18n/resources.ts';

export async function fixedT(language: Language): Promise<TFunction<'ui'>> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, defaultNS: 'ui', ns: ['ui'], interpolation: { escapeValue: false } });
  return instance.getFixedT(language, 'ui') as TFunction<'ui'>;
}
