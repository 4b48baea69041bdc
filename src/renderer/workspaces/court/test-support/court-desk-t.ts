// Runs in: tests only. A real i18next over the real dictionaries, fixed to the courtDesk namespace, for the unit
// tests of the desk's text helpers (no DOM, no React).
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../../shared/api/prefs.ts';
import { resources } from '../../../../shared/i18n/resources.ts';

export async function courtDeskT(language: Language): Promise<TFunction<'courtDesk'>> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, defaultNS: 'courtDesk', ns: ['courtDesk'], interpolation: { escapeValue: false } });
  return instance.getFixedT(language, 'courtDesk') as TFunction<'courtDesk'>;
}
