// `npm run audit:verify -- --database postgres://…` as an operator runs it on a hub whose store is PostgreSQL: intact
// chains pass, and a tampered entry is named with exit status 1. The address may also come from HUB_DATABASE_URL.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { CASE, entryId, liveCaseLife } from '../test-support/audited-case.ts';
import { openTestStore, testStore } from '../test-support/test-store.ts';

/** `npm run audit:verify -- …args` (without npm), in Spanish. */
function auditCli(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const argv = ['--import', 'tsx', 'src/hub/audit/verify-cli.ts', ...args];
    execFile(process.execPath, argv, { env: { ...process.env, LANG: '', LC_ALL: '', ...env } }, (error, stdout) =>
      resolve({ status: error ? (error.code as number) : 0, stdout }),
    );
  });
}

describe('npm run audit:verify on a PostgreSQL store', () => {
  it('checks the chains and names the first broken entry with exit status 1', async () => {
    const dir = tempDir();
    liveCaseLife(openTestStore(dir)).close();
    const database = testStore(dir).database!;
    const intact = await auditCli(['--database', database]);
    expect(intact).toMatchObject({ status: 0, stdout: expect.stringContaining('Íntegras: 2 cadenas, 7 entradas verificadas') });

    const store = openTestStore(dir);
    store.db.run("DELETE FROM records WHERE entity = 'audit_entry' AND id = ?", entryId(2));
    store.close();
    const verdict = await auditCli([], { HUB_DATABASE_URL: database });
    expect(verdict.status).toBe(1);
    expect(verdict.stdout).toContain(`expediente ${CASE}: desde la entrada`);

    expect((await auditCli(['--database', 'mysql://hub@127.0.0.1/convivencia'])).status).toBe(2);
  }, 60_000);
});
