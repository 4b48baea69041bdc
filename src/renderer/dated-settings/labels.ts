// Texts of the dated settings screen that depend on a field's name or a date: labels for the fields inside composite
// values (every name the catalogue uses has one: value-form.test.ts checks it), what a null means there, the options
// of a choice, what a list's items are called, and 'YYYY-MM-DD' dates as the language writes them.
import type { TFunction } from 'i18next';
import esDatedSettings from '../../shared/i18n/es-AR/dated-settings.ts';
import { isOneOf } from '../../shared/util/one-of.ts';

type FieldName = keyof typeof esDatedSettings.field;
type NullName = Exclude<keyof typeof esDatedSettings.nullValue, 'default'>;
type OptionName = keyof typeof esDatedSettings.option;
type ListName = keyof typeof esDatedSettings.list;
const FIELD_NAMES = Object.keys(esDatedSettings.field) as FieldName[];
const NULL_NAMES = Object.keys(esDatedSettings.nullValue).filter((n) => n !== 'default') as NullName[];
const OPTION_NAMES = Object.keys(esDatedSettings.option) as OptionName[];
const LIST_NAMES = Object.keys(esDatedSettings.list) as ListName[];

/** The label of a named field (a list's items: listTexts). */
export function fieldLabel(t: TFunction<'datedSettings'>, name: string): string {
  return isOneOf(FIELD_NAMES, name) ? t(`field.${name}`) : name;
}

export function nullLabel(t: TFunction<'datedSettings'>, name: string): string {
  return isOneOf(NULL_NAMES, name) ? t(`nullValue.${name}`) : t('nullValue.default');
}

/** An option of a choice (a norm's code → "Ruidos (Ord. 12.208)"); an option without a label as it is. */
export function optionLabel(t: TFunction<'datedSettings'>, option: string): string {
  return isOneOf(OPTION_NAMES, option) ? t(`option.${option}`) : option;
}

export interface ListTexts {
  /** The n-th item (from 1): "Feriado 3". */
  readonly item: (n: number) => string;
  readonly add: string;
  readonly remove: (n: number) => string;
}

/** What the items of a list are called, by the list's name (the setting's last part, or the field's): "Tramo n" by default. */
export function listTexts(t: TFunction<'datedSettings'>, name: string): ListTexts {
  if (isOneOf(LIST_NAMES, name)) {
    return {
      item: (n) => t(`list.${name}.item`, { n }),
      add: t(`list.${name}.add`),
      remove: (n) => t(`list.${name}.remove`, { n }),
    };
  }
  return { item: (n) => t('item', { n }), add: t('form.addItem'), remove: (n) => t('form.removeItem', { n }) };
}
