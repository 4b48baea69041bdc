// One indicator's chart as data: the points the canvas draws, the same points as the table beside it (with the
// period's total, which is the figure on the card), the CSV file of that table and the sentence that names the
// chart for a screen reader. One table model feeds the HTML table and the CSV, so they cannot disagree.
import type { IndicatorUnit, IndicatorValue } from '../../../../shared/api/insights.ts';
import { CSV_BOM, csvLine, csvNumber, csvText } from '../../../../shared/util/csv.ts';
import { displayValue, formatDecimal, unitValueText } from '../indicator-text.ts';
import type { InsightsT } from '../insights-t.ts';
import { breakdownLabel } from './breakdown-label.ts';

export interface ChartSeries {
  readonly labels: readonly string[];
  /** On the scale people read (a share as 0–100); null leaves a gap. */
  readonly values: readonly (number | null)[];
}

/** A column beyond the label and the value: the numerator and denominator of a share or a rate, the n of a median. */
type Part = 'numerator' | 'denominator';
const PARTS: Readonly<Record<IndicatorUnit, readonly Part[]>> = {
  ratio: ['numerator', 'denominator'],
  per_shift: ['numerator', 'denominator'],
  minutes: ['denominator'],
  days: ['denominator'],
  count: [],
};

interface Line {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

function linesOf(indicator: IndicatorValue, t: InsightsT, locale: string): { rows: Line[]; total: Line } {
  const rows = indicator.breakdown.rows.map((row) => ({
    key: row.key,
    label: breakdownLabel(indicator.breakdown.by, row.key, t, locale),
    value: row.value,
    numerator: row.numerator ?? null,
    denominator: row.denominator ?? null,
  }));
  const total = {
    key: 'total',
    label: t('chart.total'),
    value: indicator.value,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
  };
  return { rows, total };
}

export function chartSeries(indicator: IndicatorValue, t: InsightsT, locale: string): ChartSeries {
  const { rows } = linesOf(indicator, t, locale);
  return {
    labels: rows.map((row) => row.label),
    values: rows.map((row) => (row.value === null ? null : displayValue(indicator.unit, row.value))),
  };
}

export interface IndicatorTable {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[] }[];
  /** The period's figure: the value on the card. */
  readonly total: readonly string[];
}

const headersOf = (indicator: IndicatorValue, t: InsightsT): string[] => [
  t(`breakdown.${indicator.breakdown.by}`),
  t(`unit.${indicator.unit}`),
  ...PARTS[indicator.unit].map((part) => t(`indicator.${indicator.id}.${part}`)),
];

/** The chart's data as the HTML table shows it, formatted for the language. */
export function indicatorTable(indicator: IndicatorValue, t: InsightsT, locale: string): IndicatorTable {
  const { rows, total } = linesOf(indicator, t, locale);
  const count = (n: number | null) => (n === null ? '—' : formatDecimal(n, locale));
  const cells = (line: Line) => [
    line.label,
    unitValueText(indicator.unit, line.value, t, locale),
    ...PARTS[indicator.unit].map((part) => count(line[part])),
  ];
  return {
    caption: t('chart.caption', { name: t(`indicator.${indicator.id}.name`), by: t(`breakdown.${indicator.breakdown.by}`).toLowerCase() }),
    headers: headersOf(indicator, t),
    rows: rows.map((line) => ({ key: line.key, cells: cells(line) })),
    total: cells(total),
  };
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * The same table as a CSV file in the console's export format (shared/util/csv.ts: BOM, ';', CRLF, quoted fields,
 * formula starts defused): plain numbers on the table's scale (a share as a percentage, one decimal), a decimal
 * comma for es-AR, and no value ("") where the table says "Sin datos".
 */
export function indicatorCsv(indicator: IndicatorValue, t: InsightsT, locale: string): string {
  const { rows, total } = linesOf(indicator, t, locale);
  const comma = locale.startsWith('es');
  const number = (n: number | null) => csvNumber(n === null ? null : oneDecimal(n), comma);
  const line = (row: Line) =>
    csvLine([
      csvText(row.label),
      number(row.value === null ? null : displayValue(indicator.unit, row.value)),
      ...PARTS[indicator.unit].map((part) => number(row[part])),
    ]);
  return CSV_BOM + csvLine(headersOf(indicator, t).map(csvText)) + rows.map(line).join('') + line(total);
}

/** The canvas's accessible name: what it plots, how many points, the first and the last. */
export function chartSummary(indicator: IndicatorValue, t: InsightsT, locale: string): string {
  const { rows } = linesOf(indicator, t, locale);
  const point = (row: Line) => `${row.label}: ${unitValueText(indicator.unit, row.value, t, locale)}`;
  const first = rows[0];
  const last = rows[rows.length - 1];
  return t('chart.summary', {
    name: t(`indicator.${indicator.id}.name`),
    by: t(`breakdown.${indicator.breakdown.by}`).toLowerCase(),
    count: rows.length,
    first: first ? point(first) : '',
    last: last ? point(last) : '',
  });
}
