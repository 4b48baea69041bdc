// Despacho's places on the vector map (place-markers.ts → GeoJSON): the open incidents, with their priority (the
// circle's colour and the number on it) and whether one is the selected incident; today's operations. Each set is
// a few dozen points, replaced whole when the queue or the operations change.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IncidentMarker, OperationMarker } from '../place-markers.ts';

const point = (marker: { readonly position: { readonly lat: number; readonly lng: number } }): Point => ({
  type: 'Point',
  coordinates: [marker.position.lng, marker.position.lat],
});

export function incidentFeatures(markers: readonly IncidentMarker[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: markers.map((marker): Feature<Point> => ({
      type: 'Feature',
      properties: { incidentId: marker.id, priority: marker.priority, selected: marker.selected ? 1 : 0 },
      geometry: point(marker),
    })),
  };
}

export function operationFeatures(markers: readonly OperationMarker[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: markers.map((marker): Feature<Point> => ({
      type: 'Feature',
      properties: { operationId: marker.id },
      geometry: point(marker),
    })),
  };
}
