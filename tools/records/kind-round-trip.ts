// Runs in: Node (the add-a-kind test runs it inside a copy of the project that has one more record kind). Sends a
// record of any kind from one real console through a real hub to another, with nothing but the generic API:
//
//   tsx tools/records/kind-round-trip.ts '<json {entity, mutation, writer, reader, outsider}>'
//
// writer/reader/outsider are roles of the hub's demo accounts. Prints one JSON line: what the writer was answered,
// what the reader's console then lists, and what a role outside the kind's readers is answered.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConsoleCore, type ConsoleCore } from '../../src/core/console-core.ts';
import { startHub } from '../../src/hub/hub.ts';

interface Plan {
  readonly entity: string;
  readonly mutation: { readonly id: string };
  readonly writer: string;
  readonly reader: string;
  readonly outsider: string;
}

const dirs: string[] = [];
const tempDir = () => dirs[dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'kind-round-trip-'))) - 1]!;
const plan = JSON.parse(process.argv[2] ?? '') as Plan;
const hub = await startHub({ dataDir: tempDir(), port: 0, demoUnits: 2 });

function consoleAs(role: string): ConsoleCore {
  const user = hub.demo!.users.find((u) => u.role === role)!;
  const credentials = { username: user.username, password: user.password };
  return createConsoleCore({
    dataDir: tempDir(),
    host: 'browser',
    version: 'kind-round-trip',
    demo: false,
    log: () => {},
    hub: { url: hub.url, credentials },
  });
}

async function live(core: ConsoleCore): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    const status = (await core.dispatch('sync.status', {})) as { ok: boolean; value?: { state: string } };
    if (status.value?.state === 'live') return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('a console never became live');
}

const list = (core: ConsoleCore) => core.dispatch('records.list', { entity: plan.entity });
const [writer, reader, outsider] = [consoleAs(plan.writer), consoleAs(plan.reader), consoleAs(plan.outsider)];
try {
  await Promise.all([writer, reader, outsider].map(live));
  const written = await writer.dispatch('records.mutate', { mutation: plan.mutation });
  let seen: unknown = null;
  for (let tries = 0; tries < 400; tries++) {
    seen = await list(reader);
    if (JSON.stringify(seen).includes(plan.mutation.id)) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  console.log(JSON.stringify({ written, seen, outsider: await list(outsider) }));
} finally {
  await Promise.all([writer, reader, outsider].map((core) => core.close()));
  await hub.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
}
