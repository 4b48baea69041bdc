// Is a new complaint about an incident already open? Open incidents of the same category within a radius and a
// time window (settings: dispatch.duplicates) are offered, nearest first, so the dispatcher links the complaint to
// one instead of opening another.
import { distanceM, type LatLng } from '../live/geodesy.ts';
import type { Incident } from '../records/incident-schema.ts';
import type { SettingValue } from '../settings/catalogue.ts';
import type { IncidentCategory } from './codes.ts';
import { isFinal } from './incident-progress.ts';

export interface DuplicateQuery extends LatLng {
  readonly category: IncidentCategory;
  /** When the new complaint came in (epoch ms). */
  readonly at: number;
}

export interface Duplicate {
  readonly incident: Incident;
  readonly distanceM: number;
  readonly ageMinutes: number;
}

export function findDuplicates(
  incidents: readonly Incident[],
  query: DuplicateQuery,
  rules: SettingValue<'dispatch.duplicates'>,
): Duplicate[] {
  const windowMs = rules.windowMinutes * 60_000;
  return incidents
    .filter((i) => i.category === query.category && !isFinal(i.status) && i.openedAt <= query.at && query.at - i.openedAt <= windowMs)
    .map((incident) => ({
      incident,
      distanceM: distanceM(incident.place, query),
      ageMinutes: Math.floor((query.at - incident.openedAt) / 60_000),
    }))
    .filter((d) => d.distanceM <= rules.radiusM)
    .sort((a, b) => a.distanceM - b.distanceM || a.ageMinutes - b.ageMinutes);
}
