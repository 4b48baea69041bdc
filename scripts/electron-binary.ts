// Where the Electron executable is, found WITHOUT loading the 'electron' package: its index.js starts a
// download when the binary is missing, and that download cannot succeed on every machine (see STACK.md).
// Used by `npm start`, the Electron rebuild of better-sqlite3 and the Electron e2e spec.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** node_modules/electron, wherever npm put it. */
export function electronPackageDir(): string {
  return dirname(require.resolve('electron/package.json'));
}

/** The Electron version pinned in package.json, which native modules must be built against. */
export function installedElectronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(electronPackageDir(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Absolute path of the Electron executable, or undefined when it was never downloaded.
 * Mirrors electron/index.js: path.txt names the executable inside dist/ (or inside
 * ELECTRON_OVERRIDE_DIST_PATH, for a binary provided from elsewhere).
 */
export function findElectronBinary(): string | undefined {
  const packageDir = electronPackageDir();
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (override) {
    const overridden = join(override, executable ?? 'electron');
    return existsSync(overridden) ? overridden : undefined;
  }
  if (!executable) return undefined;
  const binary = join(packageDir, 'dist', executable);
  return existsSync(binary) ? binary : undefined;
}
