// A write made around a role's first sync — the bulk load that follows signing in as another role — is never lost
// from the grid: a real console core follows a real hub (8,000 operations, its units driven by the simulator as the
// embedded demo hub's are, so live changes and positions keep coming during the load) as the dispatcher, signs in
// as the coordinator, and an operation is created through the ConsoleApi at a chosen moment of that load: pending in
// the outbox at the switch, while the hub's pages arrive, while the file is built, and after the build right before
// the swap. Each time the grid's address search finds it at once and again in the reset that follows the swap; once
// live it is in the cache, found and counted by the grid's query, on the hub, and synced.
//
// The moments are reached by events, not by waiting: the sync's own progress (sync.state; paging slowed down by a
// throttled link so that a page takes longer than the 250 ms between progress reports) and, for "right before the
// swap", a hook run by swapIn before it does its work — no call can come in between (firstSync() goes from the
// built file to the swap without yielding), so a write there is the latest a person can make on the old cache.
// The write runs inside the listener: a ConsoleApi handler runs synchronously up to its answer.
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { OperationsPage } from '../shared/api/contract.ts';
import type { OutboxStatus } from '../shared/api/writes.ts';
import type { RecordsChanged } from '../shared/api/records.ts';
import type { SnapshotAnswer } from '../shared/hub-protocol/changes.ts';
import type { RecordsAnswer } from '../shared/hub-protocol/push.ts';
import type { SyncStatus } from '../shared/live/sync-status.ts';
import type { Operation, OperationRow } from '../shared/operations/types.ts';
import { startHub, type Hub } from './hub.ts';
import { createSimulator, type Simulator } from './simulator/simulator.ts';
import { CHECKPOINT_PLAN } from './test-support/checkpoint-plan.ts';
import { call, consoleFor, eventually, syncStatus, untilLive } from './test-support/following-console.ts';
import { connectConsole, loginAs, request } from './test-support/hub-clients.ts';
import { networkLink } from './test-support/network-link.ts';
import { testStore } from './test-support/test-store.ts';

/** Called once by the next swapIn, before it starts (see the header). */
const hook = vi.hoisted(() => ({ beforeSwap: null as (() => void) | null }));
vi.mock('../core/sync/bulk/swap-in.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/sync/bulk/swap-in.ts')>();
  return {
    ...real,
    swapIn: (...args: Parameters<typeof real.swapIn>) => {
      const before = hook.beforeSwap;
      hook.beforeSwap = null;
      before?.();
      real.swapIn(...args);
    },
  };
});

const OPERATIONS = 8_000;
/** Hub → console bytes a second while the case waits for a page: a 5,000-operation page then takes about a second. */
const SLOW_LINK = 2_000_000;

let hub: Hub;
let simulator: Simulator;

beforeAll(async () => {
  const dataDir = tempDir('first-sync-write-hub-');
  hub = await startHub({ ...testStore(dataDir), port: 0, demoUnits: 4, demoOperations: OPERATIONS });
  simulator = createSimulator({ hubUrl: hub.url, devices: hub.demo!.devices, hz: 4, seed: 1 });
  await simulator.start();
}, 120_000);
afterAll(async () => {
  simulator.stop();
  await hub.close();
});

const demoUser = (role: string) => hub.demo!.users.find((u) => u.role === role)!;

/** What the case saw when it wrote: the sync's status then, and the grid's search right after the write. */
interface Written {
  readonly status: SyncStatus;
  readonly created: Promise<{ operation: Operation }>;
  readonly found: Promise<OperationsPage>;
}

const searchFor = (address: string) => ({ filter: { text: address }, offset: 0, limit: 100, withTotal: true });

/** A ConsoleApi call that must succeed. Its handler runs at once, before anything else (the answer comes later). */
const callNow = <T>(core: ConsoleCore, method: string, input: unknown): Promise<T> =>
  core.dispatch(method, input).then((result) => {
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  });

/** Creates the operation at `address` and asks the grid's search for it, both before anything else runs. */
function writeNow(core: ConsoleCore, address: string, status: SyncStatus): Written {
  const created = callNow<{ operation: Operation }>(core, 'operations.create', { plan: { ...CHECKPOINT_PLAN, address } });
  return { status, created, found: callNow<OperationsPage>(core, 'operations.page', searchFor(address)) };
}

/** The hub's own record `id`, asked of it directly as the coordinator (the page of ids from just below it). */
async function onHub(socket: Socket, id: string): Promise<Operation | null> {
  const answer = await request<RecordsAnswer>(socket, 'records', { entity: 'operation', after: id.slice(0, -1), limit: 1 });
  if (!answer.ok) throw new Error(`records: ${answer.error}`);
  const record = answer.value.records[0] as Operation | undefined;
  return record?.id === id ? record : null;
}

type Moment = 'before the switch' | 'paging' | 'building' | 'before the swap';

const MOMENTS: readonly [Moment, string][] = [
  ['before the switch', 'pending in the outbox when the coordinator signs in'],
  ['paging', 'while the hub’s pages arrive'],
  ['building', 'while the file is built'],
  ['before the swap', 'after the build, right before the swap'],
];

/** The sync's status at which the case writes (the load's phase; paging: some pages in, not all). */
const isMoment = (moment: Moment, status: SyncStatus): boolean => {
  const progress = status.progress;
  if (status.state !== 'catching_up' || !progress) return false;
  if (moment === 'paging') return progress.phase === 'paging' && progress.done > 0 && progress.done < progress.total;
  return moment === 'building' && progress.phase === 'building';
};

describe('a write around a role’s first sync (bulk load)', () => {
  it.each(MOMENTS)(
    'made %s (%s) is in the grid throughout, reaches the hub and is synced',
    async (moment) => {
      const address = `Pasaje Carga Inicial ${moment}`;
      const link = await networkLink(hub.url);
      const core = consoleFor(hub, { role: 'dispatcher', url: link.url });
      await untilLive(core, 60_000);

      let written: Written | null = null;
      let last: SyncStatus | null = null; // the sync's status as last announced
      // The grid's search as the swap told every view to read again (before the outbox is pushed: that waits for live).
      let afterSwap: Promise<OperationsPage> | null = null;
      core.onEvent((event, payload) => {
        const changed = payload as RecordsChanged;
        if (event === 'records.changed' && changed.entity === 'operation' && changed.source === 'reset' && written)
          afterSwap = callNow(core, 'operations.page', searchFor(address));
        if (event !== 'sync.state') return;
        last = payload as SyncStatus;
        if (written || !isMoment(moment, last)) return;
        written = writeNow(core, address, last);
        link.throttle(null);
      });
      if (moment === 'before the switch') {
        await call(core, 'session.signOut', {});
        written = writeNow(core, address, await syncStatus(core));
        await written.created;
      }
      if (moment === 'paging') link.throttle(SLOW_LINK);
      if (moment === 'before the swap') hook.beforeSwap = () => void (written = writeNow(core, address, last!));
      const { username, password } = demoUser('coordinator');
      await call(core, 'session.signIn', { username, password });
      await untilLive(core, 60_000);
      hook.beforeSwap = null;

      expect(written, 'the write was made').not.toBeNull();
      const { status, created, found } = written!;
      if (moment === 'before the switch') expect(status.state).toBe('signed_out');
      else if (moment === 'before the swap') expect(status.progress?.phase).toBe('building');
      else expect(isMoment(moment, status)).toBe(true);
      const { operation } = await created;
      // Found by the grid's search at once, on the cache the load was going to replace, and right after the swap.
      expect((await found).rows.map((row) => [row.id, row.syncState])).toEqual([[operation.id, 'pending']]);
      expect(afterSwap, 'the swap announced a reset of the operations').not.toBeNull();
      const swapped = await afterSwap!;
      expect([swapped.total, swapped.rows.map((row) => [row.id, row.syncState])]).toEqual([1, [[operation.id, 'pending']]]);

      const row = await eventually(
        async () => (await call<{ operation: OperationRow | null }>(core, 'operations.get', { id: operation.id })).operation,
        (r) => r?.syncState === 'synced',
        30_000,
      );
      expect(row).toMatchObject({ address, type: CHECKPOINT_PLAN.type, team: CHECKPOINT_PLAN.team });
      const search = await call<OperationsPage>(core, 'operations.page', searchFor(address));
      expect(search.total).toBe(1);
      expect(search.rows.map((r) => [r.id, r.syncState])).toEqual([[operation.id, 'synced']]);
      expect(await call<OutboxStatus>(core, 'outbox.status', {})).toEqual({ pending: 0, conflicts: 0 });

      const socket = await connectConsole(hub.url, (await loginAs(hub, username)).token);
      expect(await onHub(socket, operation.id)).toMatchObject({ id: operation.id, address, version: row!.version });
      const snapshot = await request<SnapshotAnswer>(socket, 'snapshot', { counts: true });
      if (!snapshot.ok) throw new Error(`snapshot: ${snapshot.error}`);
      const all = await call<OperationsPage>(core, 'operations.page', { offset: 0, limit: 1, withTotal: true });
      expect(all.total).toBe(snapshot.value.counts!.operation); // the grid counts exactly the hub's operations
    },
    120_000,
  );
});
