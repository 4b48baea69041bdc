import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../shared/operations/types.ts';
import type { Mutation } from '../../shared/records/mutations.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { resolveConflict } from './resolve-conflict.ts';
import { accept, LocalRefusal, settle, write } from './write-path.ts';

const ID = '0190a8c0-0000-7000-8000-000000000001';
const plan = {
  type: 'noise_check',
  barrio: 'Nueva Córdoba',
  address: 'Bv. Illia 300',
  plannedStart: Date.UTC(2026, 10, 27, 1),
  plannedEnd: Date.UTC(2026, 10, 27, 4),
  shift: 'night',
  team: 'Equipo 03',
} as const;
const create: Mutation = { kind: 'operation.create', id: ID, plan };
const rename = (team: string): Mutation => ({ kind: 'operation.update', id: ID, patch: { team } });
const server = (version: number, team: string): Operation => ({
  id: ID,
  status: 'draft',
  ...plan,
  team,
  lat: -31.42,
  lng: -64.19,
  resultSummary: null,
  cancelReason: null,
  createdAt: 1,
  updatedAt: 2,
  version,
});

let cache: Cache;
afterEach(() => cache?.close());
const open = () => (cache = createCache(path.join(tempDir(), 'cache.db')));
const visible = () => cache.operations.get(ID);

describe('the write path', () => {
  it('applies a mutation and queues it in one transaction, with the base version it was made on', () => {
    open();
    const { record, clientSeq } = write(cache, create, 'coord', 1000);
    expect(record).toMatchObject({ id: ID, status: 'draft', version: 1, team: 'Equipo 03' });
    expect(visible()).toEqual(record);
    const second = write(cache, rename('Equipo 07'), 'coord', 2000);
    expect(second.clientSeq).toBe(clientSeq + 1);
    expect(cache.outbox.head(10).map((e) => [e.clientSeq, e.baseVersion, e.mutation.kind])).toEqual([
      [clientSeq, 0, 'operation.create'],
      [clientSeq + 1, 1, 'operation.update'],
    ]);
    expect(cache.operations.row(ID)?.syncState).toBe('pending');
  });

  it('refuses what the record does not allow, and writes nothing', () => {
    open();
    expect(() => write(cache, rename('x'), 'coord', 1)).toThrow(LocalRefusal);
    write(cache, create, 'coord', 1);
    expect(() => write(cache, { kind: 'operation.setStatus', id: ID, status: 'closed' }, 'coord', 2)).toThrow(
      expect.objectContaining({ reason: 'invalid_transition' }),
    );
    expect(cache.outbox.count()).toBe(1);
  });

  it('never lets a server change overwrite a pending write; applies it once the hub has decided', () => {
    open();
    cache.operations.put([server(1, 'Equipo 01')]);
    const { clientSeq } = write(cache, rename('Mine'), 'coord', 10);
    expect(accept(cache, 'operation', server(2, 'Theirs'))).toBe(false);
    expect(visible()?.team).toBe('Mine');
    // The hub refuses mine (someone changed it first): rolled back to theirs, with a conflict holding both.
    settle(cache, { clientSeq, ok: false, reason: 'version_conflict', current: server(2, 'Theirs') }, 20);
    expect(visible()?.team).toBe('Theirs');
    const [conflict] = cache.conflicts.list();
    expect(conflict).toMatchObject({ reason: 'version_conflict', mine: { team: 'Mine' }, theirs: { team: 'Theirs' } });
    expect(cache.outbox.count()).toBe(0);
    expect(cache.operations.row(ID)?.syncState).toBe('conflict');
  });

  it('an acknowledged write becomes the confirmed version; later pending writes stay visible on top', () => {
    open();
    cache.operations.put([server(1, 'A')]);
    const first = write(cache, rename('B'), 'coord', 10);
    write(cache, rename('C'), 'coord', 11);
    settle(cache, { clientSeq: first.clientSeq, ok: true, seq: 5, record: server(2, 'B') }, 12);
    expect(visible()?.team).toBe('C');
    expect(cache.confirmed.get('operation', ID)).toMatchObject({ version: 2, team: 'B' });
    settle(cache, { clientSeq: first.clientSeq + 1, ok: true, seq: 6, record: server(3, 'C') }, 13);
    expect(visible()).toMatchObject({ version: 3, team: 'C' });
    expect(cache.confirmed.get('operation', ID)).toBeUndefined();
    // The same decision again (a replayed ack, or the change stream after the ack) changes nothing.
    expect(settle(cache, { clientSeq: first.clientSeq + 1, ok: true, seq: 6, record: server(3, 'C') }, 14)).toBeNull();
  });

  it('a refusal withdraws the later pending writes on the record (kept for the hub, no longer in effect)', () => {
    open();
    cache.operations.put([server(1, 'A')]);
    const first = write(cache, rename('B'), 'coord', 10);
    const second = write(cache, rename('C'), 'coord', 11);
    settle(cache, { clientSeq: first.clientSeq, ok: false, reason: 'forbidden', current: server(1, 'A') }, 12);
    expect(visible()?.team).toBe('A');
    expect(cache.outbox.count()).toBe(0);
    expect(cache.outbox.head(10)).toEqual([expect.objectContaining({ clientSeq: second.clientSeq, withdrawn: true })]);
    expect(cache.conflicts.list()[0]?.mutations).toHaveLength(2);
  });

  it('a refused create disappears from the visible rows', () => {
    open();
    const { clientSeq } = write(cache, create, 'judge', 1);
    settle(cache, { clientSeq, ok: false, reason: 'forbidden', current: null }, 2);
    expect(visible()).toBeNull();
    expect(cache.conflicts.list()[0]).toMatchObject({ mine: { id: ID }, theirs: null });
  });

  it('resolving: theirs drops the conflict; mine writes the same changes again on top of theirs', () => {
    open();
    cache.operations.put([server(1, 'A')]);
    const { clientSeq } = write(cache, rename('Mine'), 'coord', 10);
    settle(cache, { clientSeq, ok: false, reason: 'version_conflict', current: server(2, 'Theirs') }, 11);
    const [conflict] = cache.conflicts.list();
    expect(resolveConflict(cache, { id: conflict!.id, choice: 'mine' }, 'coord', 12)).toEqual({ entity: 'operation', recordId: ID });
    expect(visible()).toMatchObject({ team: 'Mine', version: 3 });
    expect(cache.outbox.head(10).at(-1)).toMatchObject({ baseVersion: 2 });
    expect(cache.conflicts.count()).toBe(0);
    expect(resolveConflict(cache, { id: conflict!.id, choice: 'theirs' }, 'coord', 13)).toBeNull(); // already resolved
  });

  it('resolving with theirs keeps the hub version and queues nothing', () => {
    open();
    cache.operations.put([server(1, 'A')]);
    const { clientSeq } = write(cache, rename('Mine'), 'coord', 10);
    settle(cache, { clientSeq, ok: false, reason: 'version_conflict', current: server(2, 'Theirs') }, 11);
    const [conflict] = cache.conflicts.list();
    expect(resolveConflict(cache, { id: conflict!.id, choice: 'theirs' }, 'coord', 12)).toEqual({ entity: 'operation', recordId: ID });
    expect(visible()).toMatchObject({ team: 'Theirs', version: 2 });
    expect(cache.outbox.count()).toBe(0);
    expect(cache.operations.row(ID)?.syncState).toBe('synced');
  });

  it('resolving with an edit writes the person’s change on top of the hub version, in one step with dropping the conflict', () => {
    open();
    cache.operations.put([server(1, 'A')]);
    const { clientSeq } = write(cache, rename('Mine'), 'coord', 10);
    settle(cache, { clientSeq, ok: false, reason: 'version_conflict', current: server(2, 'Theirs') }, 11);
    const [conflict] = cache.conflicts.list();
    const edited = { id: conflict!.id, choice: 'edited', mutation: rename('Both') } as const;
    expect(resolveConflict(cache, edited, 'coord', 12)).toEqual({ entity: 'operation', recordId: ID });
    expect(visible()).toMatchObject({ team: 'Both', version: 3 });
    expect(cache.outbox.head(10).at(-1)).toMatchObject({ baseVersion: 2, mutation: rename('Both') });
    expect(cache.conflicts.count()).toBe(0);
  });

  it('an edit of another record, or one the record refuses, changes nothing: the conflict stays', () => {
    open();
    cache.operations.put([server(1, 'A')]);
    const { clientSeq } = write(cache, rename('Mine'), 'coord', 10);
    settle(cache, { clientSeq, ok: false, reason: 'version_conflict', current: server(2, 'Theirs') }, 11);
    const [conflict] = cache.conflicts.list();
    const other = { ...rename('X'), id: '01890000-0000-7000-8000-0000000000ff' };
    expect(() => resolveConflict(cache, { id: conflict!.id, choice: 'edited', mutation: other }, 'coord', 12)).toThrow(LocalRefusal);
    const refused = { kind: 'operation.setStatus', id: ID, status: 'closed' } as const; // draft → closed is not a transition
    expect(() => resolveConflict(cache, { id: conflict!.id, choice: 'edited', mutation: refused }, 'coord', 12)).toThrow(LocalRefusal);
    expect(cache.conflicts.count()).toBe(1);
    expect(visible()).toMatchObject({ team: 'Theirs', version: 2 });
    expect(cache.outbox.count()).toBe(0);
  });
});
