// A real i18next over the real dictionaries, fixed to one namespace, for unit tests of text helpers (no DOM, no React).
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../shared/api/prefs.ts';
import { resources, type Namespace } from '../../../shared/i18n/resources.ts';

export async function fixedT<N extends Namespace = 'ui'>(language: Language, ns: N = 'ui' as N): Promise<TFunction<N>> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, defaultNS: ns, ns: [ns], interpolation: { escapeValue: false } });
  return instance.getFixedT(language, ns) as TFunction<N>;
}
