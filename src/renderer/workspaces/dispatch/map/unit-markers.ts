// What the map draws for each unit: where (map metres), in which colour (its status) and whether greyed — its
// position is "sin señal" (freshness 'lost') or the whole board is stale (the hub is not live). Pure, so the
// rules are tested without a DOM; the colours themselves are CSS classes (styles/map.css), never inline styles.
import type { TFunction } from 'i18next';
import { freshness, positionAgeSeconds, type FreshnessThresholds } from '../../../../shared/live/freshness.ts';
import { project, type Point } from '../../../../shared/geo/projection.ts';
import type { LatLng } from '../../../../shared/live/geodesy.ts';
import type { UnitRow } from '../../../../shared/live/unit-row.ts';
import { UNIT_STATUSES, type UnitStatus } from '../../../../shared/live/units.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';

/** Why a marker is greyed: its own position is too old, or nothing on the board is current. */
export type MarkerStaleness = 'lost' | 'board' | null;

export interface UnitMarker {
  readonly id: string;
  readonly callSign: string;
  /** A status this version does not know (from a newer hub) is null: drawn neutral, named as sent. */
  readonly status: UnitStatus | null;
  readonly statusCode: string;
  /** Where it is: degrees (the vector map) and metres of the city projection (the SVG map). */
  readonly position: LatLng;
  readonly at: Point;
  readonly staleness: MarkerStaleness;
}

/** Markers of the units that have a position, in call-sign order (the keyboard's Tab order on the map). */
export function unitMarkers(
  units: Iterable<UnitRow>,
  now: number,
  thresholds: FreshnessThresholds,
  boardStale: boolean,
  locale: string,
): UnitMarker[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const markers: UnitMarker[] = [];
  for (const unit of units) {
    const position = unit.position;
    if (!position) continue;
    const lost = freshness(positionAgeSeconds(position.receivedAt, now), thresholds) === 'lost';
    markers.push({
      id: unit.id,
      callSign: unit.callSign,
      status: isOneOf(UNIT_STATUSES, unit.status) ? unit.status : null,
      statusCode: unit.status,
      position: { lat: position.lat, lng: position.lng },
      at: project(position),
      staleness: lost ? 'lost' : boardStale ? 'board' : null,
    });
  }
  return markers.sort((a, b) => collator.compare(a.callSign, b.callSign) || a.id.localeCompare(b.id));
}

export function markerClassName(marker: UnitMarker, selected: boolean): string {
  return [
    'unit-marker',
    `unit-marker--${marker.status ?? 'unknown'}`,
    marker.staleness && 'unit-marker--stale',
    selected && 'unit-marker--selected',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The marker's accessible name: "Móvil 03 — En camino", plus why it is greyed. */
export function markerLabel(marker: UnitMarker, t: TFunction<'ui'>): string {
  const status = marker.status ? t(`unit.status.${marker.status}`) : marker.statusCode;
  const name = t('map.marker', { callSign: marker.callSign, status });
  if (marker.staleness === 'lost') return t('map.markerLost', { name });
  if (marker.staleness === 'board') return t('map.markerStale', { name });
  return name;
}

const labelsByTranslator = new WeakMap<TFunction<'ui'>, Map<string, string>>();

/**
 * markerLabel, remembered per translator and (call sign, status, staleness): a snapshot of 500 units would
 * otherwise translate 500 names, 4 times a second — that was most of the map's rendering time.
 */
export function rememberedMarkerLabel(marker: UnitMarker, t: TFunction<'ui'>): string {
  let labels = labelsByTranslator.get(t);
  if (!labels) labelsByTranslator.set(t, (labels = new Map()));
  const key = `${marker.callSign}\u0000${marker.statusCode}\u0000${marker.staleness ?? ''}`;
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = markerLabel(marker, t)));
  return label;
}
