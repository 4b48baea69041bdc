// Path of electron-vite's command-line entry, to run it with this same Node (no shell, no PATH lookup — works
// the same on Windows). Its package does not export the bin file, so it is found beside package.json.
import { createRequire } from 'node:module';
import path from 'node:path';

export function electronViteCli(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin/electron-vite.js');
}
