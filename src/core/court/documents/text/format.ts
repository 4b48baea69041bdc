// How values are written in the documents: money from integer cents, counts, Córdoba dates and times, DNI and CUIT,
// article citations, the offender. Done by hand from the dictionary's patterns, not with Intl: Intl's output
// depends on the ICU data of the runtime (Electron's and Node's differ, and change with versions — a no-break space
// here, a narrow one there), and the same input must give the same bytes wherever the document is printed.
import type { DocumentOffender, LegalCitation } from '../../../../shared/court/documents/fields.ts';
import { cordobaCivil } from '../../../../shared/time/cordoba.ts';
import type { MessageKey, Translate } from './translator.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const two = (n: number) => String(n).padStart(2, '0');

/** A calendar day as the formatters need it. */
interface Day {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
  readonly weekday: number; // 0 = Sunday
}

function dayOfIso(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

export class Formatter {
  constructor(readonly t: Translate) {}

  /** Digits grouped in thousands: 2161600 → "2.161.600" (es-AR) or "2,161,600" (en). */
  integer(n: number): string {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative safe integer: ${n}`);
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, this.t('format.thousands'));
  }

  /**
   * Integer cents as money: 216160000 → "$ 2.161.600,00". Pesos and cents are split with integer arithmetic on a
   * safe integer (the schemas bound amounts far below 2^53), so no float ever touches an amount.
   */
  money(cents: number): string {
    if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`not an amount in cents: ${cents}`);
    const pesos = Math.floor(cents / 100);
    const rest = cents - pesos * 100;
    return this.t('format.money', { amount: `${this.integer(pesos)}${this.t('format.decimal')}${two(rest)}` });
  }

  /** "200 UEM", "1.500 UEM", "12,5 UEM" (fines are set in UEM, at most in hundredths). */
  uem(count: number): string {
    const hundredths = Math.round(count * 100);
    const whole = Math.floor(hundredths / 100);
    const rest = hundredths - whole * 100;
    const decimals = rest === 0 ? '' : `${this.t('format.decimal')}${two(rest).replace(/0$/, '')}`;
    return this.t('format.uem', { count: `${this.integer(whole)}${decimals}` });
  }

  percent(value: number): string {
    return this.t('format.percent', { value: this.integer(value) });
  }

  private long(d: Day): string {
    return this.t('format.dateLong', {
      weekday: this.t(`format.weekdays.${WEEKDAYS[d.weekday]!}` as MessageKey),
      day: d.day,
      month: this.t(`format.months.${MONTHS[d.month - 1]!}` as MessageKey),
      year: d.year,
    });
  }

  private short(d: Day): string {
    return this.t('format.dateShort', { dd: two(d.day), mm: two(d.month), yyyy: d.year });
  }

  /** "viernes 15 de mayo de 2026": the Córdoba day of an instant. */
  dateLong(epochMs: number): string {
    return this.long(cordobaCivil(epochMs));
  }

  /** "15/05/2026": the Córdoba day of an instant. */
  dateShort(epochMs: number): string {
    return this.short(cordobaCivil(epochMs));
  }

  /** "viernes 29 de mayo de 2026" for a Córdoba calendar day "2026-05-29" (deadlines are days, not instants). */
  dayLong(iso: string): string {
    return this.long(dayOfIso(iso));
  }

  dayShort(iso: string): string {
    return this.short(dayOfIso(iso));
  }

  /** "09:30 h": Córdoba wall-clock time of an instant. */
  time(epochMs: number): string {
    const c = cordobaCivil(epochMs);
    return this.t('format.time', { hh: two(c.hour), mm: two(c.minute) });
  }

  /** "15/05/2026, a las 09:30 h". */
  dateTimeShort(epochMs: number): string {
    return this.t('format.dateAtTime', { date: this.dateShort(epochMs), time: this.time(epochMs) });
  }

  /** "28.456.789" from the digits the schema keeps. */
  dni(digits: string): string {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  /** "20-28456789-3" from 11 digits. */
  cuit(digits: string): string {
    return `${digits.slice(0, 2)}-${digits.slice(2, 10)}-${digits.slice(10)}`;
  }

  /** "Art. 92 bis, inc. b" (without the norm). */
  article(c: LegalCitation): string {
    const article = this.t('legal.article', { article: c.article, suffix: c.suffix ? this.t(`legal.suffix.${c.suffix}`) : '' });
    return c.paragraph ? this.t('legal.withParagraph', { article, paragraph: c.paragraph }) : article;
  }

  /** "Art. 92 bis, Código de Convivencia Ciudadana (Ord. 12.468): what it punishes". */
  citation(c: LegalCitation): string {
    const citation = this.t('legal.withNorm', { article: this.article(c), norm: this.t(`norm.${c.norm}`) });
    return c.offence ? this.t('legal.withOffence', { citation, offence: c.offence }) : citation;
  }

  /** The offender's name alone, as the resolution's sentences use it. */
  offenderName(o: DocumentOffender): string {
    return o.kind === 'person' ? o.fullName : o.name;
  }

  /** "Juan Pérez, DNI 28.456.789" or "Bar El Molino SRL, CUIT 30-71234567-1, representada por …". */
  offender(o: DocumentOffender): string {
    if (o.kind === 'person') return this.t('offender.person', { name: o.fullName, dni: this.dni(o.dni) });
    const company = this.t('offender.company', { name: o.name, cuit: this.cuit(o.cuit) });
    if (!o.representative) return company;
    const { fullName, dni } = o.representative;
    return dni
      ? this.t('offender.representedByWithDni', { company, name: fullName, dni: this.dni(dni) })
      : this.t('offender.representedBy', { company, name: fullName });
  }
}
