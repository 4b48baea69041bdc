// What devices may send, and what consoles receive from it, against a real hub.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesAnswerSchema, ChangeSchema } from '../shared/hub-protocol/changes.ts';
import { PositionsBatchSchema } from '../shared/hub-protocol/positions.ts';
import { MAX_PAYLOAD_BYTES } from '../shared/hub-protocol/namespaces.ts';
import type { ChangesAnswer } from '../shared/hub-protocol/changes.ts';
import type { Unit, UnitPosition } from '../shared/live/units.ts';
import { startHub, type Hub } from './hub.ts';
import {
  collectChanges,
  connectConsole,
  connectDevice,
  deviceToken,
  loginAs,
  nextChange,
  nextEvent,
  request,
  sleep,
  telemetry,
} from './test-support/hub-clients.ts';

let root: string;
let hub: Hub;
let units: string[];

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-field-'));
  hub = await startHub({ dataDir: root, demoUnits: 6 });
  units = hub.demo!.devices.map((d) => d.unitId);
});
afterAll(async () => {
  await hub.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const device = (i: number) => connectDevice(hub.url, deviceToken(hub, units[i]!));
const dispatcher = async () => connectConsole(hub.url, (await loginAs(hub, 'despacho')).token);

async function changesSince(socket: Socket, since: number, limit: number): Promise<ChangesAnswer> {
  const answer = await request(socket, 'changes', { since, limit });
  if (!answer.ok) throw new Error(answer.error);
  return ChangesAnswerSchema.parse(answer.value);
}

describe('telemetry', () => {
  it('is stored and acknowledged', async () => {
    expect(await request(await device(0), 'telemetry', telemetry(units[0]!))).toEqual({ ok: true, value: null });
  });

  it('for another unit is forbidden', async () => {
    expect(await request(await device(0), 'telemetry', telemetry(units[1]!))).toEqual({ ok: false, error: 'forbidden' });
  });

  it('that is malformed or oversized gets an error answer; that device and the others keep working', async () => {
    const [a, b] = await Promise.all([device(0), device(1)]);
    const invalid = { ok: false, error: 'invalid_input' };
    const malformed: unknown[][] = [
      [{ ...telemetry(units[0]!), lat: 'south' }],
      [{ ...telemetry(units[0]!), status: 'asleep' }],
      [{ ...telemetry(units[0]!), extra: 1 }],
      [{ ...telemetry(units[0]!), lat: 91 }],
      ['just text'],
      [null],
      [],
      [telemetry(units[0]!), 'a second argument'],
    ];
    for (const args of malformed) expect(await request(a, 'telemetry', ...args)).toEqual(invalid);
    const oversized = { ...telemetry(units[0]!), padding: 'x'.repeat(MAX_PAYLOAD_BYTES) };
    expect(await request(a, 'telemetry', oversized)).toEqual(invalid);
    expect(await request(a, 'unknown-event', {})).toEqual(invalid);
    expect(a.connected).toBe(true);
    expect(await request(a, 'telemetry', telemetry(units[0]!))).toEqual({ ok: true, value: null });
    expect(await request(b, 'telemetry', telemetry(units[1]!))).toEqual({ ok: true, value: null });
  });

  it('in a frame beyond the transport limit closes only that connection', async () => {
    const [a, b] = await Promise.all([device(2), device(3)]);
    const closed = nextEvent<string>(a, 'disconnect');
    a.emit('telemetry', { ...telemetry(units[2]!), padding: 'x'.repeat(1_100_000) });
    expect(await closed).toBe('transport close');
    expect(await request(b, 'telemetry', telemetry(units[3]!))).toEqual({ ok: true, value: null });
  });

  it('beyond the rate limit is refused message by message, without disconnecting', async () => {
    const a = await device(4);
    const answers = await Promise.all(Array.from({ length: 100 }, () => request(a, 'telemetry', telemetry(units[4]!))));
    const limited = answers.filter((answer) => !answer.ok && answer.error === 'rate_limited').length;
    expect(limited).toBeGreaterThanOrEqual(30); // burst 40, refilling at 20/s while the 100 arrive (well under 1.5 s)
    expect(answers.filter((answer) => answer.ok).length).toBe(100 - limited);
    await sleep(200); // four tokens back
    expect(await request(a, 'telemetry', telemetry(units[4]!))).toEqual({ ok: true, value: null });
    expect(a.connected).toBe(true);
  });
});

describe('a status change', () => {
  it('gets the next seq, is delivered live to consoles and is in the change log', async () => {
    const consoleSocket = await dispatcher();
    const before = await changesSince(consoleSocket, 0, 1);
    const live = nextChange(consoleSocket);
    const a = await device(5);
    await request(a, 'telemetry', telemetry(units[5]!, { status: 'on_scene' }));
    const change = ChangeSchema.parse(await live);
    expect(change).toMatchObject({ seq: before.lastSeq + 1, entity: 'unit', id: units[5], data: { status: 'on_scene', version: 2 } });
    expect(await changesSince(consoleSocket, before.lastSeq, 10)).toEqual({ changes: [change], lastSeq: change.seq, hasMore: false });
  });

  it('is not repeated for reports with the same status, nor taken from an older report', async () => {
    const consoleSocket = await dispatcher();
    const seen = collectChanges(consoleSocket);
    const a = await device(5);
    const newer = telemetry(units[5]!, { status: 'break' });
    const older = { ...newer, deviceTime: newer.deviceTime - 10_000, status: 'out_of_service' as const };
    for (const t of [newer, telemetry(units[5]!, { status: 'break' }), older]) await request(a, 'telemetry', t);
    await sleep(150);
    expect(seen.map((c) => (c.data as Unit).status)).toEqual(['break']);
  });
  it('builds on a dispatcher’s assignment: the device’s status change keeps the task and takes the next version', async () => {
    const consoleSocket = await dispatcher();
    const unitId = units[4]!;
    const push = {
      clientId: '0190a8c0-0000-7000-8000-0000000000d1',
      mutations: [
        {
          clientSeq: 1,
          mutationId: '0190a8c0-0000-7000-8000-0000000000d2',
          baseVersion: 1,
          madeAt: Date.now(),
          mutation: { kind: 'unit.assign', id: unitId, assignment: 'Reclamo 4410 — ruidos' },
        },
      ],
    };
    expect(await request(consoleSocket, 'mutate', push)).toMatchObject({ ok: true, value: { results: [{ ok: true }] } });
    const seen = collectChanges(consoleSocket);
    await request(await device(4), 'telemetry', telemetry(unitId, { status: 'on_scene' }));
    await sleep(150);
    expect(seen.map((c) => c.data)).toEqual([
      expect.objectContaining({ status: 'on_scene', assignment: 'Reclamo 4410 — ruidos', version: 3 }),
    ]);
  });
});

describe('positions', () => {
  it('are coalesced: one entry per unit per tick, the newest', async () => {
    const consoleSocket = await dispatcher();
    const batches: UnitPosition[][] = [];
    consoleSocket.on('positions', (batch: unknown) => batches.push(PositionsBatchSchema.parse(batch)));
    const a = await device(1);
    const sent = Array.from({ length: 10 }, (_, i) => telemetry(units[1]!, { lat: -31.4 - i / 1000 }));
    for (const t of sent) a.emit('telemetry', t);
    const last = sent.at(-1)!;
    await nextEvent<UnitPosition[]>(consoleSocket, 'positions', (batch) => batch.some((p) => p.deviceTime === last.deviceTime));
    const ours = batches.map((batch) => batch.filter((p) => p.unitId === units[1]));
    expect(ours.every((entries) => entries.length <= 1)).toBe(true);
    expect(ours.flat().length).toBeLessThanOrEqual(3); // 10 reports sent at once fall into one or two ticks
    expect(ours.flat().at(-1)).toMatchObject({ unitId: units[1], lat: last.lat, lng: last.lng, accuracyM: 8, speedKmh: 20, heading: 90 });
  });
});
