// better-sqlite3 must be compiled for the runtime that loads it. Under Electron the console core uses the
// separate build made by `npm run rebuild:electron` (scripts/build-electron-sqlite.ts), so the Node build in
// node_modules, which tests and the web host use, is never replaced.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ELECTRON_SQLITE_BINDING = '.electron-native/better-sqlite3/build/Release/better_sqlite3.node';

/** The Electron-ABI binding under appPath if it was built, else undefined (better-sqlite3's default). */
export function electronSqliteBinding(appPath: string): string | undefined {
  const file = join(appPath, ELECTRON_SQLITE_BINDING);
  return existsSync(file) ? file : undefined;
}
