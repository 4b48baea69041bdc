import { setTimeout as sleep } from 'node:timers/promises';
import type { ConsoleCore } from '../../../src/core/console-core.ts';
import type { HubConfig } from '../../../src/core/sync/sync-service.ts';
import { percentile } from '../../report.ts';
import { benchCoreOptions, countUnitRows } from '../support/bench-core.ts';
import { exitChild, type Role } from '../support/child-protocol.ts';

/** A console core (no web host) in its own process, for its resident memory. */
export const coreRole: Role = async (send) => {
  const { createConsoleCore } = await import('../../../src/core/console-core.ts');
  let core: ConsoleCore | undefined;
  let rows = () => 0;
  send({ type: 'ready' });
  return async (message) => {
    if (message.type === 'start') {
      const log = (text: string, err?: unknown) => process.stderr.write(`[bench core] ${text} ${err ?? ''}\n`);
      core = createConsoleCore(benchCoreOptions(String(message.dataDir), message.hub as HubConfig, log));
      rows = countUnitRows(core);
      const began = Date.now();
      // What a user does first: the operations grid's default view (first block + total) and one filter.
      const sort = { column: 'plannedStart', direction: 'desc' };
      const page = async (filter: object) => {
        const result = await core!.dispatch('operations.page', { filter, sort, offset: 0, limit: 100, withTotal: true });
        if (!result.ok) throw new Error(`operations.page failed: ${JSON.stringify(result.error)}`);
        return (result.value as { total: number }).total;
      };
      const live = async () => {
        const status = await core!.dispatch('sync.status', {});
        return status.ok && (status.value as { state: string }).state === 'live';
      };
      const until = began + 900_000;
      while (!((await live()) && rows() > 0 && (await page({})) >= Number(message.operations))) {
        if (Date.now() > until) throw new Error('the core did not sync the hub within 15 min');
        await sleep(500);
      }
      const syncMs = Date.now() - began;
      const operations = await page({});
      await page({ types: ['alcohol_test'] });
      const units = await core.dispatch('units.list', {});
      send({ type: 'started', operations, syncMs, units: units.ok ? (units.value as { units: unknown[] }).units.length : -1 });
    } else if (message.type === 'sample') {
      const rss: number[] = [];
      const rowsBefore = rows();
      const started = Date.now();
      while (Date.now() - started < Number(message.ms)) {
        rss.push(process.memoryUsage().rss / 2 ** 20);
        await sleep(250);
      }
      send({
        type: 'sample',
        max: Math.max(...rss),
        p50: percentile(rss, 50),
        rowsPerSecond: (rows() - rowsBefore) / ((Date.now() - started) / 1000),
      });
    } else if (message.type === 'stop') {
      core?.close();
      exitChild();
    }
  };
};
