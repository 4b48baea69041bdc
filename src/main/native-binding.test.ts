import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ELECTRON_SQLITE_BINDING, electronSqliteBinding } from './native-binding.ts';

describe('electronSqliteBinding', () => {
  let appPath: string | undefined;
  afterEach(() => {
    if (appPath) rmSync(appPath, { recursive: true, force: true });
  });

  it('is undefined until the Electron build exists, so better-sqlite3 uses its default', () => {
    appPath = mkdtempSync(join(tmpdir(), 'binding-'));
    expect(electronSqliteBinding(appPath)).toBeUndefined();
  });

  it('points at the Electron build once it exists', () => {
    appPath = mkdtempSync(join(tmpdir(), 'binding-'));
    const file = join(appPath, ELECTRON_SQLITE_BINDING);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    expect(electronSqliteBinding(appPath)).toBe(file);
  });
});
