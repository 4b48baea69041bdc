// `npm run audit:verify -- --data-dir DIR` as an operator runs it, on a hub's folder and a console's. The CLI reads
// the folder's files — the embedded store's hub.sqlite3, or a console's cache — so this runs on the embedded store
// only (*.sqlite.test.ts: see vitest.config.ts); the chain checks themselves run on both stores (audit-chain.test.ts).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME } from '../../core/cache/cache-session.ts';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { openHubStore } from '../store/hub-store.ts';
import { CASE, consoleCacheOf, entryId, liveCaseLife, tamperedFile } from '../test-support/audited-case.ts';

/** `npm run audit:verify -- --data-dir DIR` (without npm), in Spanish. */
function auditCli(dir: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const args = ['--import', 'tsx', 'src/hub/audit/verify-cli.ts', '--data-dir', dir];
    execFile(process.execPath, args, { env: { ...process.env, LANG: '', LC_ALL: '' } }, (error, stdout) =>
      resolve({ status: error ? (error.code as number) : 0, stdout }),
    );
  });
}

describe('npm run audit:verify', () => {
  it('checks a hub’s folder and a console’s, and names the first broken entry with exit status 1', async () => {
    const hub = liveCaseLife(openHubStore(tempDir()));
    const consoleFile = consoleCacheOf(hub);
    hub.close();
    const intact = await auditCli(hub.dataDir);
    expect(intact).toMatchObject({ status: 0, stdout: expect.stringContaining('Íntegras: 2 cadenas, 7 entradas verificadas') });

    const consoleDir = tempDir();
    const broken = tamperedFile(consoleFile, (db) => db.prepare('DELETE FROM audit_entries WHERE id = ?').run(entryId(2)));
    fs.copyFileSync(broken, path.join(consoleDir, CACHE_FILE_NAME));
    const verdict = await auditCli(consoleDir);
    expect(verdict.status).toBe(1);
    expect(verdict.stdout).toContain(`expediente ${CASE}: desde la entrada 3 (${entryId(3)})`);
  }, 30_000);
});
