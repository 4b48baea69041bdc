// "24 unidades · 13 disponibles · 2 asignadas · 4 en camino · 3 en escena · 1 en descanso · 1 fuera de servicio".
// Every status is listed, zeros included: "0 disponibles" is exactly what a dispatcher must see.
import type { TFunction } from 'i18next';
import type { UnitCounts } from '../../../shared/live/unit-summary.ts';
import { UNIT_STATUSES, type UnitStatus } from '../../../shared/live/units.ts';
import { formatNumber } from '../../i18n/format.ts';

export function summaryText(counts: UnitCounts, t: TFunction<'ui'>, locale: string): string {
  const part = (key: 'total' | UnitStatus, count: number) =>
    t(`dispatch.summary.${key}`, { count, formatted: formatNumber(count, locale) });
  return [part('total', counts.total), ...UNIT_STATUSES.map((status) => part(status, counts.byStatus[status]))].join(' · ');
}
