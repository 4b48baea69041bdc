// Runs in: Node. ConsoleApi handlers of the field devices' health: the hub's count of device reports refused for
// a clock out of tolerance. Asked of the hub, never cached; only administrators, who look after the devices (the
// hub checks the role of its session again).
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

export function fieldHandlers(ctx: CoreContext): Pick<HandlerTable, 'field.health'> {
  return {
    'field.health': () => {
      const role = ctx.hubSession.info().user?.role;
      if (role !== undefined && role !== 'administrator') throw new HandlerError({ code: 'forbidden' });
      return ctx.sync.fieldHealth();
    },
  };
}
