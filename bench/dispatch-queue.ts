// dispatch.queue.e2e_p99_ms: an incident opened on one console until it is in another console's queue — two console
// cores (this process) following one hub (a child process) with 500 units reporting at 4 Hz through it (a devices
// child), as a dispatch room runs. Measured from just before console A's 'records.mutate' (incident.open) to console
// B's 'dispatch.queue' answer that holds it, read when B announces 'records.changed' for incidents: A's cache write
// and outbox, the push, the hub's transaction and broadcast, B's ingest and B's queue read. One incident at a time,
// one every 200 ms.
// baseline: the bare relay under the same load, in the same run — a raw socket.io server child passing a note from
// one raw client here to another (roles/relay.ts), p99 of the same count of notes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import { createConsoleCore, type ConsoleCore } from '../src/core/console-core.ts';
import type { DispatchQueue } from '../src/shared/api/dispatch.ts';
import { uuidv7 } from '../src/shared/ids/uuidv7.ts';
import type { DispatchBench } from './dispatch-bench.ts';
import { log, percentile } from './report.ts';
import { benchCoreOptions } from './live/support/bench-core.ts';
import { startChild, stopRunningChildren } from './live/support/child-process.ts';
import { addDevices } from './live/support/devices-child.ts';
import { FLEET_HZ, FLEET_UNITS } from './live/support/fleet.ts';
import { startHubChild } from './live/support/hub-child.ts';

const WARMUP = 10;
const RUNS = 200;
const EVERY_MS = 200;
const TIMEOUT_MS = 10_000;

async function call<T>(core: ConsoleCore, method: string, input: object): Promise<T> {
  const result = await core.dispatch(method as never, input as never);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function untilLive(core: ConsoleCore): Promise<void> {
  const until = Date.now() + 120_000;
  while (
    (await call<{ state: string }>(core, 'sync.status', {})).state !== 'live' ||
    (await call<{ units: unknown[] }>(core, 'units.list', {})).units.length < FLEET_UNITS
  ) {
    if (Date.now() > until) throw new Error('a console did not get live with the fleet within 2 min');
    await sleep(250);
  }
}

/** A WhatsApp noise complaint in Nueva Córdoba, as the intake form sends it. */
function noiseComplaint(now: number) {
  return {
    kind: 'incident.open',
    id: uuidv7(now),
    category: 'noise',
    priorityOverride: null,
    place: { barrio: 'Nueva Córdoba', address: 'Bv. Chacabuco 500', lat: -31.429, lng: -64.1868, precision: 'barrio' },
    description: 'Música muy fuerte en un departamento',
    complaint: {
      id: uuidv7(now),
      channel: 'whatsapp',
      receivedAt: now,
      description: 'Música fuerte',
      reporter: null,
      appReference: null,
      photos: [],
      camera: null,
    },
  } as const;
}

/** When B's queue first holds each awaited incident: read on every incidents change B announces. */
function watchQueue(b: ConsoleCore) {
  const waiting = new Map<string, (at: number) => void>();
  let reading = false;
  let again = false;
  const read = async () => {
    if (reading) return void (again = true);
    reading = true;
    do {
      again = false;
      const queue = await call<DispatchQueue>(b, 'dispatch.queue', {});
      const at = performance.now();
      for (const view of queue.open) waiting.get(view.incident.id)?.(at);
    } while (again);
    reading = false;
  };
  b.onEvent((event, payload) => {
    if (event === 'records.changed' && (payload as { entity: string }).entity === 'incident' && waiting.size) void read();
  });
  return (id: string) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`incident ${id} not in the other queue within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      waiting.set(id, (at) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(at);
      });
    });
}

async function consoleToConsole(a: ConsoleCore, b: ConsoleCore): Promise<number[]> {
  const arrival = watchQueue(b);
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const mutation = noiseComplaint(Date.now());
    const shown = arrival(mutation.id);
    const started = performance.now();
    await call(a, 'records.mutate', { mutation });
    const ms = (await shown) - started;
    if (i >= WARMUP) samples.push(ms);
    await sleep(EVERY_MS);
  }
  return samples;
}

async function rawRelay(): Promise<number[]> {
  const relay = await startChild('relay');
  const { url } = await relay.request<{ url: string }>({ type: 'url' }, 'url');
  const [from, to] = [io(url, { transports: ['websocket'] }), io(url, { transports: ['websocket'] })];
  try {
    await Promise.all([from, to].map((s) => new Promise((resolve) => s.once('connect', () => resolve(null)))));
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const got = new Promise<number>((resolve) => to.once('note', () => resolve(performance.now())));
      const started = performance.now();
      from.emit('note', noiseComplaint(Date.now()));
      const ms = (await got) - started;
      if (i >= WARMUP) samples.push(ms);
      await sleep(EVERY_MS);
    }
    return samples;
  } finally {
    from.close();
    to.close();
    await relay.stop();
  }
}

export const queueEndToEnd: DispatchBench = {
  part: 'queue',
  name: 'dispatch.queue.e2e_p99_ms',
  unit: 'ms',
  goal: { on: 'value', op: '<=', target: 250 },
  note: `p99 of ${RUNS} incidents opened on one console until in another's queue, ${FLEET_UNITS} units at ${FLEET_HZ} Hz live; baseline: raw socket.io relay p99`,
  async measure() {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-bench-queue-'));
    const cores: ConsoleCore[] = [];
    try {
      log(`  hub + ${FLEET_UNITS} units at ${FLEET_HZ} Hz, two consoles…`);
      const hub = await startHubChild(path.join(tmp, 'hub'), FLEET_UNITS);
      const devices = await startChild('devices');
      await addDevices(devices, hub, 0, FLEET_UNITS, { hz: FLEET_HZ });
      for (const name of ['a', 'b']) cores.push(createConsoleCore(benchCoreOptions(path.join(tmp, name), hub.config('dispatcher'))));
      await Promise.all(cores.map(untilLive));
      const e2e = await consoleToConsole(cores[0]!, cores[1]!);
      const raw = await rawRelay();
      log(
        `  console → console p50 ${percentile(e2e, 50).toFixed(1)} ms, p99 ${percentile(e2e, 99).toFixed(1)} ms; raw relay p50 ${percentile(raw, 50).toFixed(1)} ms, p99 ${percentile(raw, 99).toFixed(1)} ms`,
      );
      return { value: percentile(e2e, 99), baseline: percentile(raw, 99) };
    } finally {
      for (const core of cores) core.close();
      await stopRunningChildren();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  },
};
