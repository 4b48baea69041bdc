// The roles the live suite's child processes play, and their entry point: support/child-process.ts spawns
// `node --import tsx -e` importing this file and calling liveChild(role). Each role imports what it runs (the hub,
// socket.io, the core) when it starts: a child loads only its own role's code.
import type { Message, Role, Send } from '../support/child-protocol.ts';
import { cpuNow } from '../support/process-cpu.ts';
import { consolesRole } from './consoles.ts';
import { coreRole } from './core.ts';
import { devicesRole } from './devices.ts';
import { floodClient, floodServer } from './flood.ts';
import { hubRole } from './hub.ts';
import { relayServer } from './relay.ts';

const ROLES = {
  'flood-server': floodServer,
  'flood-client': floodClient,
  hub: hubRole,
  devices: devicesRole,
  consoles: consolesRole,
  core: coreRole,
  relay: relayServer,
} satisfies Record<string, Role>;

export type RoleName = keyof typeof ROLES;

/** Entry point of the child processes (see support/child-process.ts). */
export async function liveChild(role: string): Promise<void> {
  const send: Send = (message) => void process.send!(message);
  process.once('disconnect', () => process.exit(0)); // the bench went away: so do we
  cpuNow(); // starts watching the event loop
  const fail = (err: unknown) => send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  try {
    const handle = await ROLES[role as RoleName](send);
    process.on('message', (message: Message) => {
      if (message.type === 'cpu') return send({ type: 'cpu', ...cpuNow() });
      Promise.resolve(handle(message)).catch(fail);
    });
  } catch (err) {
    fail(err);
  }
}
