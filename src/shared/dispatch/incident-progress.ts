// Where an open incident stands follows its units: the furthest of them (asignado < en camino < en escena), or
// back to recibido when the last one is released. Final statuses (closed, cancelled, referred) are the incident's
// own and never follow a unit.
import type { UnitStatus } from '../live/units.ts';
import { FINAL_INCIDENT_STATUSES, type IncidentStatus } from './codes.ts';

const PROGRESS: readonly IncidentStatus[] = ['received', 'assigned', 'en_route', 'on_scene'];

/** What a unit working an incident tells of its progress (a unit on break while assigned still counts as assigned). */
function progressOfUnit(status: UnitStatus): IncidentStatus {
  if (status === 'en_route') return 'en_route';
  if (status === 'on_scene') return 'on_scene';
  return 'assigned';
}

export function progressOf(current: IncidentStatus, unitStatuses: readonly UnitStatus[]): IncidentStatus {
  if (FINAL_INCIDENT_STATUSES.includes(current)) return current;
  return unitStatuses.map(progressOfUnit).reduce((a, b) => (PROGRESS.indexOf(b) > PROGRESS.indexOf(a) ? b : a), 'received');
}

export const isFinal = (status: IncidentStatus) => FINAL_INCIDENT_STATUSES.includes(status);
