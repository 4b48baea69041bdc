import type { HubCredentials } from '../../../src/core/sync/hub-login.ts';
import type { HubConfig } from '../../../src/core/sync/sync-service.ts';
import type { DemoCredentials } from '../../../src/hub/demo/demo-credentials.ts';
import type { HubOptions } from '../../../src/hub/hub.ts';
import { startChild, type Child } from './child-process.ts';

type UserRole = 'dispatcher' | 'coordinator' | 'administrator';

/** A hub in a child process, with the demo users and devices it created. */
export interface HubChild {
  readonly child: Child;
  readonly url: string;
  readonly demo: DemoCredentials;
  credentials(role: UserRole): HubCredentials;
  /** What a console core follows: this hub, signed in as the demo user of `role`. */
  config(role: UserRole): HubConfig;
}

/** `database`: postgres://… — the hub's store is that database instead of the data dir's file. */
export async function startHubChild(
  dataDir: string,
  demoUnits: number,
  rateLimits?: HubOptions['rateLimits'],
  demoOperations = 0,
  database?: string,
): Promise<HubChild> {
  const hub = await startChild('hub');
  const { url, demo } = await hub.request<{ url: string; demo: DemoCredentials | null }>(
    { type: 'start', dataDir, demoUnits, rateLimits, demoOperations, database },
    'started',
    600_000,
  );
  if (!demo) throw new Error('the hub has no demo credentials');
  return hubChild(hub, url, demo);
}

/** Another hub process on `database` with a data dir of its own, serving the users, units and devices of `first`. */
export async function startPeerHubChild(dataDir: string, database: string, first: HubChild): Promise<HubChild> {
  const hub = await startChild('hub');
  const { url } = await hub.request<{ url: string }>({ type: 'start', dataDir, demoUnits: 0, database }, 'started', 120_000);
  return hubChild(hub, url, first.demo);
}

function hubChild(hub: Child, url: string, demo: DemoCredentials): HubChild {
  const credentials = (role: UserRole): HubCredentials => {
    const user = demo.users.find((u) => u.role === role);
    if (!user) throw new Error(`no demo ${role}`);
    return { username: user.username, password: user.password };
  };
  return { child: hub, url, demo, credentials, config: (role) => ({ url, credentials: credentials(role) }) };
}
