import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { ReportFormatter } from './format.ts';
import { reportTranslators } from './texts.ts';

const es = (() => {
  const { t, ti } = reportTranslators('es-AR');
  return new ReportFormatter(t, ti);
})();
const en = (() => {
  const { t, ti } = reportTranslators('en');
  return new ReportFormatter(t, ti);
})();

describe('ReportFormatter', () => {
  it.each([
    ['integer', (f: ReportFormatter) => f.integer(2_161_600), '2.161.600', '2,161,600'],
    ['integer', (f: ReportFormatter) => f.integer(-1234), '-1.234', '-1,234'],
    ['decimal', (f: ReportFormatter) => f.decimal(1234.56), '1.234,6', '1,234.6'],
    ['decimal', (f: ReportFormatter) => f.decimal(-0.04), '0,0', '0.0'],
    ['percent', (f: ReportFormatter) => f.percent(0.8125), '81,3 %', '81.3 %'],
    ['ratio', (f: ReportFormatter) => f.value('ratio', 390 / 480), '81,3 %', '81.3 %'],
    ['count', (f: ReportFormatter) => f.value('count', 1843), '1.843', '1,843'],
    ['per shift', (f: ReportFormatter) => f.value('per_shift', 2.4), '2,4 por turno', '2.4 per shift'],
    ['minutes', (f: ReportFormatter) => f.value('minutes', 23.5), '23,5 min', '23.5 min'],
    ['days', (f: ReportFormatter) => f.value('days', 37), '37,0 días', '37.0 days'],
    ['range', (f: ReportFormatter) => f.range({ low: 0.7751, high: 0.8449 }), '77,5–84,5 %', '77.5–84.5 %'],
    ['tick of a share', (f: ReportFormatter) => f.tick('ratio', 0.25), '25', '25'],
    ['tick', (f: ReportFormatter) => f.tick('per_shift', 0.3), '0,3', '0.3'],
    ['tick', (f: ReportFormatter) => f.tick('count', 1500), '1.500', '1,500'],
    ['month', (f: ReportFormatter) => f.month('2026-03'), 'marzo de 2026', 'March 2026'],
    ['date', (f: ReportFormatter) => f.date('2026-04-02'), '2 de abril de 2026', '2 April 2026'],
    ['list', (f: ReportFormatter) => f.list(['Alberdi', 'Güemes', 'Centro']), 'Alberdi, Güemes y Centro', 'Alberdi, Güemes and Centro'],
  ])('%s', (_, format, spanish, english) => {
    expect(format(es)).toBe(spanish);
    expect(format(en)).toBe(english);
  });

  it('writes an instant as its Córdoba day and time', () => {
    // 02:30 UTC on 1 April is 23:30 on 31 March in Córdoba (UTC−3).
    expect(es.instant(Date.parse('2026-04-01T02:30:00Z'))).toEqual({ date: '31 de marzo de 2026', time: '23:30' });
    expect(en.instant(cordobaInstant(2026, 4, 2, 10, 15))).toEqual({ date: '2 April 2026', time: '10:15' });
  });
});
