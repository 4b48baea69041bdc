// `npm run start:web`: builds the renderer when it is missing or older than its sources, then runs the
// browser-mode host (src/web/cli.ts) with the same arguments.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronViteCli } from './electron-vite-cli.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = path.join(ROOT, 'out/renderer/index.html');
const SOURCES = ['src/renderer', 'src/shared', 'resources'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Runs with this same Node — no shell, no PATH lookup, so it works the same on Windows. */
const runNode = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;

const stale = !fs.existsSync(BUILT) || Math.max(...SOURCES.map((dir) => newestMtime(path.join(ROOT, dir)))) > fs.statSync(BUILT).mtimeMs;
if (stale) {
  const status = runNode([electronViteCli(), 'build']);
  if (status !== 0) process.exit(status);
}
process.exit(runNode(['--import', 'tsx', path.join(ROOT, 'src/web/cli.ts'), ...process.argv.slice(2)]));
