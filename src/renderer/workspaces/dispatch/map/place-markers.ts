// Despacho's places on the map beside the units: the open incidents of the queue (coloured by priority, the
// selected one ringed; choosing one on the map selects it in the queue) and today's planned operations. Pure: what
// each marker is, where (degrees for the vector map, city metres for the SVG map) and its accessible name; the
// drawing is each map's, the colours the stylesheet's (map.css: --incident-colour-p1…p4, --map-colour-operation).
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import type { Priority } from '../../../../shared/dispatch/codes.ts';
import { project, type Point } from '../../../../shared/geo/projection.ts';
import type { LatLng } from '../../../../shared/live/geodesy.ts';
import type { Operation } from '../../../../shared/operations/types.ts';

export interface IncidentMarker {
  readonly id: string;
  readonly priority: Priority;
  readonly position: LatLng;
  readonly at: Point;
  readonly label: string;
  readonly selected: boolean;
}

export interface OperationMarker {
  readonly id: string;
  readonly position: LatLng;
  readonly at: Point;
  readonly label: string;
}

/** Both kinds of place, as the maps take them. */
export interface PlaceMarkers {
  readonly incidents: readonly IncidentMarker[];
  readonly operations: readonly OperationMarker[];
}

export const NO_PLACES: PlaceMarkers = { incidents: [], operations: [] };

const at = (position: LatLng) => ({ position: { lat: position.lat, lng: position.lng }, at: project(position) });

/** In drawing order: the least urgent first, so that a P1 lies over a P4 where they overlap; the selected one last. */
export function incidentMarkers(
  views: readonly IncidentView[],
  selectedId: string | null,
  label: (view: IncidentView) => string,
): IncidentMarker[] {
  const rank = (marker: IncidentMarker) => (marker.selected ? 0 : marker.priority);
  return views
    .map((view) => ({
      id: view.incident.id,
      priority: view.priority,
      ...at(view.incident.place),
      label: label(view),
      selected: view.incident.id === selectedId,
    }))
    .sort((a, b) => rank(b) - rank(a));
}

export function operationMarkers(operations: readonly Operation[], label: (operation: Operation) => string): OperationMarker[] {
  return operations
    .filter((operation) => Number.isFinite(operation.lat) && Number.isFinite(operation.lng))
    .map((operation) => ({ id: operation.id, ...at(operation), label: label(operation) }));
}
