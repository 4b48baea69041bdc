// Runs in: Node. This cache's client id for the hub: made once, with the cache (a rebuilt cache is a new client).
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import type { Cache } from '../cache/cache.ts';

const CLIENT_ID_KEY = 'client_id';

export function clientIdOf(cache: Cache): string {
  let id = cache.meta.get(CLIENT_ID_KEY);
  if (!id) cache.meta.set(CLIENT_ID_KEY, (id = uuidv7(Date.now())));
  return id;
}
