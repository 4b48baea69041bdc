// Runs in: Node. 'import.check' and 'import.apply' (docs/ARCHITECTURE.md, "Administration"): the kind's mutation's
// roles may import it; after an import the views and the pusher are told once for the whole batch.
import { ROW_SPECS, type ImportKind } from '../../shared/import/import-kinds.ts';
import { entityOf } from '../../shared/records/mutations.ts';
import { canMutate } from '../../shared/records/permissions.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';
import { outboxStatus } from '../mutations/outbox-status.ts';
import { importRows } from './import-rows.ts';

export function importHandlers(ctx: CoreContext): Pick<HandlerTable, 'import.check' | 'import.apply'> {
  const run = (kind: ImportKind, text: string, commit: boolean) => {
    const spec = ROW_SPECS[kind];
    const user = ctx.hubSession.info().user;
    if (user && !canMutate(user.role, spec.mutation)) throw new HandlerError({ code: 'forbidden' });
    const importer = { by: user?.username ?? null, role: user?.role ?? null, now: Date.now() };
    return ctx.session.use((cache) => importRows(cache, spec, text, importer, commit));
  };
  return {
    'import.check': ({ kind, text }) => {
      const { rows, accepted, refused } = run(kind, text, false);
      return { rows, accepted, refused };
    },
    'import.apply': ({ kind, text }) => {
      const result = run(kind, text, true);
      if (result.imported > 0) {
        // A batch: the views read the kind again rather than look up hundreds of ids.
        ctx.emit('records.changed', { entity: entityOf(ROW_SPECS[kind].mutation), ids: null, source: 'local' });
        ctx.emit('outbox.changed', ctx.session.use(outboxStatus));
        ctx.sync.pushSoon();
      }
      return result;
    },
  };
}
