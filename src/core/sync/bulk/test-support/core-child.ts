// Runs in: Node (tests only), as a child process (`node --import tsx core-child.ts <dataDir> <hubUrl> <user> <password>
// [plan JSON]`): a console core following a hub, so that a test can SIGKILL it anywhere in its first sync. It prints
// one JSON line per sync.state event; with a plan it first queues that new operation in the outbox ('wrote').
// SIGTERM closes the core and exits.
import { createConsoleCore } from '../../../console-core.ts';

const [dataDir, url, username, password, plan] = process.argv.slice(2) as [string, string, string, string, string?];
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const core = createConsoleCore({
  dataDir,
  host: 'browser',
  version: 'test',
  demo: false,
  log: (message, err) => process.stderr.write(`[core] ${message} ${err instanceof Error ? err.message : ''}\n`),
  hub: { url, credentials: { username, password } },
});
core.onEvent((event, payload) => {
  if (event === 'sync.state') print({ type: 'state', status: payload });
});
if (plan) {
  const created = await core.dispatch('operations.create', { plan: JSON.parse(plan) as unknown });
  if (!created.ok) throw new Error(`operations.create: ${JSON.stringify(created.error)}`);
  print({ type: 'wrote', id: (created.value as { operation: { id: string } }).operation.id });
}
process.on('SIGTERM', () => void core.close().then(() => process.exit(0)));
