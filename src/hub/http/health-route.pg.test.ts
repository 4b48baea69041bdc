// GET /healthz of a hub on PostgreSQL: ok with the store's kind; 503 when the database has just dropped the hub's
// connection (an administrator's pg_terminate_backend, a restarted server), and ok again once the hub reconnected.
import { describe, expect, inject, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { openPostgresDb, POSTGRES_APPLICATION_NAME } from '../store/sql/postgres-db.ts';
import { healthOf, startedHub } from '../test-support/started-hubs.ts';
import { testStore } from '../test-support/test-store.ts';

describe('GET /healthz on PostgreSQL', () => {
  it('says postgres while the database answers, unavailable when it dropped the hub, and ok again after', async () => {
    const store = testStore(tempDir('hub-health-'));
    const hub = await startedHub({ ...store, demoUnits: 1 });
    expect(await healthOf(hub)).toEqual({ status: 200, body: { status: 'ok', seq: expect.any(Number), store: 'postgres' } });

    const admin = openPostgresDb(inject('postgresCluster')!);
    try {
      const name = new URL(store.database!).pathname.slice(1);
      const dropped = admin.column<boolean>(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND application_name = ?',
        name,
        POSTGRES_APPLICATION_NAME,
      );
      expect(dropped).toContain(true);
    } finally {
      admin.close();
    }
    expect(await healthOf(hub)).toEqual({ status: 503, body: { status: 'unavailable' } });
    expect(await healthOf(hub)).toEqual({ status: 200, body: { status: 'ok', seq: expect.any(Number), store: 'postgres' } });
  });
});
