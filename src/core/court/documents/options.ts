// Options every court document takes.
import type { Language } from '../../../shared/api/prefs.ts';

export interface RenderOptions {
  /** The language of the document's texts; es-AR unless asked. */
  readonly language?: Language;
}
