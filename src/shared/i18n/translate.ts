// Minimal interpolating translator for Node-side tools (CLI, hosts). The renderer uses i18next over the same
// dictionaries; both read {{name}} placeholders.
import { LANGUAGES, type Language } from '../api/prefs.ts';

type Dict = { readonly [key: string]: string | Dict };

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

export function lookup(dict: Dict, key: string): string | undefined {
  let node: string | Dict | undefined = dict;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** es-AR unless the environment asks for English (LANG=en…, or an explicit choice). */
export function pickLanguage(explicit?: string, envLang: string = ''): Language {
  if (explicit && (LANGUAGES as readonly string[]).includes(explicit)) return explicit as Language;
  return envLang.toLowerCase().startsWith('en') ? 'en' : 'es-AR';
}
