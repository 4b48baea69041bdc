import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { Mutation } from '../../shared/records/mutations.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { unsyncedOf } from './unsynced.ts';
import { settle, write } from './write-path.ts';

const entry = (effectiveFrom: string) =>
  ({ key: 'roster.limits', value: { minRestHours: 12, maxWeeklyHours: 48 }, effectiveFrom }) as const;
const add = (id: string, effectiveFrom: string): Mutation => ({ kind: 'setting.add', id, entry: entry(effectiveFrom) });

let cache: Cache;
afterEach(() => cache?.close());

it('names the records waiting in the outbox and those the hub refused; the others are not listed', () => {
  cache = createCache(path.join(tempDir(), 'cache.db'));
  const now = Date.UTC(2099, 0, 1);
  write(cache, add('waiting', '2099-02-01'), 'admin', now);
  const refused = write(cache, add('refused', '2099-03-01'), 'admin', now);
  const sent = write(cache, add('sent', '2099-04-01'), 'admin', now);
  settle(cache, { clientSeq: refused.clientSeq, ok: false, reason: 'retroactive', current: null }, now + 1);
  settle(cache, { clientSeq: sent.clientSeq, ok: true, seq: 9, record: sent.record }, now + 2);
  expect(unsyncedOf(cache, 'setting')).toEqual({ waiting: 'pending', refused: 'conflict' });
  expect(unsyncedOf(cache, 'operation')).toEqual({});
});
