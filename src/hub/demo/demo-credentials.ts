// Runs in: Node. dataDir/demo-credentials.json: the secrets of the demo accounts and devices, in clear, because
// the store keeps only hashes. The hub prints it at every start; the simulator and the embedded console read it.
// Owner-only (0600), written atomically (temp file + rename).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROLES } from '../../shared/auth/roles.ts';
import { UNIT_KINDS } from '../../shared/live/units.ts';

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';

export const DemoCredentialsSchema = z.object({
  version: z.literal(1),
  /** Where the hub of this data dir last listened: the simulator's default target. */
  hubUrl: z.string().nullable(),
  users: z.array(z.object({ username: z.string(), password: z.string(), role: z.enum(ROLES), displayName: z.string() })),
  devices: z.array(z.object({ unitId: z.string(), callSign: z.string(), kind: z.enum(UNIT_KINDS), token: z.string() })),
});
export type DemoCredentials = z.infer<typeof DemoCredentialsSchema>;

export const demoCredentialsPath = (dataDir: string): string => path.join(dataDir, DEMO_CREDENTIALS_FILE);

/** The demo credentials of a data dir; null when there are none. Throws when the file exists but is not valid. */
export function readDemoCredentials(dataDir: string): DemoCredentials | null {
  let text: string;
  try {
    text = fs.readFileSync(demoCredentialsPath(dataDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return DemoCredentialsSchema.parse(JSON.parse(text));
}

export function writeDemoCredentials(dataDir: string, credentials: DemoCredentials): void {
  const file = demoCredentialsPath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** Keeps the file true after a password reset of a demo account (it is printed at every start). */
export function updateDemoPassword(dataDir: string, username: string, password: string): void {
  const credentials = readDemoCredentials(dataDir);
  if (!credentials?.users.some((u) => u.username === username)) return;
  const users = credentials.users.map((u) => (u.username === username ? { ...u, password } : u));
  writeDemoCredentials(dataDir, { ...credentials, users });
}
