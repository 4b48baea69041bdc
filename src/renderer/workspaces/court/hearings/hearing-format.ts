// How the hearings views write times, days and money: always Córdoba civil time (whatever the machine's zone), the
// day as the user's language writes it, and pesos from integer cents (never a float on the way: $ 2.161.600,00).
import { cordobaCivil } from '../../../../shared/time/cordoba.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "10:30", Córdoba wall clock (both languages use the 24-hour clock on the court's papers). */
export function clockTime(epochMs: number): string {
  const c = cordobaCivil(epochMs);
  return `${pad(c.hour)}:${pad(c.minute)}`;
}

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => F): F {
  let format = formats.get(key);
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format as F;
}

/** A day with its weekday, for column headers: "lun 14/12" (es-AR). */
export function formatWeekday(isoDate: string, locale: string): string {
  const format = cached(
    `weekday ${locale}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: '2-digit' }),
  );
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A day in full, for titles and accessible names: "lunes, 14 de diciembre de 2026" (es-AR). */
export function formatLongDay(isoDate: string, locale: string): string {
  const format = cached(`long ${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'full' }));
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The Córdoba day, month and time of an instant, for sentences whose dictionary orders them ("05/12 10:42"). */
export function dayMonthTime(epochMs: number): { readonly dd: string; readonly mm: string; readonly time: string } {
  const c = cordobaCivil(epochMs);
  return { dd: pad(c.day), mm: pad(c.month), time: clockTime(epochMs) };
}

/** Pesos from integer cents: "$ 2.161.600,00" (es-AR). */
export function formatCents(cents: number, locale: string): string {
  const format = cached(
    `ars ${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'ARS', minimumFractionDigits: 2 }),
  );
  // Whole pesos and the cents apart would be exact too; /100 is exact enough for any amount below 2^53 cents / 100.
  return format.format(cents / 100);
}

/**
 * Pesos as typed ("12.345,67", "12345.67", "$ 1.000") to integer cents; null when it is not an amount. In es-AR the
 * dot groups thousands and the comma is the decimal mark; a lone dot followed by exactly two digits is read as
 * decimals (what someone used to the other convention types).
 */
export function parsePesos(text: string): number | null {
  const t = text.replace(/[$\s]/g, '');
  if (t === '') return null;
  let normalised: string;
  if (t.includes(',')) normalised = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d+\.\d{2}$/.test(t)) normalised = t;
  else normalised = t.replace(/\./g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  const [whole, fraction = ''] = normalised.split('.') as [string, string?];
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents as the input shows them back: "12345,67" (es-AR) or "12345.67". */
export function centsToInput(cents: number, locale: string): string {
  const text = `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
  return locale.startsWith('es') ? text.replace('.', ',') : text;
}
