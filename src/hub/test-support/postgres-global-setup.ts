// Runs in: Node (vitest's main process, the 'hub-postgres' project). One throwaway PostgreSQL cluster for the whole
// run (test-store.ts gives each test hub a database on it), stopped and deleted after the run.
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgresCluster();
  project.provide('postgresCluster', cluster.url);
  return () => cluster.stop();
}
