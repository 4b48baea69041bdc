// The recommended units in words (recommend.ts ranks them in the core): each as one listbox option saying why it
// is where it is — its estimated arrival and distance, or why it is set aside ("ocupada (En escena)", "reservada
// para un operativo que empieza a las 22:00", "sin señal"). The units already working the incident are left out:
// the panel lists them apart, with their own controls.
import type { RecommendedUnit } from '../../../../shared/api/dispatch.ts';
import { formatClockTime } from '../../../i18n/format.ts';
import type { DeskText } from './desk-text.ts';

export interface RecommendOption {
  readonly unitId: string;
  readonly callSign: string;
  readonly eligible: boolean;
  /** "4 min · 1,2 km", or why it is set aside. */
  readonly detail: string;
  /** The option's name: "Móvil 03 — Móvil — 4 min · 1,2 km". */
  readonly label: string;
}

const kilometres = new Map<string, Intl.NumberFormat>();
const oneDecimal = (language: string) => {
  let format = kilometres.get(language);
  if (!format) kilometres.set(language, (format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 })));
  return format;
};

/** "850 m" (to 10 m) below a kilometre, "1,2 km" from there. */
export function distanceText(text: DeskText, metres: number): string {
  const rounded = Math.round(metres / 10) * 10;
  return rounded < 1000
    ? text.t('recommend.metres', { value: String(rounded) })
    : text.t('recommend.kilometres', { value: oneDecimal(text.language).format(rounded / 1000) });
}

function detailText(text: DeskText, unit: RecommendedUnit, now: number): string {
  switch (unit.excluded) {
    case null:
      // A whole minute at least: "0 min" would read as "already there".
      return text.t('recommend.eta', {
        minutes: Math.max(1, Math.ceil(unit.etaSeconds / 60)),
        distance: distanceText(text, unit.distanceM),
      });
    case 'busy':
      return text.t('recommend.excluded.busy', { status: text.ui(`unit.status.${unit.status}`) });
    case 'reserved':
      return text.t('recommend.excluded.reserved', { time: formatClockTime(unit.reservedFrom, now, text.language) });
    case 'stale':
      return text.t('recommend.excluded.stale');
  }
}

export function recommendOptions(
  text: DeskText,
  units: readonly RecommendedUnit[],
  working: readonly string[],
  now: number,
): RecommendOption[] {
  return units
    .filter((unit) => !working.includes(unit.unitId))
    .map((unit) => {
      const detail = detailText(text, unit, now);
      return {
        unitId: unit.unitId,
        callSign: unit.callSign,
        eligible: unit.excluded === null,
        detail,
        label: text.t('recommend.option', { callSign: unit.callSign, kind: text.ui(`unit.kind.${unit.kind}`), detail }),
      };
    });
}
