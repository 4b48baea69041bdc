import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME } from './cache/cache-session.ts';
import { createConsoleCore, type ConsoleCore } from './console-core.ts';
import { DEMO_OPERATIONS } from './seed/demo.ts';
import { tempDir } from './test-support/temp-dir.ts';
import { RECORD_ENTITIES } from '../shared/records/registry.ts';

const quiet = () => {};
const start = (dataDir: string, demo = false): ConsoleCore =>
  createConsoleCore({ dataDir, host: 'browser', version: 'test', demo, hub: null, log: quiet });

describe('console core', () => {
  it('seeds the demo set into a new cache, once', async () => {
    const dir = tempDir();
    let core = start(dir, true);
    expect(await core.dispatch('cache.status', {})).toMatchObject({ ok: true, value: { state: 'ready', operations: DEMO_OPERATIONS } });
    core.close();
    core = start(dir, true);
    expect(await core.dispatch('cache.status', {})).toMatchObject({ value: { operations: DEMO_OPERATIONS } });
    core.close();
  });

  it('answers a page through the contract', async () => {
    const core = start(tempDir(), true);
    const result = await core.dispatch('operations.page', { offset: 0, limit: 5, withTotal: true });
    expect(result).toMatchObject({ ok: true, value: { total: DEMO_OPERATIONS } });
    expect((result as { value: { rows: unknown[] } }).value.rows).toHaveLength(5);
    core.close();
  });

  it('refuses invalid input with field issues and writes nothing', async () => {
    const core = start(tempDir());
    const bad = await core.dispatch('prefs.set', { key: 'ui.language', value: 'klingon' });
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', issues: [expect.objectContaining({ path: 'value' })] } });
    expect(await core.dispatch('prefs.get', { key: 'ui.language' })).toEqual({ ok: true, value: { value: null } });
    expect(await core.dispatch('operations.page', { offset: 'zero', limit: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'offset', code: 'invalid_type' }] },
    });
    expect(await core.dispatch('nope.method', {})).toEqual({ ok: false, error: { code: 'unknown_method' } });
    expect(await core.dispatch({ toString: 'x' }, {})).toEqual({ ok: false, error: { code: 'unknown_method' } });
    core.close();
  });

  it('keeps preferences across restarts', async () => {
    const dir = tempDir();
    let core = start(dir);
    const columns = [{ colId: 'barrio', width: 180, hide: false, sort: 'asc' as const }];
    expect(await core.dispatch('prefs.set', { key: 'grid.operations.columns', value: columns })).toEqual({
      ok: true,
      value: { saved: true },
    });
    core.close();
    core = start(dir);
    expect(await core.dispatch('prefs.get', { key: 'grid.operations.columns' })).toEqual({ ok: true, value: { value: columns } });
    core.close();
  });

  it('reports a corrupt cache instead of crashing, and rebuilds it only when asked, keeping the old file', async () => {
    const dir = tempDir();
    const file = path.join(dir, CACHE_FILE_NAME);
    const garbage = Buffer.from('this is not a database, it is a shopping list: mate, yerba, facturas'.repeat(100));
    fs.writeFileSync(file, garbage);
    const events: string[] = [];
    const core = start(dir, true);
    core.onEvent((event) => events.push(event));

    expect(await core.dispatch('cache.status', {})).toEqual({ ok: true, value: { state: 'unavailable', path: file, reason: 'corrupt' } });
    expect(await core.dispatch('operations.page', { offset: 0, limit: 5 })).toEqual({ ok: false, error: { code: 'cache_unavailable' } });
    expect(fs.readFileSync(file)).toEqual(garbage); // nothing touched yet

    const rebuilt = await core.dispatch('cache.rebuild', {});
    expect(rebuilt).toMatchObject({ ok: true, value: { state: 'ready', operations: DEMO_OPERATIONS } });
    const movedTo = (rebuilt as { value: { movedTo: string } }).value.movedTo;
    expect(fs.readFileSync(movedTo)).toEqual(garbage);
    expect(events).toEqual(RECORD_ENTITIES.map(() => 'records.changed')); // every kind replaced
    core.close();
  });

  it('leaves a cache from a newer console untouched, even when asked to recover it', async () => {
    const dir = tempDir();
    const file = path.join(dir, CACHE_FILE_NAME);
    start(dir).close();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE'); // one self-contained file, so its bytes can be compared
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 0)").run();
    db.close();
    const before = fs.readFileSync(file);
    const core = start(dir);
    expect(await core.dispatch('cache.status', {})).toMatchObject({ value: { state: 'unavailable', reason: 'too_new' } });
    expect(await core.dispatch('cache.rebuild', {})).toMatchObject({ value: { state: 'unavailable', reason: 'too_new' } });
    expect((await core.dispatch('cache.rebuild', {})) as object).not.toHaveProperty('value.movedTo');
    core.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('unusable'))).toEqual([]);
  });

  it('refuses a data folder another console has open, and opens it once that one has closed', async () => {
    const dir = tempDir();
    const first = start(dir);
    const second = start(dir);
    expect(await second.dispatch('cache.status', {})).toMatchObject({ value: { state: 'unavailable', reason: 'in_use' } });
    expect(await second.dispatch('operations.page', { offset: 0, limit: 1 })).toEqual({ ok: false, error: { code: 'cache_unavailable' } });
    first.close();
    const events: string[] = [];
    second.onEvent((event) => events.push(event));
    expect(await second.dispatch('cache.rebuild', {})).toMatchObject({ value: { state: 'ready' } });
    expect(events).toEqual(RECORD_ENTITIES.map(() => 'records.changed')); // every kind replaced
    expect(fs.readdirSync(dir).filter((f) => f.includes('unusable'))).toEqual([]); // retried, nothing moved
    second.close();
  });
});
