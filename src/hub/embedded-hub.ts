// Runs in: Node. The zero-set-up default of both console hosts: a hub on 127.0.0.1 with a demo fleet and a
// simulator driving it, so a new user sees patrols moving at once. A configured remote hub replaces it. The
// console core starts it lazily through the host (EmbeddedHubHandle) and stops it when a remote hub is chosen.
import type { EmbeddedHubAccount, EmbeddedHubHandle } from '../core/hub-session/hub-session.ts';
import type { HubConfig } from '../core/sync/sync-service.ts';
import { DEMO_OPERATIONS } from '../core/seed/demo.ts';
import { DEMO_UNITS } from '../shared/demo/fleet.ts';
import { startHub, type Hub } from './hub.ts';
import type { HubLog } from './hub-log.ts';
import { createSimulator } from './simulator/simulator.ts';

export const EMBEDDED_UNITS = DEMO_UNITS;

export interface EmbeddedHub extends EmbeddedHubHandle {
  readonly hub: Hub;
  /** One demo account per role, with its password (the console signs in as one of them). */
  readonly demoAccounts: readonly EmbeddedHubAccount[];
  /** How the console logs in: as the demo dispatcher. */
  readonly config: HubConfig;
  readonly units: number;
  close(): Promise<void>;
}

export interface EmbeddedHubOptions {
  readonly dataDir: string;
  readonly units?: number;
  readonly hz?: number;
  readonly seed?: number;
  /** The demo story's size (operations); the city-sized DEMO_OPERATIONS by default. */
  readonly demoOperations?: number;
  /** better-sqlite3 built for the running runtime (the desktop app's Electron build). */
  readonly nativeBinding?: string;
  readonly log?: HubLog;
}

export async function startEmbeddedHub(options: EmbeddedHubOptions): Promise<EmbeddedHub> {
  const units = options.units ?? EMBEDDED_UNITS;
  const hub = await startHub({
    dataDir: options.dataDir,
    demoUnits: units,
    demoOperations: options.demoOperations ?? DEMO_OPERATIONS,
    log: options.log,
    nativeBinding: options.nativeBinding,
  });
  const dispatcher = hub.demo?.users.find((u) => u.role === 'dispatcher');
  if (!hub.demo || !dispatcher) {
    await hub.close();
    throw new Error(`the hub in ${options.dataDir} has no demo accounts`);
  }
  const simulator = createSimulator({
    hubUrl: hub.url,
    devices: hub.demo.devices.slice(0, units),
    hz: options.hz ?? 1,
    seed: options.seed ?? 1,
  });
  try {
    await simulator.start();
  } catch (err) {
    simulator.stop();
    await hub.close();
    throw err;
  }
  return {
    hub,
    url: hub.url,
    demoAccounts: hub.demo.users.map(({ username, password, role, displayName }) => ({ username, password, role, displayName })),
    units: Math.min(units, hub.demo.devices.length),
    config: { url: hub.url, credentials: { username: dispatcher.username, password: dispatcher.password } },
    close: async () => {
      simulator.stop();
      await hub.close();
    },
  };
}
