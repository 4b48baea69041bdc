// Runs in: Node (tests only). A real console core following a real hub, cleaned up after each test, plus the
// helpers such tests need: a call that must succeed, and polling (the sync is asynchronous by nature).
import { afterEach } from 'vitest';
import { createConsoleCore, type ConsoleCore } from '../../core/console-core.ts';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { Role } from '../../shared/auth/roles.ts';
import type { SyncStatus } from '../../shared/live/sync-status.ts';
import { startHub, type Hub } from '../hub.ts';
import { testStore } from './test-store.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A hub on the run's store (test-store.ts) with `units` demo units (and demo users) and the demo story of
 * `demoOperations` (none by default), closed after the test.
 */
export async function hubAt(dataDir: string, options: { port?: number; units?: number; demoOperations?: number } = {}): Promise<Hub> {
  const hub = await startHub({
    ...testStore(dataDir),
    port: options.port ?? 0,
    demoUnits: options.units ?? 4,
    demoOperations: options.demoOperations,
  });
  cleanups.push(() => hub.close());
  return hub;
}

/**
 * A console core logged in to `hub` as its demo user of `role`; no hub at all when `hub` is null. `url`: reach
 * the hub there instead (e.g. through a NetworkLink).
 */
export function consoleFor(hub: Hub | null, options: { role?: Role; dataDir?: string; url?: string } = {}): ConsoleCore {
  const user = hub?.demo!.users.find((u) => u.role === (options.role ?? 'dispatcher'));
  const core = createConsoleCore({
    dataDir: options.dataDir ?? tempDir(),
    host: 'browser',
    version: 'test',
    demo: false,
    log: () => {},
    hub: hub && user ? { url: options.url ?? hub.url, credentials: { username: user.username, password: user.password } } : null,
  });
  cleanups.push(() => core.close());
  return core;
}

export async function eventually<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const syncStatus = async (core: ConsoleCore): Promise<SyncStatus> =>
  ((await core.dispatch('sync.status', {})) as { value: SyncStatus }).value;

/** Calls a console method that must succeed; its error, if any, fails the test with the method's name. */
export async function call<T>(core: ConsoleCore, method: string, input: unknown): Promise<T> {
  const result = (await core.dispatch(method, input)) as ApiResult<T>;
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Waits until the console follows the hub live (logged in and caught up). */
export const untilLive = (core: ConsoleCore, timeoutMs?: number): Promise<SyncStatus> =>
  eventually(
    () => syncStatus(core),
    (s) => s.state === 'live',
    timeoutMs,
  );
