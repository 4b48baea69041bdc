// One i18next instance for the renderer, over the same dictionaries the Node tools use.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/api/prefs.ts';
import { resources } from '../../shared/i18n/resources.ts';

export const SOURCE_LANGUAGE: Language = 'es-AR';

export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  // Registered before init, which itself emits languageChanged.
  instance.on('languageChanged', () => applyDocumentLanguage(instance));
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources[SOURCE_LANGUAGE]),
    defaultNS: 'ui',
    // React escapes what it renders; escaping here too would show "&amp;" in the UI.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Keeps the document's language and title in step with the UI language (screen readers, spell-check). */
function applyDocumentLanguage(instance: i18n): void {
  document.documentElement.lang = instance.language;
  document.title = instance.t('app.title');
}
