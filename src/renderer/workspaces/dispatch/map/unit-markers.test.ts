import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FRESHNESS } from '../../../../shared/live/freshness.ts';
import type { UnitRow } from '../../../../shared/live/unit-row.ts';
import { fixedT } from '../../../i18n/test-support/fixed-t.ts';
import { markerClassName, markerLabel, rememberedMarkerLabel, unitMarkers } from './unit-markers.ts';

const NOW = 1_760_000_000_000;

function unit(id: string, callSign: string, status: string, ageSeconds: number | null): UnitRow {
  return {
    id,
    callSign,
    kind: 'vehicle',
    crew: [],
    status: status as UnitRow['status'],
    statusAt: null,
    statusSource: null,
    task: null,
    silenceAck: null,
    version: 1,
    position:
      ageSeconds === null
        ? null
        : {
            unitId: id,
            lat: -31.4167,
            lng: -64.1833,
            accuracyM: 5,
            speedKmh: 0,
            heading: 0,
            deviceTime: NOW,
            receivedAt: NOW - ageSeconds * 1000,
          },
  };
}

let es: TFunction<'ui'>;
let en: TFunction<'ui'>;
beforeAll(async () => {
  es = await fixedT('es-AR');
  en = await fixedT('en');
});

describe('unit markers', () => {
  const units = [
    unit('u10', 'Móvil 10', 'en_route', 5),
    unit('u2', 'Móvil 2', 'available', 200),
    unit('p1', 'Pie 01', 'on_scene', null),
    unit('u3', 'Móvil 3', 'training', 40),
  ];

  it('draws only units with a position, in call-sign order, at their projected place', () => {
    const markers = unitMarkers(units, NOW, DEFAULT_FRESHNESS, false, 'es-AR');
    expect(markers.map((m) => m.callSign)).toEqual(['Móvil 2', 'Móvil 3', 'Móvil 10']);
    expect(markers[0]!.at.x).toBeCloseTo(0, 6);
    expect(markers[0]!.at.y).toBeCloseTo(0, 6);
  });

  it('greys a unit without signal, and every unit when the board is stale', () => {
    const live = unitMarkers(units, NOW, DEFAULT_FRESHNESS, false, 'es-AR');
    expect(live.map((m) => [m.id, m.staleness])).toEqual([
      ['u2', 'lost'],
      ['u3', null],
      ['u10', null],
    ]); // 40 s is amber, not lost
    const stale = unitMarkers(units, NOW, DEFAULT_FRESHNESS, true, 'es-AR');
    expect(stale.map((m) => m.staleness)).toEqual(['lost', 'board', 'board']);
    expect(unitMarkers(units, NOW, { amberAfterSeconds: 1, lostAfterSeconds: 2 }, false, 'es-AR').map((m) => m.staleness)).toEqual([
      'lost',
      'lost',
      'lost',
    ]);
  });

  it('colours by status through classes, neutral for a status it does not know', () => {
    const [lost, unknown, enRoute] = unitMarkers(units, NOW, DEFAULT_FRESHNESS, false, 'es-AR');
    expect(markerClassName(enRoute!, false)).toBe('unit-marker unit-marker--en_route');
    expect(markerClassName(enRoute!, true)).toBe('unit-marker unit-marker--en_route unit-marker--selected');
    expect(markerClassName(lost!, false)).toBe('unit-marker unit-marker--available unit-marker--stale');
    expect(markerClassName(unknown!, false)).toBe('unit-marker unit-marker--unknown');
  });

  it('names each marker by call sign and status, and says why it is grey', () => {
    const [lost, unknown, enRoute] = unitMarkers(units, NOW, DEFAULT_FRESHNESS, false, 'es-AR');
    expect(markerLabel(enRoute!, es)).toBe('Móvil 10 — En camino');
    expect(markerLabel(lost!, es)).toBe('Móvil 2 — Disponible · sin señal');
    expect(markerLabel(unknown!, es)).toBe('Móvil 3 — training');
    expect(markerLabel(enRoute!, en)).toBe('Móvil 10 — En route');
    const [, , staleEnRoute] = unitMarkers(units, NOW, DEFAULT_FRESHNESS, true, 'es-AR');
    expect(markerLabel(staleEnRoute!, en)).toBe('Móvil 10 — En route · data out of date');
  });

  it('remembers the names per translator, and tells apart what changes them', () => {
    const [lost, , enRoute] = unitMarkers(units, NOW, DEFAULT_FRESHNESS, false, 'es-AR');
    const [staleLost, , staleEnRoute] = unitMarkers(units, NOW, DEFAULT_FRESHNESS, true, 'es-AR');
    for (const marker of [lost!, enRoute!, staleLost!, staleEnRoute!]) {
      for (const t of [es, en]) expect(rememberedMarkerLabel(marker, t)).toBe(markerLabel(marker, t));
    }
    const translate = vi.fn((...args: unknown[]) => (es as unknown as (...a: unknown[]) => string)(...args));
    const counting = translate as unknown as typeof es;
    rememberedMarkerLabel(enRoute!, counting);
    const afterFirst = translate.mock.calls.length;
    rememberedMarkerLabel({ ...enRoute!, at: { x: 1, y: 2 } }, counting); // moved: same name
    expect(translate.mock.calls.length).toBe(afterFirst);
    expect(rememberedMarkerLabel({ ...enRoute!, status: 'available', statusCode: 'available' }, counting)).toBe('Móvil 10 — Disponible');
  });
});
