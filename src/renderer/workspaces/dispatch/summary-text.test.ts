import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { countUnitsByStatus, EMPTY_UNIT_COUNTS } from '../../../shared/live/unit-summary.ts';
import type { UnitStatus } from '../../../shared/live/units.ts';
import { fixedT } from '../../i18n/test-support/fixed-t.ts';
import { summaryText } from './summary-text.ts';

let es: TFunction<'ui'>;
let en: TFunction<'ui'>;

beforeAll(async () => {
  es = await fixedT('es-AR');
  en = await fixedT('en');
});

const board = (spec: Partial<Record<UnitStatus, number>>) =>
  countUnitsByStatus(Object.entries(spec).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status: status as UnitStatus }))));

describe('summaryText', () => {
  it('lists the total and every status in working order', () => {
    const counts = board({ available: 13, dispatched: 2, en_route: 4, on_scene: 3, break: 1, out_of_service: 1 });
    expect(summaryText(counts, es, 'es-AR')).toBe(
      '24 unidades · 13 disponibles · 2 asignadas · 4 en camino · 3 en escena · 1 en descanso · 1 fuera de servicio',
    );
    expect(summaryText(counts, en, 'en')).toBe(
      '24 units · 13 available · 2 dispatched · 4 en route · 3 on scene · 1 on break · 1 out of service',
    );
  });

  it('uses the singular for one and keeps zeros', () => {
    expect(summaryText(board({ available: 1 }), es, 'es-AR')).toBe(
      '1 unidad · 1 disponible · 0 asignadas · 0 en camino · 0 en escena · 0 en descanso · 0 fuera de servicio',
    );
    expect(summaryText(EMPTY_UNIT_COUNTS, en, 'en')).toBe(
      '0 units · 0 available · 0 dispatched · 0 en route · 0 on scene · 0 on break · 0 out of service',
    );
  });

  it('groups thousands the es-AR way', () => {
    expect(summaryText(board({ available: 1_200 }), es, 'es-AR')).toMatch(/^1\.200 unidades · 1\.200 disponibles/);
  });
});
