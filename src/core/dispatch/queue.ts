// Runs in: Node. Despacho's queue: the open incidents, most urgent first and then longest waiting, and those that
// ended in the last hours (most recent first), each with its units' call signs and whether a change of it is not
// yet with the hub; plus the SLA clocks in force, by which the view colours each row as time passes.
import type { DispatchQueue, IncidentView } from '../../shared/api/dispatch.ts';
import { priorityOf, type Incident } from '../../shared/records/incident-schema.ts';
import type { Cache } from '../cache/cache.ts';
import { unsyncedOf } from '../mutations/unsynced.ts';
import { rulesAt } from './rules-at.ts';

/** How far back the queue shows incidents that ended: a shift's worth, for the desk to look back on. */
const ENDED_WINDOW_MS = 12 * 60 * 60 * 1000;

function views(cache: Cache, incidents: readonly Incident[]): IncidentView[] {
  const callSigns = cache.dispatch.callSigns([...new Set(incidents.flatMap((i) => i.units))]);
  const unsynced = unsyncedOf(cache, 'incident');
  return incidents.map((incident) => ({
    incident,
    priority: priorityOf(incident),
    // A unit this console does not hold (yet) is named by its id rather than left out.
    unitCallSigns: incident.units.map((id) => callSigns.get(id) ?? id),
    unsynced: unsynced[incident.id] ?? null,
  }));
}

const byUrgency = (a: IncidentView, b: IncidentView) =>
  a.priority - b.priority || a.incident.openedAt - b.incident.openedAt || a.incident.id.localeCompare(b.incident.id);
const byEnd = (a: IncidentView, b: IncidentView) =>
  b.incident.closedAt! - a.incident.closedAt! || a.incident.id.localeCompare(b.incident.id);

export function dispatchQueue(cache: Cache, now: number): DispatchQueue {
  const { 'dispatch.sla': sla } = rulesAt(cache, ['dispatch.sla'], now);
  return {
    open: views(cache, cache.dispatch.openIncidents()).sort(byUrgency),
    ended: views(cache, cache.dispatch.endedSince(now - ENDED_WINDOW_MS)).sort(byEnd),
    sla,
  };
}

export function incidentView(cache: Cache, id: string): IncidentView | null {
  const incident = cache.records.get('incident', id);
  return incident ? views(cache, [incident])[0]! : null;
}
