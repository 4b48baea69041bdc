// Runs in: Node (tsx). Browser mode: `npm run start:web -- [--data-dir DIR] [--port N] [--open] …`
// Starts the console core (in a worker thread: start-core-worker.ts) and the web host, prints the URL (with the per-start secret), stops on Ctrl+C.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags } from '../shared/cli/parse-flags.ts';
import { cliOutput, languageFromArgs, parseOrExit } from '../core/cli/cli-messages.ts';
import { defaultDataDir } from '../core/data-dir.ts';
import type { HubFlag } from '../core/hub-session/hub-session.ts';
import { isHubUrl, type SessionInfo } from '../shared/api/session.ts';
// The demo fleet's size from shared: the host's thread loads nothing of the hub, which runs in the core's worker.
import { DEMO_UNITS } from '../shared/demo/fleet.ts';
import { openInBrowser } from './open-browser.ts';
import { LOOPBACK_ADDRESSES } from './request-guard.ts';
import { startCoreWorker } from './start-core-worker.ts';
import { startWebHost } from './web-host.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const FLAGS = {
  'data-dir': { kind: 'string' },
  port: { kind: 'int', min: 0, max: 65535 },
  host: { kind: 'string', maxLength: 255 },
  'allow-remote': { kind: 'bool' },
  open: { kind: 'bool' },
  'no-demo': { kind: 'bool' },
  'renderer-dir': { kind: 'string' },
  hub: { kind: 'string', maxLength: 2048 },
  'hub-user': { kind: 'string', maxLength: 64 },
  'no-hub': { kind: 'bool' },
  lang: { kind: 'choice', choices: ['es-AR', 'en'] },
} as const;

const argv = process.argv.slice(2);
const out = cliOutput(languageFromArgs(argv));
const flags = parseOrExit(out, 'usage_web', () => parseFlags(argv, FLAGS));
const host = flags.host ?? '127.0.0.1';
const remote = !LOOPBACK_ADDRESSES.includes(host);
if (remote && !flags['allow-remote']) out.fail('bad_host', { value: host });
// The host checks the Host header against the bound name, so a wildcard bind would accept no one.
if (host === '0.0.0.0' || host === '::') out.fail('wildcard_host', { value: host });
const rendererDir = path.resolve(flags['renderer-dir'] ?? path.join(ROOT, 'out/renderer'));
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) out.fail('renderer_missing', { dir: rendererDir });
const dataDir = path.resolve(flags['data-dir'] ?? defaultDataDir());
/**
 * Which hub the console follows. A flag decides for this run: --hub URL (signed in at start with --hub-user and
 * $CONVIVENCIA_HUB_PASSWORD — never a flag, so the password stays out of the process list; without --hub-user the
 * person signs in from the settings screen), or --no-hub. Without a flag, the choice saved in the settings screen:
 * by default the embedded demo hub, which the core starts (and stops) in its worker.
 */
function hubFlag(): HubFlag | undefined {
  if (flags['no-hub']) return { kind: 'off' };
  if (!flags.hub) return undefined;
  if (!isHubUrl(flags.hub)) out.fail('hub_bad_url', { value: flags.hub });
  const [username, password] = [flags['hub-user'], process.env.CONVIVENCIA_HUB_PASSWORD];
  if (username && !password) return out.fail('hub_credentials_missing');
  return { kind: 'remote', url: flags.hub, ...(username && password && { username, password }) };
}

const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const core = startCoreWorker({ dataDir, host: 'browser', version, demo: !flags['no-demo'], hubFlag: hubFlag(), embeddedHub: true });
await core.hubSettled();
const session = (await core.call('session.get', {})) as { ok: true; value: SessionInfo } | { ok: false };
const hubUrl = session.ok ? session.value.hub.url : null;
if (session.ok && hubUrl) {
  const { hub, user } = session.value;
  if (hub.kind === 'embedded') out.say('hub_embedded', { url: hubUrl, units: DEMO_UNITS, user: user?.username ?? '—' });
  else if (user || flags['hub-user']) out.say('hub_remote', { url: hubUrl, user: user?.username ?? flags['hub-user'] ?? '' });
  else out.say('hub_remote_signed_out', { url: hubUrl });
}
const extraHostnames = remote ? [host] : [];
const web = await startWebHost({ core, rendererDir, host, port: flags.port ?? 0, extraHostnames }).catch((err: NodeJS.ErrnoException) => {
  void core.close();
  if (err.code === 'EADDRINUSE') out.fail('port_in_use', { port: flags.port ?? 0 });
  throw err;
});

out.say('web_ready', { url: web.url });
out.say('web_data', { dir: dataDir });
out.say('web_stop');
if (flags.open) openInBrowser(web.url, () => out.say('web_open_failed'));

const stop = async () => {
  await web.close();
  await core.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
