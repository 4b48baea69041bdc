// Two hub processes on one PostgreSQL database behind one address, and one of them killed (SIGKILL) while two
// consoles write and four devices report. Both consoles and every device were given the address of both hubs; the
// killed hub's console and devices fail over to the other. Afterwards every write the consoles made is in the
// store exactly once (one change, one decided client seq), both consoles hold everyone's writes (each caught up
// from its own cursor), and the devices kept reporting through the hub that lived.
import { describe, expect, it } from 'vitest';
import { createConsoleCore, type ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { OutboxStatus } from '../shared/api/writes.ts';
import type { OperationsPage } from '../shared/api/contract.ts';
import type { Operation } from '../shared/operations/types.ts';
import { readDemoCredentials } from './demo/demo-credentials.ts';
import { createSimulator } from './simulator/simulator.ts';
import { call, eventually, syncStatus } from './test-support/following-console.ts';
import { freePort, startHubProcess, stopHubProcess } from './test-support/hub-process.ts';
import { openTestStore, testStore } from './test-support/test-store.ts';

const WRITES = 150; // per console
const KILL_AFTER = 50;

function consoleAt(address: string, credentials: { username: string; password: string }): ConsoleCore {
  return createConsoleCore({
    dataDir: tempDir(),
    host: 'browser',
    version: 'test',
    demo: false,
    log: () => {},
    hub: { url: address, credentials },
  });
}

const plan = (address: string) => ({
  type: 'noise_check',
  barrio: 'Centro',
  address,
  plannedStart: Date.UTC(2026, 11, 5, 1),
  plannedEnd: Date.UTC(2026, 11, 5, 3),
  shift: 'night',
  team: 'Equipo 1',
});

const live = (core: ConsoleCore) =>
  eventually(
    () => syncStatus(core),
    (s) => s.state === 'live',
    60_000,
  );

describe('two hubs behind one address, one killed', () => {
  it('keeps every acknowledged write exactly once; consoles and devices carry on with the other', { timeout: 240_000 }, async () => {
    const [rootA, rootB] = [tempDir(), tempDir()];
    const database = testStore(rootA).database!;
    const [portA, portB] = [await freePort(), await freePort()];
    const hubA = await startHubProcess(rootA, portA, ['--database', database, '--demo-units', '4']);
    const hubB = await startHubProcess(rootB, portB, ['--database', database]);
    const [a, b] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
    const demo = readDemoCredentials(rootA)!;
    const coordinator = demo.users.find((u) => u.role === 'coordinator')!;
    const onA = consoleAt(`${a}, ${b}`, coordinator); // talks to A first
    const onB = consoleAt(`${b}, ${a}`, coordinator);
    const devices = createSimulator({ hubUrl: `${a}, ${b}`, devices: demo.devices, hz: 5, seed: 7 });
    try {
      await devices.start();
      await Promise.all([live(onA), live(onB)]);
      let killedAt = 0;
      for (let i = 0; i < WRITES; i++) {
        await call<{ operation: Operation }>(onA, 'operations.create', { plan: plan(`Failover A ${i}`) });
        await call<{ operation: Operation }>(onB, 'operations.create', { plan: plan(`Failover B ${i}`) });
        if (i === KILL_AFTER) {
          killedAt = Date.now();
          await stopHubProcess(hubA, 'SIGKILL');
        }
        if (i === KILL_AFTER + 1) expect((await call<OutboxStatus>(onA, 'outbox.status', {})).pending).toBeGreaterThan(0); // writes wait
      }
      const settled = (core: ConsoleCore) =>
        eventually(
          () => call<OutboxStatus>(core, 'outbox.status', {}),
          (s) => s.pending === 0 && s.conflicts === 0,
          120_000,
        );
      await Promise.all([settled(onA), settled(onB)]);

      // Each console holds both consoles' writes: it caught up through the hub that lived.
      const total = (core: ConsoleCore) =>
        call<OperationsPage>(core, 'operations.page', { filter: { text: 'Failover' }, offset: 0, limit: 1, withTotal: true }).then(
          (p) => p.total,
        );
      for (const core of [onA, onB])
        await eventually(
          () => total(core),
          (n) => n === 2 * WRITES,
          60_000,
        );
      expect((await syncStatus(onA)).state).toBe('live');

      const store = openTestStore(rootA);
      try {
        const created = store.changes.since(0, ['operation'], 10_000).changes;
        expect(created).toHaveLength(2 * WRITES); // one change per write: none lost, none applied twice
        expect(new Set(created.map((c) => c.id)).size).toBe(2 * WRITES);
        const decided = store.db.all<{ n: number; lo: number; hi: number }>(
          'SELECT COUNT(*) AS n, MIN(client_seq) AS lo, MAX(client_seq) AS hi FROM client_results GROUP BY client_id',
        );
        expect(decided).toEqual([
          { n: WRITES, lo: 1, hi: WRITES },
          { n: WRITES, lo: 1, hi: WRITES },
        ]);
        const reportingAfterKill = () =>
          store.positions
            .latest()
            .filter((p) => p.receivedAt > killedAt + 1_000)
            .map((p) => p.unitId);
        await eventually(reportingAfterKill, (units) => units.length === demo.devices.length, 30_000);
      } finally {
        store.close();
      }
    } finally {
      devices.stop();
      await Promise.all([onA.close(), onB.close()]);
      await Promise.all([stopHubProcess(hubA, 'SIGKILL'), stopHubProcess(hubB, 'SIGKILL')]);
    }
  });
});
