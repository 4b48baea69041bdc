// Runs in: Node (tests only). Changes a console pushes to a real hub: any mutations (each push from a console of
// its own), and the usual ones — open an incident and send a unit to it; an administrator's new dated setting.
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { expect } from 'vitest';
import type { Mutation } from '../../shared/records/mutations.ts';
import type { IncidentPlace } from '../../shared/records/incident-schema.ts';
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { cordobaIsoDate } from '../../shared/time/cordoba.ts';
import { request } from './hub-clients.ts';

/** Pushes mutations as a new console (its own client id), each on the version given; all must be accepted. */
export async function push(socket: Socket, ...mutations: { mutation: Mutation; baseVersion: number }[]): Promise<void> {
  const envelopes = mutations.map(({ mutation, baseVersion }, i) => ({
    clientSeq: i + 1,
    mutationId: randomUUID(),
    baseVersion,
    madeAt: Date.now(),
    mutation,
  }));
  const answer = await request<{ results: { ok: boolean }[] }>(socket, 'mutate', { clientId: randomUUID(), mutations: envelopes });
  expect(answer.ok && answer.value.results.map((r) => r.ok)).toEqual(mutations.map(() => true));
}

/** Opens a noise incident at `place` and sends `unitId` to it at `at`; returns the incident's id. */
export async function sendToIncident(socket: Socket, unitId: string, place: IncidentPlace, at = Date.now()): Promise<string> {
  const id = randomUUID();
  const open: Mutation = {
    kind: 'incident.open',
    id,
    category: 'noise',
    priorityOverride: null,
    place,
    description: 'Fiesta',
    complaint: {
      id: randomUUID(),
      channel: 'line_103',
      receivedAt: at,
      description: 'Música muy fuerte',
      reporter: null,
      appReference: null,
      photos: [],
      camera: null,
    },
  };
  await push(
    socket,
    { mutation: open, baseVersion: 0 },
    { mutation: { kind: 'incident.assign', id, unitId, replacing: null, at }, baseVersion: 1 },
  );
  return id;
}

/** An administrator's new value of a setting, in force from today (no earlier: the hub refuses retroactive ones). */
export async function addSettingToday(admin: Socket, entry: Omit<SettingEntry, 'effectiveFrom'>): Promise<void> {
  const mutation = { kind: 'setting.add', id: randomUUID(), entry: { ...entry, effectiveFrom: cordobaIsoDate(Date.now()) } } as Mutation;
  await push(admin, { mutation, baseVersion: 0 });
}
