// Runs in: Node. ConsoleApi handlers of the operations domain.
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { exportOperationsCsv, type UseCache } from './export-csv.ts';

export function operationsHandlers(ctx: CoreContext): Pick<HandlerTable, 'operations.page' | 'operations.exportCsv'> {
  let exporting = false; // one export at a time: each holds a file and a share of the event loop
  return {
    // A deep block of a large result waits, without holding other calls, for its order (repository.ts: deepOrder).
    'operations.page': async (request) => {
      const ready = ctx.session.use((cache) => cache.operations.deepOrder(request));
      if (ready) await ready;
      return ctx.session.use((cache) => cache.operations.page(request));
    },
    'operations.exportCsv': async ({ filter, sort, columns, language }) => {
      if (exporting) throw new HandlerError({ code: 'refused', issues: [{ path: '', code: 'export_busy' }] });
      exporting = true;
      try {
        const use: UseCache = (fn) => ctx.session.use(fn);
        const file = await exportOperationsCsv(use, { dataDir: ctx.dataDir, filter, sort, columns, language });
        return { ...file, download: ctx.exports.offer(file) };
      } finally {
        exporting = false;
      }
    },
  };
}
