// Runs in: Node. ConsoleApi handlers of the map's vector basemap: anyone reads what is served; only a signed-in
// administrator chooses the city file (nobody signed in is refused too: the choice applies to everyone using this
// console).
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

export function basemapHandlers(ctx: CoreContext): Pick<HandlerTable, 'map.basemap' | 'map.basemap.set'> {
  return {
    'map.basemap': () => ctx.basemap.info(),
    'map.basemap.set': ({ file }) => {
      if (ctx.hubSession.info().user?.role !== 'administrator') throw new HandlerError({ code: 'forbidden' });
      return ctx.basemap.choose(file);
    },
  };
}
