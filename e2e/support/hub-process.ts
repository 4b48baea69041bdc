// A real dispatch hub as a child process (its CLI), on a port chosen here so that it can be stopped and started
// again on the same address, as an operator restarting it would.
import fs from 'node:fs';
import path from 'node:path';
import { startNodeProcess, type NodeProcess } from './node-process.ts';

export { freePort } from '../../src/hub/test-support/hub-process.ts';

/** Starts `npm run hub` on `port` over `dataDir`; resolves once it prints its URL (`.ready`). */
export const startHubProcess = (dataDir: string, port: number, extra: string[] = []): Promise<NodeProcess> =>
  startNodeProcess('src/hub/cli.ts', ['--port', String(port), '--data-dir', dataDir, ...extra], /(http:\/\/127\.0\.0\.1:\d+)/);

export interface HubAccount {
  readonly username: string;
  readonly password: string;
  readonly role: string;
}

/** The demo account of `role` of a hub started with --demo-units. */
export function hubAccount(dataDir: string, role: string): HubAccount {
  const { users } = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as { users: HubAccount[] };
  const account = users.find((u) => u.role === role);
  if (!account) throw new Error(`no demo ${role} in ${dataDir}`);
  return account;
}
