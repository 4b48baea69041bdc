// Texts of the dated settings screen that depend on a field's name or a date: labels for the fields inside composite
// values (every name the catalogue uses has one: value-form.test.ts checks it), what a null means there, and
// 'YYYY-MM-DD' dates as the language writes them.
import type { TFunction } from 'i18next';
import esDatedSettings from '../../shared/i18n/es-AR/dated-settings.ts';
import { isOneOf } from '../../shared/util/one-of.ts';

type FieldName = keyof typeof esDatedSettings.field;
type NullName = Exclude<keyof typeof esDatedSettings.nullValue, 'default'>;
const FIELD_NAMES = Object.keys(esDatedSettings.field) as FieldName[];
const NULL_NAMES = Object.keys(esDatedSettings.nullValue).filter((n) => n !== 'default') as NullName[];

/** The label of a named field; a list item ('0', '1', …) is "Tramo n". */
export function fieldLabel(t: TFunction<'datedSettings'>, name: string): string {
  if (/^\d+$/.test(name)) return t('item', { n: Number(name) + 1 });
  return isOneOf(FIELD_NAMES, name) ? t(`field.${name}`) : name;
}

export function nullLabel(t: TFunction<'datedSettings'>, name: string): string {
  return isOneOf(NULL_NAMES, name) ? t(`nullValue.${name}`) : t('nullValue.default');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** '2026-11-27' → '27/11/2026' (es-AR), '11/27/2026' (en); anything unreadable as it is. */
export function formatIsoDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
    dateFormats.set(locale, format);
  }
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
