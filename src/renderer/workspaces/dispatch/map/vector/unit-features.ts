// The units as the vector map's GeoJSON source holds them, and the change from one snapshot to the next. The map
// gets only what moved or changed (GeoJSONSource.updateData), so 2,000 units at 4 Hz cost the worker a diff, not a
// fresh copy of the fleet; the style colours them by `status` and greys them by `stale` (vector-map-layers.ts).
import type { Feature, Point } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import type { UnitMarker } from '../unit-markers.ts';

export interface UnitFeatureProperties {
  /** The unit's id again: MapLibre keeps only numeric feature ids on what it draws, so a click reads this. */
  readonly unitId: string;
  readonly callSign: string;
  /** The status code, or 'unknown' for one this version does not know (drawn neutral). */
  readonly status: string;
  /** 1 when greyed (no recent position, or the whole board is stale): a number, for the style's expressions. */
  readonly stale: 0 | 1;
}

export type UnitFeature = Feature<Point, UnitFeatureProperties> & { readonly id: string };

export function unitFeature(marker: UnitMarker): UnitFeature {
  return {
    type: 'Feature',
    id: marker.id,
    geometry: { type: 'Point', coordinates: [marker.position.lng, marker.position.lat] },
    properties: { unitId: marker.id, callSign: marker.callSign, status: marker.status ?? 'unknown', stale: marker.staleness ? 1 : 0 },
  };
}

const samePlace = (a: UnitFeature, b: UnitFeature) =>
  a.geometry.coordinates[0] === b.geometry.coordinates[0] && a.geometry.coordinates[1] === b.geometry.coordinates[1];
const sameLook = (a: UnitFeature, b: UnitFeature) =>
  a.properties.callSign === b.properties.callSign &&
  a.properties.status === b.properties.status &&
  a.properties.stale === b.properties.stale;

export interface UnitsUpdate {
  readonly features: ReadonlyMap<string, UnitFeature>;
  /** null: nothing to send. */
  readonly diff: GeoJSONSourceDiff | null;
}

/** The next snapshot's features and what changed since `previous` (added, moved or restyled, removed). */
export function unitsUpdate(previous: ReadonlyMap<string, UnitFeature>, markers: readonly UnitMarker[]): UnitsUpdate {
  const features = new Map<string, UnitFeature>();
  const add: UnitFeature[] = [];
  const update: NonNullable<GeoJSONSourceDiff['update']> = [];
  for (const marker of markers) {
    const next = unitFeature(marker);
    features.set(next.id, next);
    const old = previous.get(next.id);
    if (!old) add.push(next);
    else if (!samePlace(old, next) || !sameLook(old, next))
      update.push({
        id: next.id,
        ...(samePlace(old, next) ? {} : { newGeometry: next.geometry }),
        ...(sameLook(old, next) ? {} : { addOrUpdateProperties: Object.entries(next.properties).map(([key, value]) => ({ key, value })) }),
      });
  }
  const remove = [...previous.keys()].filter((id) => !features.has(id));
  const diff = add.length + update.length + remove.length === 0 ? null : { add, update, remove };
  return { features, diff };
}
