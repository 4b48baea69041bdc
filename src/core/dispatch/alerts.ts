// Runs in: Node. The alerts due now (shared/dispatch/alerts.ts): open incidents whose crew's check-in is overdue and
// units silent past live.freshness' lost threshold, judged by when the hub last heard from each — named by call
// sign for the desk — and when the next one falls due if nothing changes.
import type { DispatchAlerts } from '../../shared/api/dispatch.ts';
import { alertsAt } from '../../shared/dispatch/alerts.ts';
import type { Cache } from '../cache/cache.ts';
import { rulesAt } from './rules-at.ts';

export function dispatchAlerts(cache: Cache, now: number): DispatchAlerts {
  const { 'live.freshness': freshness } = rulesAt(cache, ['live.freshness'], now);
  const units = cache.dispatch.silences();
  const callSigns = new Map(units.map((u) => [u.unit.id, u.callSign]));
  const { alerts, nextAt } = alertsAt(cache.dispatch.openIncidents(), units, now, freshness);
  return {
    alerts: alerts.map((alert) => ({ ...alert, callSign: alert.unitId === null ? null : (callSigns.get(alert.unitId) ?? null) })),
    nextAt,
  };
}
