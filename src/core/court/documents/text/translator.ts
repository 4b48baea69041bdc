// The court documents' texts: the i18n namespace courtDocuments (src/shared/i18n/<lang>/court-documents.ts).
import type { Language } from '../../../../shared/api/prefs.ts';
import type { resources } from '../../../../shared/i18n/resources.ts';
import { documentTranslator, type Leaves, type TranslateKeys } from '../../../pdf/translator.ts';

export type MessageKey = Leaves<(typeof resources)['es-AR']['courtDocuments']>;
export type Translate = TranslateKeys<MessageKey>;

export const DEFAULT_LANGUAGE: Language = 'es-AR';

export function translator(language: Language): Translate {
  return documentTranslator('courtDocuments', language);
}
