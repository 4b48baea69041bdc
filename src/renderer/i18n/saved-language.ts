// The UI language is a preference kept by the console core (see src/shared/api/prefs.ts).
import type { ApiClient } from '../../shared/api/client.ts';
import { PREF_SCHEMAS, type Language } from '../../shared/api/prefs.ts';
import { SOURCE_LANGUAGE } from './setup.ts';

/** The saved language, or es-AR when none is saved or the host cannot be asked (the UI must still start). */
export async function loadSavedLanguage(api: ApiClient): Promise<Language> {
  try {
    const { value } = await api.call('prefs.get', { key: 'ui.language' });
    const parsed = PREF_SCHEMAS['ui.language'].safeParse(value);
    return parsed.success ? parsed.data : SOURCE_LANGUAGE;
  } catch {
    return SOURCE_LANGUAGE;
  }
}
