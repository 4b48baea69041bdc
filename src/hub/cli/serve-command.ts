// Runs in: Node. `npm run hub -- [--port N] [--host H] [--data-dir DIR] [--database URL] [--demo-units N] [--demo-operations N]
// [--log-level debug|info|warn|error]`: runs the hub until Ctrl+C (or SIGTERM: how systemd stops it — pending
// telemetry is stored, sockets closed, the store closed, exit 0), after printing where it listens and the demo accounts
// (stdout, translated). Its log is JSON lines on stderr (hub-log.ts). Flags win over HUB_PORT / HUB_HOST / HUB_DATA_DIR
// / HUB_DATABASE_URL / HUB_LOG_LEVEL. The default port is fixed (not 0) so that consoles and the simulator find the hub again.
import { parseFlags, type ParsedFlags } from '../../shared/cli/parse-flags.ts';
import { DataDirLockedError } from '../../core/cache/data-dir-lock.ts';
import { demoCredentialsPath } from '../demo/demo-credentials.ts';
import { startHub, type Hub } from '../hub.ts';
import { jsonLog, LOG_LEVELS, type HubLog, type LogLevel } from '../hub-log.ts';
import { DATABASE_FLAG, LANG_FLAG, openStoreOrExit, storeLocation, storeUnavailable } from './hub-flags.ts';
import type { HubStoreLocation } from '../store/hub-store.ts';
import type { HubOutput } from './hub-output.ts';

export const DEFAULT_HUB_PORT = 7420;

const FLAGS = {
  port: { kind: 'int', min: 0, max: 65535 },
  host: { kind: 'string', maxLength: 255 },
  'data-dir': { kind: 'string' },
  database: DATABASE_FLAG,
  'demo-units': { kind: 'int', min: 0, max: 100_000 },
  'demo-operations': { kind: 'int', min: 0, max: 2_000_000 },
  'log-level': { kind: 'choice', choices: LOG_LEVELS },
  lang: LANG_FLAG,
} as const;

const ENV_FLAGS = {
  HUB_PORT: '--port',
  HUB_HOST: '--host',
  HUB_DATA_DIR: '--data-dir',
  HUB_DATABASE_URL: '--database',
  HUB_LOG_LEVEL: '--log-level',
} as const;

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
  const location = storeLocation(out, flags);
  const { dataDir } = location;
  const port = flags.port ?? DEFAULT_HUB_PORT;
  const log: HubLog = jsonLog((flags['log-level'] as LogLevel | undefined) ?? 'info');
  let hub: Hub;
  try {
    hub = await startHub({
      ...location,
      host: flags.host ?? '127.0.0.1',
      port,
      demoUnits: flags['demo-units'] ?? 0,
      demoOperations: flags['demo-operations'] ?? 0,
      log,
    });
  } catch (err) {
    if (err instanceof DataDirLockedError) return out.fail('hub_in_use', { pid: err.ownerPid, dir: dataDir });
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') return out.fail('port_in_use', { port });
    log.error('store unavailable', { err });
    return storeUnavailable(out, location, err);
  }
  // At once: a service manager may stop the hub while it is still printing.
  const stop = () =>
    void hub.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error('hub did not stop cleanly', { err });
        process.exit(1);
      },
    );
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  out.say('listening', { url: hub.url });
  out.say('data_dir', { dir: dataDir });
  if (hub.demo?.users.length) {
    out.say('demo_accounts', { file: demoCredentialsPath(dataDir) });
    for (const user of hub.demo.users) out.say('demo_account', { ...user, role: out.text(`role_${user.role}`) });
  }
  if (hub.demo?.devices.length) out.say('demo_devices', { count: hub.demo.devices.length, dir: dataDir });
  if (!hub.demo?.users.length && countUsers(out, location) === 0) out.say('no_users');
  out.say('stop');
}

function countUsers(out: HubOutput, location: HubStoreLocation): number {
  const store = openStoreOrExit(out, location);
  try {
    return store.users.count();
  } finally {
    store.close();
  }
}
