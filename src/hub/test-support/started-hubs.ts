// Runs in: Node (tests only). In-process hubs a test starts, each closed after the test; and what a hub's
// /healthz answers.
import { afterEach } from 'vitest';
import { startHub, type Hub, type HubOptions } from '../hub.ts';

const started: Hub[] = [];
afterEach(async () => {
  for (const hub of started.splice(0)) await hub.close();
});

export async function startedHub(options: HubOptions): Promise<Hub> {
  const hub = await startHub(options);
  started.push(hub);
  return hub;
}

export async function healthOf(hub: Hub): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${hub.url}/healthz`);
  return { status: res.status, body: await res.json() };
}
