// Every language must mirror the es-AR dictionaries exactly: same keys, nothing empty, same placeholders.
// The Messages type already checks keys at compile time; this also catches placeholder drift and blanks.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../api/prefs.ts';
import { resources, type Namespace } from './resources.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

const namespaces = Object.keys(resources['es-AR']) as Namespace[];

describe('i18n resources', () => {
  it('has every language of the preferences', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(namespaces)('es-AR namespace %s has no empty strings', (ns) => {
    for (const [key, text] of leaves(resources['es-AR'][ns])) expect(text.trim(), key).not.toBe('');
  });

  for (const language of LANGUAGES.filter((l) => l !== 'es-AR')) {
    describe(language, () => {
      it.each(namespaces)('namespace %s has exactly the es-AR keys', (ns) => {
        const source = leaves(resources['es-AR'][ns]);
        const translated = leaves(resources[language][ns]);
        expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
      });

      it.each(namespaces)('namespace %s has no empty strings', (ns) => {
        for (const [key, text] of leaves(resources[language][ns])) expect(text.trim(), key).not.toBe('');
      });

      it.each(namespaces)('namespace %s keeps the {{placeholders}} of es-AR', (ns) => {
        const translated = leaves(resources[language][ns]);
        for (const [key, text] of leaves(resources['es-AR'][ns])) {
          expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
        }
      });
    });
  }
});
