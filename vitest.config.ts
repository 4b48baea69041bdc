import { defineConfig } from 'vitest/config';

// The hub's integration tests run twice: on the embedded SQLite store and on PostgreSQL (src/hub/test-support/
// test-store.ts). Tests of one store's own files (its migrations) and pure units run once; `*.pg.test.ts` are
// PostgreSQL's own (its migrations, concurrent writers) and run only on the cluster.
const HUB_ON_BOTH_STORES = ['src/hub/*.test.ts', 'src/hub/store/*.test.ts', 'src/hub/mutations/*.test.ts', 'src/hub/audit/*.test.ts'];
const POSTGRES_ONLY = 'src/hub/**/*.pg.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: [POSTGRES_ONLY] },
      },
      {
        extends: true,
        test: {
          name: 'hub-postgres',
          include: [...HUB_ON_BOTH_STORES, POSTGRES_ONLY],
          exclude: ['src/hub/**/*.sqlite.test.ts'],
          env: { HUB_TEST_STORE: 'postgres' },
          globalSetup: ['src/hub/test-support/postgres-global-setup.ts'],
        },
      },
    ],
  },
});
