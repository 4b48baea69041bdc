// Types t() against the es-AR dictionaries: a misspelt key or a missing translation is a compile error.
import type { resources } from '../../shared/i18n/resources.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: (typeof resources)['es-AR'];
  }
}
