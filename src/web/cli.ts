// Runs in: Node (tsx). Browser mode: `npm run start:web -- [--data-dir DIR] [--port N] [--open] …`
// Starts the console core and the web host, prints the URL (with the per-start secret), stops on Ctrl+C.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags } from '../shared/cli/parse-flags.ts';
import { cliOutput, languageFromArgs, parseOrExit } from '../core/cli/cli-messages.ts';
import { createConsoleCore } from '../core/console-core.ts';
import { defaultDataDir } from '../core/data-dir.ts';
import { openInBrowser } from './open-browser.ts';
import { LOOPBACK_ADDRESSES } from './request-guard.ts';
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
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const core = createConsoleCore({ dataDir, host: 'browser', version, demo: !flags['no-demo'] });
const extraHostnames = remote ? [host] : [];
const web = await startWebHost({ core, rendererDir, host, port: flags.port ?? 0, extraHostnames }).catch((err: NodeJS.ErrnoException) => {
  core.close();
  if (err.code === 'EADDRINUSE') out.fail('port_in_use', { port: flags.port ?? 0 });
  throw err;
});

out.say('web_ready', { url: web.url });
out.say('web_data', { dir: dataDir });
out.say('web_stop');
if (flags.open) openInBrowser(web.url, () => out.say('web_open_failed'));

const stop = async () => {
  await web.close();
  core.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
