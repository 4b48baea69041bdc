// Runs in: Node. How the report writes its numbers, months and dates. By hand from the dictionary's patterns, not
// with Intl, for the reason the court documents give (court/documents/text/format.ts): Intl's output depends on
// the runtime's ICU data, and the same figures must print the same wherever the report is made.
import type { IndicatorUnit, Interval } from '../../shared/api/insights.ts';
import { cordobaCivil } from '../../shared/time/cordoba.ts';
import type { Month } from './month.ts';
import type { InsightsTranslate, ReportTranslate } from './texts.ts';

type MonthNumber = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12';

const two = (n: number) => String(n).padStart(2, '0');

export class ReportFormatter {
  constructor(
    private readonly t: ReportTranslate,
    private readonly ti: InsightsTranslate,
  ) {}

  /** Digits grouped in thousands: 12345 → "12.345" (es-AR) or "12,345" (en). */
  integer(n: number): string {
    const sign = n < 0 ? '-' : '';
    return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, this.t('format.thousands'));
  }

  /** A number with `digits` decimals (rounded half away from zero), grouped: 1234.56 → "1.234,6". */
  decimal(n: number, digits = 1): string {
    const scale = 10 ** digits;
    const scaled = Math.round(Math.abs(n) * scale);
    const whole = Math.floor(scaled / scale);
    const rest = scaled - whole * scale;
    const sign = n < 0 && scaled > 0 ? '-' : '';
    const decimals = digits > 0 ? `${this.t('format.decimal')}${String(rest).padStart(digits, '0')}` : '';
    return `${sign}${this.integer(whole)}${decimals}`;
  }

  /** A share (0–1) as a percentage with one decimal: 0.8125 → "81,3 %". */
  percent(share: number): string {
    return this.t('format.percent', { value: this.decimal(share * 100) });
  }

  /** The number alone as the axis and the table write it (no unit words): "81,3", "1.234", "3,5". */
  plain(unit: IndicatorUnit, value: number): string {
    if (unit === 'ratio') return this.decimal(value * 100);
    if (unit === 'count') return this.integer(value);
    return this.decimal(value);
  }

  /** A gridline's label: whole numbers without decimals ("25" for 25 %, "1.500"), others with one ("2,5"). */
  tick(unit: IndicatorUnit, value: number): string {
    const n = unit === 'ratio' ? value * 100 : value;
    return Number.isInteger(Math.round(n * 1e6) / 1e6) ? this.integer(n) : this.decimal(n);
  }

  /** An indicator's value in its unit: "81,3 %", "1.234", "3,5 por turno", "12,0 min", "18,5 días". */
  value(unit: IndicatorUnit, value: number): string {
    switch (unit) {
      case 'ratio':
        return this.percent(value);
      case 'count':
        return this.integer(value);
      case 'per_shift':
        return this.ti('value.perShift', { value: this.decimal(value) });
      case 'minutes':
        return this.ti('value.minutes', { value: this.decimal(value) });
      case 'days':
        return this.ti('value.days', { value: this.decimal(value) });
    }
  }

  /** A ratio's 95 % interval, each end a percentage: "78,9 %" and "83,3 %" for the dictionary's sentence. */
  interval(interval: Interval): { low: string; high: string } {
    return { low: this.percent(interval.low), high: this.percent(interval.high) };
  }

  /** A ratio's 95 % interval as a range: "78,9–83,3 %". */
  range(interval: Interval): string {
    return this.t('format.range', { low: this.decimal(interval.low * 100), high: this.decimal(interval.high * 100) });
  }

  /** "marzo de 2026" / "March 2026". */
  month(month: Month): string {
    const [year, m] = month.split('-').map(Number) as [number, number];
    return this.t('format.monthYear', { month: this.t(`format.months.${String(m) as MonthNumber}`), year });
  }

  /** "mar" / "Mar", and the year: a chart's label under its bar. */
  monthShort(month: Month): { month: string; year: string } {
    const [year, m] = month.split('-') as [string, string];
    return { month: this.t(`format.monthsShort.${String(Number(m)) as MonthNumber}`), year };
  }

  /** An ISO day in words: "1 de marzo de 2026" / "1 March 2026". */
  date(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    return this.t('format.date', { day, month: this.t(`format.months.${String(month) as MonthNumber}`), year });
  }

  /** An instant as a Córdoba day in words and its time ("2 de abril de 2026", "10:15"). */
  instant(epochMs: number): { date: string; time: string } {
    const c = cordobaCivil(epochMs);
    return { date: this.date(`${c.year}-${two(c.month)}-${two(c.day)}`), time: `${two(c.hour)}:${two(c.minute)}` };
  }

  /** "Güemes", "Güemes y Centro", "Alberdi, Güemes y Centro". */
  list(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return this.t('format.list', { items: items.slice(0, -1).join(', '), last: items.at(-1)! });
  }
}

/** The first letter in capitals: a month that starts a line ("Marzo de 2026"), a sentence built from parts. */
export const capitalise = (s: string, language: string): string => s.charAt(0).toLocaleUpperCase(language) + s.slice(1);
