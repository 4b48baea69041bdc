// `npm start`: build the three bundles and run the desktop console. Where the Electron binary is missing
// (it cannot be downloaded on every machine), say so in the user's language and point at browser mode,
// which runs the same console, instead of letting the 'electron' package attempt a download and crash.
// better-sqlite3 is built for Electron's ABI the first time (into .electron-native/, see native-binding.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronViteCli } from './electron-vite-cli.ts';
import { cliOutput, languageFromArgs } from '../src/core/cli/cli-messages.ts';
import { ELECTRON_SQLITE_BINDING } from '../src/main/native-binding.ts';
import { findElectronBinary } from './electron-binary.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = cliOutput(languageFromArgs(process.argv.slice(2)));

const electronBinary = findElectronBinary();
if (!electronBinary) {
  process.stderr.write(`${out.text('electron_missing')}\n`);
  process.exit(1);
}

/** Runs a Node script of this project with this same Node (no shell, no PATH lookup); exits on failure. */
function runNode(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(projectRoot, ELECTRON_SQLITE_BINDING))) runNode(['--import', 'tsx', 'scripts/build-electron-sqlite.ts']);
runNode([electronViteCli(), 'build']);

const app = spawn(electronBinary, ['.'], { cwd: projectRoot, stdio: 'inherit' });
// Ctrl+C in the terminal reaches Electron too (same process group); forward explicit kills as well.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
