import { describe, expect, it } from 'vitest';
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import { project } from '../../../../shared/geo/projection.ts';
import type { Operation } from '../../../../shared/operations/types.ts';
import { priorityOf, type Incident } from '../../../../shared/records/incident-schema.ts';
import { incidentAt, NUEVA_CORDOBA, uuidOf } from '../../../../shared/records/test-support/dispatch.ts';
import { incidentMarkers, operationMarkers } from './place-markers.ts';
import { incidentFeatures, operationFeatures } from './vector/place-features.ts';

const NOW = Date.UTC(2026, 10, 28, 2, 40);
const view = (incident: Incident): IncidentView => ({ incident, priority: priorityOf(incident), unitCallSigns: [], unsynced: null });
const p1 = view(incidentAt(uuidOf(1), NOW));
const p4 = view(incidentAt(uuidOf(2), NOW, { computedPriority: 4, place: { ...NUEVA_CORDOBA, lat: -31.44, lng: -64.19 } }));
const p2 = view(incidentAt(uuidOf(3), NOW, { priorityOverride: { priority: 2, reason: 'Ya no hay música' } }));
const label = (v: IncidentView) => `P${v.priority} ${v.incident.category}`;

describe('incidentMarkers', () => {
  it('draws the least urgent first and the selected one last, each where its place is, named and marked', () => {
    const markers = incidentMarkers([p1, p4, p2], uuidOf(2), label);
    expect(markers.map((m) => [m.id, m.priority, m.selected, m.label])).toEqual([
      [uuidOf(3), 2, false, 'P2 noise'],
      [uuidOf(1), 1, false, 'P1 noise'],
      [uuidOf(2), 4, true, 'P4 noise'],
    ]);
    expect(markers[2]!.position).toEqual({ lat: -31.44, lng: -64.19 });
    expect(markers[2]!.at).toEqual(project({ lat: -31.44, lng: -64.19 }));
  });

  it('become GeoJSON points with the priority and the selection the layers read', () => {
    const features = incidentFeatures(incidentMarkers([p1, p4], uuidOf(1), label));
    expect(features.features.map((f) => [f.properties, f.geometry.coordinates])).toEqual([
      [{ incidentId: uuidOf(2), priority: 4, selected: 0 }, [-64.19, -31.44]],
      [{ incidentId: uuidOf(1), priority: 1, selected: 1 }, [NUEVA_CORDOBA.lng, NUEVA_CORDOBA.lat]],
    ]);
  });
});

describe('operationMarkers', () => {
  it('places each operation with a position, named by the caller', () => {
    const operations = [
      { id: 'op-1', lat: -31.41, lng: -64.18, type: 'noise_check' },
      { id: 'op-2', lat: Number.NaN, lng: -64.18, type: 'noise_check' },
    ] as unknown as Operation[];
    const markers = operationMarkers(operations, (o) => `${o.type} ${o.id}`);
    expect(markers.map((m) => [m.id, m.label, m.position])).toEqual([['op-1', 'noise_check op-1', { lat: -31.41, lng: -64.18 }]]);
    expect(operationFeatures(markers).features[0]).toEqual({
      type: 'Feature',
      properties: { operationId: 'op-1' },
      geometry: { type: 'Point', coordinates: [-64.18, -31.41] },
    });
  });
});
