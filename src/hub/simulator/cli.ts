// Runs in: Node (tsx). `npm run simulate -- [--units N] [--hz H] [--hub URL] [--seed S] [--call-pace P] [--data-dir DIR]`
// Drives N demo devices of a hub started with --demo-units ≥ N, reading their tokens (and, without --hub, the
// hub's last address) from that hub's data dir: dataDir/demo-credentials.json. --call-pace plays a unit's call to
// an incident P times faster than real time (setting off, driving there): with 10, a vehicle 1–2 km away is en
// camino within seconds and en escena within ~30 s — for demos and end-to-end tests.
import { parseFlags } from '../../shared/cli/parse-flags.ts';
import { languageFromArgs } from '../../core/cli/cli-messages.ts';
import { hubDataDir, LANG_FLAG } from '../cli/hub-flags.ts';
import { hubOutput, USAGE_ERROR } from '../cli/hub-output.ts';
import { demoCredentialsPath, readDemoCredentials, type DemoCredentials } from '../demo/demo-credentials.ts';
import { createSimulator, DeviceRefusedError } from './simulator.ts';

const FLAGS = {
  units: { kind: 'int', min: 1, max: 100_000 },
  hz: { kind: 'int', min: 1, max: 20 }, // 20/s is the hub's sustained per-device limit
  hub: { kind: 'string', maxLength: 2048 },
  seed: { kind: 'int', min: 0, max: 2 ** 32 - 1 },
  'call-pace': { kind: 'int', min: 1, max: 60 },
  'data-dir': { kind: 'string' },
  lang: LANG_FLAG,
} as const;
const DEFAULT_SEED = 2016;

const argv = process.argv.slice(2);
const out = hubOutput(languageFromArgs(argv));
const flags = out.parse('usage_simulate', () => parseFlags(argv, FLAGS));
const checkUrl = (url: string) => {
  if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) out.fail('sim_bad_url', { value: url.slice(0, 80) }, USAGE_ERROR);
  return url;
};
if (flags.hub !== undefined) checkUrl(flags.hub); // a typo is said before anything else is looked at
const dataDir = hubDataDir(flags['data-dir']);
const file = demoCredentialsPath(dataDir);

function credentialsOrExit(): DemoCredentials {
  let credentials: DemoCredentials | null;
  try {
    credentials = readDemoCredentials(dataDir);
  } catch {
    return out.fail('sim_bad_credentials', { file });
  }
  return credentials ?? out.fail('sim_no_credentials', { file });
}

const credentials = credentialsOrExit();
const units = flags.units ?? credentials.devices.length;
if (credentials.devices.length < units) {
  out.fail('sim_too_few', { dir: dataDir, available: credentials.devices.length, requested: units });
}
const hubUrl = checkUrl(flags.hub ?? credentials.hubUrl ?? out.fail('sim_no_url'));
const hz = flags.hz ?? 1;
const seed = flags.seed ?? DEFAULT_SEED;

const simulator = createSimulator({ hubUrl, devices: credentials.devices.slice(0, units), hz, seed, callPace: flags['call-pace'] ?? 1 });
out.say('sim_starting', { units, hz, url: hubUrl, seed });
const stop = () => {
  const stats = simulator.stats();
  simulator.stop();
  const rejected = Object.values(stats.refused).reduce((sum, n) => sum + n, 0);
  out.say('sim_stats', { sent: stats.sent, accepted: stats.accepted, rejected });
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
try {
  await simulator.start();
  out.say('sim_ready', { units });
} catch (err) {
  if (!(err instanceof DeviceRefusedError)) throw err;
  simulator.stop();
  out.fail('sim_refused', { unit: err.unitId, reason: err.reason });
}
