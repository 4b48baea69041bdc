// Runs in: tests only. The incident desk's words from a real i18next over the real dictionaries, for the unit
// tests of its text helpers (no DOM, no React).
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../../../shared/api/prefs.ts';
import { resources } from '../../../../../shared/i18n/resources.ts';
import type { DeskText } from '../desk-text.ts';

export async function deskText(language: Language): Promise<DeskText> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, ns: ['incidentDesk', 'incidents', 'ui'], interpolation: { escapeValue: false } });
  return {
    t: instance.getFixedT(language, 'incidentDesk') as TFunction<'incidentDesk'>,
    codes: instance.getFixedT(language, 'incidents') as TFunction<'incidents'>,
    ui: instance.getFixedT(language, 'ui') as TFunction<'ui'>,
    language,
  };
}
