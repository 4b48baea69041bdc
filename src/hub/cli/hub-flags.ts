// Runs in: Node. Settings shared by the hub's commands: the data dir (flag, then HUB_DATA_DIR, then the per-user
// default), the opening of the store with translated errors, and a hub address given with --hub.
import fs from 'node:fs';
import path from 'node:path';
import { CacheUnavailableError } from '../../core/cache/open.ts';
import { defaultDataDir } from '../../core/data-dir.ts';
import { HUB_STORE_FILE, openHubStore, type HubStore } from '../store/hub-store.ts';
import { USAGE_ERROR, type HubOutput } from './hub-output.ts';

export const LANG_FLAG = { kind: 'choice', choices: ['es-AR', 'en'] } as const;

export function hubDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag ?? (env.HUB_DATA_DIR || path.join(defaultDataDir(env), 'hub')));
}

export function storeUnavailable(out: HubOutput, dataDir: string, err: unknown): never {
  const reason = err instanceof CacheUnavailableError ? err.reason : 'unreadable';
  return out.fail('store_unavailable', { file: path.join(dataDir, HUB_STORE_FILE), reason: out.text(`reason_${reason}`) });
}

export function openStoreOrExit(out: HubOutput, dataDir: string): HubStore {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return openHubStore(dataDir);
  } catch (err) {
    return storeUnavailable(out, dataDir, err);
  }
}

/** A --hub address: http(s), with a host; anything else is a usage error. */
export function checkHubUrl(out: HubOutput, url: string): string {
  if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) out.fail('bad_hub_url', { value: url.slice(0, 80) }, USAGE_ERROR);
  return url;
}
