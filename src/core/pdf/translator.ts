// Runs in: Node. The texts of a printed document come from its i18n namespace (src/shared/i18n/<lang>/<ns>.ts), in
// the language the caller asks for. Keys are checked at compile time: a typo is a type error, not a blank line on
// paper.
import type { Language } from '../../shared/api/prefs.ts';
import { resources } from '../../shared/i18n/resources.ts';
import { interpolate, lookup } from '../../shared/i18n/translate.ts';

type Namespaces = (typeof resources)['es-AR'];

/** "a.b.c" for every string leaf of a dictionary. */
export type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslateKeys<Key extends string> = (key: Key, params?: Record<string, string | number>) => string;

export function documentTranslator<N extends keyof Namespaces>(namespace: N, language: Language): TranslateKeys<Leaves<Namespaces[N]>> {
  const dict = resources[language][namespace];
  return (key, params) => {
    const template = lookup(dict, key);
    // Unreachable with a typed key; thrown rather than printed, so a broken dictionary never reaches paper.
    if (template === undefined) throw new Error(`${namespace}: no text for ${key} in ${language}`);
    return interpolate(template, params);
  };
}
