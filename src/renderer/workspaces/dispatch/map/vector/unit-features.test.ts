import { describe, expect, it } from 'vitest';
import type { UnitMarker } from '../unit-markers.ts';
import { unitFeature, unitsUpdate, type UnitFeature } from './unit-features.ts';

const marker = (id: string, over: Partial<UnitMarker> = {}): UnitMarker => ({
  id,
  callSign: `Móvil ${id}`,
  status: 'available',
  statusCode: 'available',
  position: { lat: -31.42, lng: -64.18 },
  at: { x: 0, y: 0 },
  staleness: null,
  ...over,
});
const featuresOf = (...markers: UnitMarker[]) => new Map<string, UnitFeature>(markers.map((m) => [m.id, unitFeature(m)]));

describe('unitFeature', () => {
  it('is a point in [lng, lat] with the unit id, its status (unknown ones neutral) and whether it is greyed', () => {
    expect(unitFeature(marker('03', { status: null, statusCode: 'patrolling', staleness: 'lost' }))).toEqual({
      type: 'Feature',
      id: '03',
      geometry: { type: 'Point', coordinates: [-64.18, -31.42] },
      properties: { unitId: '03', callSign: 'Móvil 03', status: 'unknown', stale: 1 },
    });
  });
});

describe('unitsUpdate', () => {
  const before = featuresOf(marker('01'), marker('02'));
  it.each<[string, UnitMarker[], unknown]>([
    ['nothing changed', [marker('01'), marker('02')], null],
    ['a new unit', [marker('01'), marker('02'), marker('03')], { add: [unitFeature(marker('03'))], update: [], remove: [] }],
    ['a unit gone', [marker('01')], { add: [], update: [], remove: ['02'] }],
    [
      'a unit moved: its geometry only',
      [marker('01', { position: { lat: -31.43, lng: -64.18 } }), marker('02')],
      { add: [], update: [{ id: '01', newGeometry: { type: 'Point', coordinates: [-64.18, -31.43] } }], remove: [] },
    ],
    [
      'a unit changed status: its properties only',
      [marker('01'), marker('02', { status: 'en_route', statusCode: 'en_route' })],
      {
        add: [],
        update: [
          {
            id: '02',
            addOrUpdateProperties: [
              { key: 'unitId', value: '02' },
              { key: 'callSign', value: 'Móvil 02' },
              { key: 'status', value: 'en_route' },
              { key: 'stale', value: 0 },
            ],
          },
        ],
        remove: [],
      },
    ],
    [
      'the board went stale: every unit greyed',
      [marker('01', { staleness: 'board' }), marker('02', { staleness: 'board' })],
      {
        add: [],
        update: ['01', '02'].map((id) => ({
          id,
          addOrUpdateProperties: [
            { key: 'unitId', value: id },
            { key: 'callSign', value: `Móvil ${id}` },
            { key: 'status', value: 'available' },
            { key: 'stale', value: 1 },
          ],
        })),
        remove: [],
      },
    ],
  ])('%s', (_, next, diff) => {
    const update = unitsUpdate(before, next);
    expect(update.diff).toEqual(diff);
    expect([...update.features.keys()]).toEqual(next.map((m) => m.id));
  });

  it('from nothing: every unit is added', () => {
    expect(unitsUpdate(new Map(), [marker('01')]).diff).toEqual({ add: [unitFeature(marker('01'))], update: [], remove: [] });
  });
});
