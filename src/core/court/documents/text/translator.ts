// The documents' texts come from the i18n namespace courtDocuments (src/shared/i18n/<lang>/court-documents.ts), in
// the language the caller asks for. Keys are checked at compile time: a typo is a type error, not a blank line in
// a court document.
import type { Language } from '../../../../shared/api/prefs.ts';
import { resources } from '../../../../shared/i18n/resources.ts';
import { interpolate, lookup } from '../../../../shared/i18n/translate.ts';

type Dict = (typeof resources)['es-AR']['courtDocuments'];

/** "a.b.c" for every string leaf of the dictionary. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Dict>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const DEFAULT_LANGUAGE: Language = 'es-AR';

export function translator(language: Language): Translate {
  const dict = resources[language].courtDocuments;
  return (key, params) => {
    const template = lookup(dict, key);
    // Unreachable with a typed key; thrown rather than printed, so a broken dictionary never reaches paper.
    if (template === undefined) throw new Error(`court-documents: no text for ${key} in ${language}`);
    return interpolate(template, params);
  };
}
