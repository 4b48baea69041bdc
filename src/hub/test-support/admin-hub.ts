// Runs in: Node (tests only). For the administration tests: a real hub with demo data on the run's store
// (test-store.ts), a second connection to that store (as the CLI has) to look at what changed, and the demo
// administrator's console, connected again before each test (hub-clients.ts closes every socket after each one). One
// login per file: the hub lets an address log in only twice a second.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startHub, type Hub } from '../hub.ts';
import type { HubStore } from '../store/hub-store.ts';
import { connectConsole, loginAs } from './hub-clients.ts';
import { openTestStore, testStore } from './test-store.ts';

export interface AdminHub {
  readonly hub: Hub;
  readonly store: HubStore;
  /** The demo administrator's console, for the running test. */
  readonly admin: Socket;
}

/** Registers the file's hooks; the fields are there from its first test on. */
export function adminHub(demoUnits: number): AdminHub {
  let root: string;
  let token: string;
  const current = {} as { hub: Hub; store: HubStore; admin: Socket };
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-admin-'));
    current.hub = await startHub({ ...testStore(root), demoUnits });
    current.store = openTestStore(root);
    token = (await loginAs(current.hub, 'admin')).token;
  });
  beforeEach(async () => {
    current.admin = await connectConsole(current.hub.url, token);
  });
  afterAll(async () => {
    current.store?.close();
    await current.hub?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });
  return current;
}
