// Runs in: Node (tsx). `npm run simulate -- [--units N] [--hz H] [--hub URL] [--seed S] [--call-pace P] [--data-dir DIR]`
// Drives N demo devices of a hub started with --demo-units ≥ N, reading their tokens (and, without --hub, the
// hub's last address) from that hub's data dir: dataDir/demo-credentials.json. --call-pace plays a unit's call to
// an incident P times faster than real time (setting off, driving there): with 10, a vehicle 1–2 km away is en
// camino within seconds and en escena within ~30 s — for demos and end-to-end tests.
//
// `npm run simulate -- --pairing "convivencia-device:1?hub=…&unit=…&token=…"` drives exactly one device: the one an
// administrator paired (console or `npm run hub -- device pair`), with its token, for its unit, against its hub —
// no demo credentials needed. The pairing text does not say the unit's kind: it drives as a vehicle.
import { parseFlags } from '../../shared/cli/parse-flags.ts';
import { parsePairingText } from '../../shared/hub-protocol/admin.ts';
import { languageFromArgs } from '../../core/cli/cli-messages.ts';
import { checkHubUrl, hubDataDir, LANG_FLAG } from '../cli/hub-flags.ts';
import { hubOutput, USAGE_ERROR } from '../cli/hub-output.ts';
import { demoCredentialsPath, readDemoCredentials, type DemoCredentials } from '../demo/demo-credentials.ts';
import { createSimulator, DeviceRefusedError, type SimulatedDevice } from './simulator.ts';

const FLAGS = {
  units: { kind: 'int', min: 1, max: 100_000 },
  hz: { kind: 'int', min: 1, max: 20 }, // 20/s is the hub's sustained per-device limit
  hub: { kind: 'string', maxLength: 2048 },
  pairing: { kind: 'string', maxLength: 4096 },
  seed: { kind: 'int', min: 0, max: 2 ** 32 - 1 },
  'call-pace': { kind: 'int', min: 1, max: 60 },
  'data-dir': { kind: 'string' },
  lang: LANG_FLAG,
} as const;
const DEFAULT_SEED = 2016;

const argv = process.argv.slice(2);
const out = hubOutput(languageFromArgs(argv));
const flags = out.parse('usage_simulate', () => parseFlags(argv, FLAGS));
if (flags.hub !== undefined) checkHubUrl(out, flags.hub); // a typo is said before anything else is looked at

function credentialsOrExit(dataDir: string): DemoCredentials {
  const file = demoCredentialsPath(dataDir);
  let credentials: DemoCredentials | null;
  try {
    credentials = readDemoCredentials(dataDir);
  } catch {
    return out.fail('sim_bad_credentials', { file });
  }
  return credentials ?? out.fail('sim_no_credentials', { file });
}

/** The one paired device of --pairing, and its hub. */
function pairedDevice(text: string): { hubUrl: string; devices: SimulatedDevice[] } {
  if (flags.units !== undefined || flags.hub !== undefined || flags['data-dir'] !== undefined) {
    return out.fail('sim_pairing_and_units', {}, USAGE_ERROR);
  }
  const pairing = parsePairingText(text) ?? out.fail('sim_bad_pairing', {}, USAGE_ERROR);
  return { hubUrl: checkHubUrl(out, pairing.hubUrl), devices: [{ unitId: pairing.unitId, kind: 'vehicle', token: pairing.token }] };
}

/** The first --units demo devices of the data dir's hub, and its address. */
function demoDevices(): { hubUrl: string; devices: SimulatedDevice[] } {
  const dataDir = hubDataDir(flags['data-dir']);
  const credentials = credentialsOrExit(dataDir);
  const units = flags.units ?? credentials.devices.length;
  if (credentials.devices.length < units) {
    out.fail('sim_too_few', { dir: dataDir, available: credentials.devices.length, requested: units });
  }
  const hubUrl = checkHubUrl(out, flags.hub ?? credentials.hubUrl ?? out.fail('sim_no_url'));
  return { hubUrl, devices: credentials.devices.slice(0, units) };
}

const { hubUrl, devices } = flags.pairing === undefined ? demoDevices() : pairedDevice(flags.pairing);
const units = devices.length;
const hz = flags.hz ?? 1;
const seed = flags.seed ?? DEFAULT_SEED;
const paired = flags.pairing === undefined ? null : { unit: devices[0]!.unitId };

const simulator = createSimulator({ hubUrl, devices, hz, seed, callPace: flags['call-pace'] ?? 1 });
out.say(paired ? 'sim_starting_paired' : 'sim_starting', { ...paired, units, hz, url: hubUrl, seed });
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
  out.say(paired ? 'sim_ready_paired' : 'sim_ready', { ...paired, units });
} catch (err) {
  if (!(err instanceof DeviceRefusedError)) throw err;
  simulator.stop();
  out.fail('sim_refused', { unit: err.unitId, reason: err.reason });
}
