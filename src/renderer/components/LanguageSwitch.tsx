// Changes the UI language at once and saves it as a preference for the next start.
import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, PREF_SCHEMAS } from '../../shared/api/prefs.ts';
import { useApi } from '../api/ApiContext.tsx';

export function LanguageSwitch({ onSaveError }: { readonly onSaveError: (error: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();

  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    const parsed = PREF_SCHEMAS['ui.language'].safeParse(event.target.value);
    if (!parsed.success) return;
    void i18n.changeLanguage(parsed.data);
    api.call('prefs.set', { key: 'ui.language', value: parsed.data }).catch(onSaveError);
  };

  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={i18n.language} onChange={change} data-testid="language-switch">
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
