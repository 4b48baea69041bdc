// Runs in: Node. The hub the person chose in the settings screen, kept in the cache's prefs table under a key
// the renderer's prefs.get/prefs.set cannot reach (it is changed only through the session.* methods).
// Never a password: a remote hub is remembered by its URL and the username last used on it.
import { z } from 'zod';
import type { Cache } from '../cache/cache.ts';

export const HUB_CHOICE_KEY = 'hub.choice';

export const HubChoiceSchema = z.discriminatedUnion('kind', [
  /** username: the demo account chosen (absent: the demo dispatcher). */
  z.object({ kind: z.literal('embedded'), username: z.string().min(1).max(64).optional() }),
  z.object({ kind: z.literal('remote'), url: z.string().min(1).max(2048), username: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('off') }),
]);
export type HubChoice = z.infer<typeof HubChoiceSchema>;

export const DEFAULT_HUB_CHOICE: HubChoice = { kind: 'embedded' };

/** The saved choice; the default (embedded) when none was saved or what is there is not understood. */
export function readHubChoice(cache: Cache): HubChoice {
  const parsed = HubChoiceSchema.safeParse(cache.prefs.get(HUB_CHOICE_KEY));
  return parsed.success ? parsed.data : DEFAULT_HUB_CHOICE;
}

export function saveHubChoice(cache: Cache, choice: HubChoice): void {
  cache.prefs.set(HUB_CHOICE_KEY, choice);
}
