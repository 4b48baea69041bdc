// Runs in: Node. The one handler table: each domain folder contributes its part. The HandlerTable type
// makes a missing or extra method a compile error.
import type { HandlerTable } from './api/dispatch.ts';
import { cacheHandlers } from './cache/handlers.ts';
import type { CoreContext } from './core-context.ts';
import { operationsHandlers } from './operations/handlers.ts';
import { prefsHandlers } from './prefs/handlers.ts';

export function createHandlers(ctx: CoreContext): HandlerTable {
  return { ...cacheHandlers(ctx), ...operationsHandlers(ctx), ...prefsHandlers(ctx) };
}
