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

export async function startHubChild(
  dataDir: string,
  demoUnits: number,
  rateLimits?: HubOptions['rateLimits'],
  demoOperations = 0,
): Promise<HubChild> {
  const hub = await startChild('hub');
  const { url, demo } = await hub.request<{ url: string; demo: DemoCredentials | null }>(
    { type: 'start', dataDir, demoUnits, rateLimits, demoOperations },
    'started',
    300_000,
  );
  if (!demo) throw new Error('the hub has no demo credentials');
  const credentials = (role: UserRole): HubCredentials => {
    const user = demo.users.find((u) => u.role === role);
    if (!user) throw new Error(`no demo ${role}`);
    return { username: user.username, password: user.password };
  };
  return { child: hub, url, demo, credentials, config: (role) => ({ url, credentials: credentials(role) }) };
}
