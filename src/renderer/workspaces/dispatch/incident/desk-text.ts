// The words of Despacho's incident panel and alerts: the panel's own (incidentDesk), the codes' labels (incidents:
// categories, statuses, steps, alert kinds) and the units' (ui: unit statuses and kinds), with the language for
// dates and numbers. One bundle, so the text helpers take one argument and their tests build it from the real
// dictionaries (test-support/desk-text.ts).
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface DeskText {
  readonly t: TFunction<'incidentDesk'>;
  readonly codes: TFunction<'incidents'>;
  readonly ui: TFunction<'ui'>;
  readonly language: string;
}

export function useDeskText(): DeskText {
  const { t, i18n } = useTranslation('incidentDesk');
  const { t: codes } = useTranslation('incidents');
  const { t: ui } = useTranslation('ui');
  return useMemo(() => ({ t, codes, ui, language: i18n.language }), [t, codes, ui, i18n.language]);
}
