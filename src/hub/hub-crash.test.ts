// The hub process killed (SIGKILL) and restarted while a console has 10,000 mutations in flight: every one is
// applied exactly once, and the changes to each record are in the order they were made. The hub runs as a
// real child process (its CLI) on the run's store (test-store.ts), the console core in this process over a real
// cache file.
import { describe, expect, it } from 'vitest';
import { createConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { OutboxStatus } from '../shared/api/writes.ts';
import type { Operation } from '../shared/operations/types.ts';
import { readDemoCredentials } from './demo/demo-credentials.ts';
import { call, eventually, syncStatus } from './test-support/following-console.ts';
import { freePort, startHubProcess as startHubCli, stopHubProcess } from './test-support/hub-process.ts';
import { openTestStore, testStoreFlags } from './test-support/test-store.ts';

const RECORDS = 200;
const EDITS_PER_RECORD = 49; // + 1 create = 50 mutations per record, 10,000 in all

const startHub = (dataDir: string, port: number) => startHubCli(dataDir, port, [...testStoreFlags(dataDir), '--demo-units', '2']);

describe('the hub killed with mutations in flight', () => {
  it('applies each of 10,000 mutations exactly once, in per-record order', { timeout: 240_000 }, async () => {
    const dataDir = tempDir();
    const port = await freePort();
    let hub = await startHub(dataDir, port);
    const ids: string[] = [];
    try {
      const coordinator = readDemoCredentials(dataDir)!.users.find((u) => u.role === 'coordinator')!;
      const console_ = createConsoleCore({
        dataDir: tempDir(),
        host: 'browser',
        version: 'test',
        demo: false,
        log: () => {},
        hub: { url: `http://127.0.0.1:${port}`, credentials: { username: coordinator.username, password: coordinator.password } },
      });
      try {
        await eventually(
          () => syncStatus(console_),
          (s) => s.state === 'live',
          20_000,
        );
        for (let r = 0; r < RECORDS; r++) {
          const plan = {
            type: 'noise_check',
            barrio: 'Centro',
            address: `Belgrano ${r}`,
            plannedStart: Date.UTC(2026, 11, 5, 1),
            plannedEnd: Date.UTC(2026, 11, 5, 3),
            shift: 'night',
            team: 'T-0',
          };
          ids.push((await call<{ operation: Operation }>(console_, 'operations.create', { plan })).operation.id);
        }
        for (let e = 1; e <= EDITS_PER_RECORD; e++) {
          for (const id of ids) await call(console_, 'operations.update', { id, patch: { team: `T-${e}` } });
          if (e === 10) {
            // Kill the hub while the flush is under way, and bring it back on the same port and data.
            const { pending } = await call<OutboxStatus>(console_, 'outbox.status', {});
            expect(pending).toBeGreaterThan(0); // the kill lands with mutations still on their way
            await stopHubProcess(hub, 'SIGKILL');
            hub = await startHub(dataDir, port);
          }
        }
        await eventually(
          () => call<OutboxStatus>(console_, 'outbox.status', {}),
          (s) => s.pending === 0 && s.conflicts === 0,
          120_000,
        );
      } finally {
        await console_.close();
      }
      const store = openTestStore(dataDir); // a second connection, as the CLI has
      try {
        // The console's results (the demo's court is imported by the hub itself, not pushed by a client).
        const decided = store.db.get('SELECT COUNT(*) AS n, MIN(client_seq) AS lo, MAX(client_seq) AS hi FROM client_results');
        expect(decided).toEqual({ n: RECORDS * (EDITS_PER_RECORD + 1), lo: 1, hi: RECORDS * (EDITS_PER_RECORD + 1) });
        const refused = store.db.column<string>('SELECT result FROM client_results').filter((r) => !(JSON.parse(r) as { ok: boolean }).ok);
        expect(refused).toEqual([]);
        const applied = store.changes
          .since(0, ['operation'], 100_000)
          .changes.map((c) => ({ id: c.id, team: (c.data as Operation).team, clientSeq: c.origin?.clientSeq }));
        expect(applied).toHaveLength(RECORDS * (EDITS_PER_RECORD + 1)); // once each: no duplicates
        expect(new Set(applied.map((a) => a.clientSeq)).size).toBe(applied.length);
        for (const id of ids) {
          const teams = applied.filter((a) => a.id === id).map((a) => a.team);
          expect(teams).toEqual(Array.from({ length: EDITS_PER_RECORD + 1 }, (_, e) => `T-${e}`));
        }
      } finally {
        store.close();
      }
    } finally {
      await stopHubProcess(hub, 'SIGKILL');
    }
  });
});
