// "12 s", "3 min", "2 h" — an age in whole units, worded and grouped for the UI language.
import type { TFunction } from 'i18next';
import { splitAge } from '../../shared/live/age.ts';
import { formatNumber } from './format.ts';

export function formatAge(seconds: number, t: TFunction<'ui'>, locale: string): string {
  const { value, unit } = splitAge(seconds);
  return t(`age.${unit}`, { value: formatNumber(value, locale) });
}
