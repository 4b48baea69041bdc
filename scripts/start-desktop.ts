// `npm start`: build the three bundles and run the desktop console. Where the Electron binary is missing
// (it cannot be downloaded on every machine), say so in the user's language and point at browser mode,
// which runs the same console, instead of letting the 'electron' package attempt a download and crash.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resources } from '../src/shared/i18n/resources.ts';
import { interpolate, lookup, pickLanguage } from '../src/shared/i18n/translate.ts';
import { findElectronBinary } from './electron-binary.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function message(key: string): string {
  const dict = resources[pickLanguage(undefined, process.env['LANG'])].cli;
  return interpolate(lookup(dict, key) ?? key);
}

const electronBinary = findElectronBinary();
if (!electronBinary) {
  process.stderr.write(`${message('electron_missing')}\n`);
  process.exit(1);
}

// Run electron-vite's CLI with this same Node rather than through npx: no shell, no PATH lookup.
const electronViteCli = createRequire(import.meta.url).resolve('electron-vite/bin/electron-vite.js');
const build = spawnSync(process.execPath, [electronViteCli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const app = spawn(electronBinary, ['.'], { cwd: projectRoot, stdio: 'inherit' });
// Ctrl+C in the terminal reaches Electron too (same process group); forward explicit kills as well.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
