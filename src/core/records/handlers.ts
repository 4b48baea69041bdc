// Runs in: Node. ConsoleApi reads that work for every kind kept in the generic table (people, resources, court
// cases, settings…): a new kind is readable without a method of its own. The cache holds only what the signed-in
// role receives; a role that does not read the kind is told so ('forbidden') rather than shown an empty list.
import { canRead } from '../../shared/records/permissions.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

export function recordsHandlers(ctx: CoreContext): Pick<HandlerTable, 'records.list'> {
  return {
    'records.list': ({ entity }) => {
      const user = ctx.hubSession.info().user;
      if (user && !canRead(user.role, entity)) throw new HandlerError({ code: 'forbidden' });
      return ctx.session.use((cache) => ({ records: cache.records.list(entity) }));
    },
  };
}
