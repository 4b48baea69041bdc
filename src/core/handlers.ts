// Runs in: Node. The one handler table: each domain folder contributes its part (a Pick of HandlerTable,
// so a domain cannot add a method the contract lacks); the HandlerTable return type makes a missing one a
// compile error.
import type { HandlerTable } from './api/dispatch.ts';
import { adminHandlers } from './admin/handlers.ts';
import { basemapHandlers } from './basemap/handlers.ts';
import { cacheHandlers } from './cache/handlers.ts';
import type { CoreContext } from './core-context.ts';
import { hubSessionHandlers } from './hub-session/handlers.ts';
import { importHandlers } from './import/handlers.ts';
import { courtHandlers } from './court/handlers.ts';
import { dispatchHandlers } from './dispatch/handlers.ts';
import { fieldHandlers } from './field/handlers.ts';
import { insightsHandlers } from './insights/handlers.ts';
import { insightsReportHandlers } from './insights-report/handlers.ts';
import { noticesHandlers } from './notices/handlers.ts';
import { mutationsHandlers } from './mutations/handlers.ts';
import { planningHandlers } from './planning/handlers.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { operationsHandlers } from './operations/handlers.ts';
import { prefsHandlers } from './prefs/handlers.ts';
import { recordsHandlers } from './records/handlers.ts';
import { unitsHandlers } from './units/handlers.ts';

export function createHandlers(ctx: CoreContext): HandlerTable {
  return {
    ...cacheHandlers(ctx),
    ...operationsHandlers(ctx),
    ...mutationsHandlers(ctx),
    ...planningHandlers(ctx),
    ...courtHandlers(ctx),
    ...dispatchHandlers(ctx),
    ...settingsHandlers(ctx),
    ...recordsHandlers(ctx),
    ...importHandlers(ctx),
    ...prefsHandlers(ctx),
    ...basemapHandlers(ctx),
    ...unitsHandlers(ctx),
    ...hubSessionHandlers(ctx),
    ...fieldHandlers(ctx),
    ...adminHandlers(ctx),
    ...insightsHandlers(ctx),
    ...insightsReportHandlers(ctx),
    ...noticesHandlers(ctx),
  };
}
