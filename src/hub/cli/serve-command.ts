// Runs in: Node. `npm run hub -- [--port N] [--host H] [--data-dir DIR] [--demo-units N] [--demo-operations N]`: runs the hub until
// Ctrl+C, after printing where it listens and the demo accounts. Flags win over HUB_PORT / HUB_HOST /
// HUB_DATA_DIR. The default port is fixed (not 0) so that consoles and the simulator find the hub again.
import { parseFlags, type ParsedFlags } from '../../shared/cli/parse-flags.ts';
import { DataDirLockedError } from '../../core/cache/data-dir-lock.ts';
import { demoCredentialsPath } from '../demo/demo-credentials.ts';
import { startHub, type Hub } from '../hub.ts';
import { CONSOLE_LOG } from '../hub-log.ts';
import { hubDataDir, LANG_FLAG, openStoreOrExit, storeUnavailable } from './hub-flags.ts';
import type { HubOutput } from './hub-output.ts';

export const DEFAULT_HUB_PORT = 7420;

const FLAGS = {
  port: { kind: 'int', min: 0, max: 65535 },
  host: { kind: 'string', maxLength: 255 },
  'data-dir': { kind: 'string' },
  'demo-units': { kind: 'int', min: 0, max: 100_000 },
  'demo-operations': { kind: 'int', min: 0, max: 2_000_000 },
  lang: LANG_FLAG,
} as const;

const ENV_FLAGS = { HUB_PORT: '--port', HUB_HOST: '--host', HUB_DATA_DIR: '--data-dir' } as const;

/** The environment's settings, read with the same parser as the flags (so the same checks and messages). */
function envSettings(out: HubOutput, env: NodeJS.ProcessEnv): ParsedFlags<typeof FLAGS> {
  let settings: ParsedFlags<typeof FLAGS> = {};
  for (const [name, flag] of Object.entries(ENV_FLAGS)) {
    const value = env[name];
    if (value)
      settings = { ...settings, ...out.parse('usage_hub', () => parseFlags([flag, value], FLAGS), out.text('from_env', { name })) };
  }
  return settings;
}

export async function runServeCommand(argv: readonly string[], out: HubOutput): Promise<void> {
  const flags = { ...envSettings(out, process.env), ...out.parse('usage_hub', () => parseFlags(argv, FLAGS)) };
  const dataDir = hubDataDir(flags['data-dir']);
  const port = flags.port ?? DEFAULT_HUB_PORT;
  let hub: Hub;
  try {
    hub = await startHub({
      dataDir,
      host: flags.host ?? '127.0.0.1',
      port,
      demoUnits: flags['demo-units'] ?? 0,
      demoOperations: flags['demo-operations'] ?? 0,
      log: CONSOLE_LOG,
    });
  } catch (err) {
    if (err instanceof DataDirLockedError) return out.fail('hub_in_use', { pid: err.ownerPid, dir: dataDir });
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') return out.fail('port_in_use', { port });
    return storeUnavailable(out, dataDir, err);
  }

  out.say('listening', { url: hub.url });
  out.say('data_dir', { dir: dataDir });
  if (hub.demo?.users.length) {
    out.say('demo_accounts', { file: demoCredentialsPath(dataDir) });
    for (const user of hub.demo.users) out.say('demo_account', { ...user, role: out.text(`role_${user.role}`) });
  }
  if (hub.demo?.devices.length) out.say('demo_devices', { count: hub.demo.devices.length, dir: dataDir });
  if (!hub.demo?.users.length && countUsers(out, dataDir) === 0) out.say('no_users');
  out.say('stop');

  const stop = () => void hub.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function countUsers(out: HubOutput, dataDir: string): number {
  const store = openStoreOrExit(out, dataDir);
  try {
    return store.users.count();
  } finally {
    store.close();
  }
}
