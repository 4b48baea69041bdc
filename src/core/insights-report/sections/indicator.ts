// Runs in: Node. Every indicator of the Dashboard, one after the other, each kept whole on a page: its number and
// name, its value with the 95 % interval of a share, what it counts in words, its definition, the filters of the
// report's scope it cannot apply, and its breakdown twice — a bar chart and, beside it, the table of the same
// rows. An indicator broken down by month is charted over the twelve months up to the report's, its month in
// orange; any other breakdown (channel, status) is the month's own.
import type { BreakdownRow, Dashboard, IndicatorId, IndicatorValue, InsightFilterDimension } from '../../../shared/api/insights.ts';
import { padded, row, stack, table, text, type Block, type Column } from '../../pdf/blocks.ts';
import { barChart, columnChart, type Bar, type ChartSpec } from '../chart.ts';
import { chartScale } from '../chart-scale.ts';
import { breakdownLabel } from '../labels.ts';
import { COLOR, SPACE, STYLE, WIDTH } from '../layout.ts';
import type { MonthlyReport } from '../report.ts';
import { plural } from '../texts.ts';
import type { ReportContext } from './context.ts';

/** The breakdown table's columns: the row's key, its value, what the value divides (or counts). */
const KEY_WIDTH = 62;
const VALUE_WIDTH = 54;
const FRACTION_WIDTH = 92;
const TABLE_PAD = 2;
const CHART_GAP = 18;
const CHART_MIN_HEIGHT = 150;

export function indicatorOf(dashboard: Dashboard, id: IndicatorId): IndicatorValue {
  const found = dashboard.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`insights report: the dashboard has no indicator ${id}`);
  return found;
}

/** "812 de 1.000 emplazamientos con plazo vencido se cumplieron por el titular, sin acta". */
export function basisLine(ctx: ReportContext, indicator: IndicatorValue): string {
  const { ti, fmt } = ctx;
  return ti(`indicator.${indicator.id}.basis`, {
    numerator: fmt.integer(indicator.numerator ?? 0),
    denominator: fmt.integer(indicator.denominator ?? 0),
  });
}

export function indicators(ctx: ReportContext, report: MonthlyReport): void {
  const { flow, ts, t } = ctx;
  flow.place(stack([text(ts, t('indicators'), STYLE.sectionTitle, WIDTH), padded(text(ts, t('indicatorsIntro'), STYLE.body, WIDTH), 2)]));
  report.current.indicators.forEach((indicator, i) => {
    flow.space(SPACE.section);
    flow.place(indicatorBlock(ctx, report, indicator, i + 1));
  });
}

function indicatorBlock(ctx: ReportContext, report: MonthlyReport, indicator: IndicatorValue, number: number): Block {
  const { ts, t, ti } = ctx;
  const id = indicator.id;
  const blocks: Block[] = [
    text(ts, t('section', { number, name: ti(`indicator.${id}.name`) }), STYLE.heading, WIDTH),
    valueLine(ctx, indicator),
    text(ts, ti(`indicator.${id}.definition`), STYLE.small, WIDTH),
  ];
  const notApplied = notAppliedLine(ctx, report, indicator);
  if (notApplied) blocks.push(text(ts, notApplied, { ...STYLE.small, color: COLOR.text }, WIDTH));
  blocks.push(padded(breakdown(ctx, report, indicator), SPACE.block - 4));
  return stack(blocks, 4);
}

/** "81,3 %   IC 95 %: 78,9–83,3 % · 812 de 1.000 …", or "Sin datos". */
function valueLine(ctx: ReportContext, indicator: IndicatorValue): Block {
  const { ts, t, fmt } = ctx;
  if (indicator.value === null) return text(ts, t(indicator.withheld ? 'withheld' : 'noValue'), STYLE.value, WIDTH);
  const value = fmt.value(indicator.unit, indicator.value);
  const valueWidth = ts.layout(value, STYLE.value, WIDTH)[0]!.width + 10;
  const parts = [basisLine(ctx, indicator)];
  if (indicator.interval) parts.unshift(`${t('summary.interval')}: ${fmt.range(indicator.interval)}`);
  return row([
    { block: text(ts, value, STYLE.value, valueWidth), dx: 0 },
    { block: padded(text(ts, parts.join(' · '), STYLE.body, WIDTH - valueWidth), 1), dx: valueWidth },
  ]);
}

/** The report's scope filters (barrios, CPCs) this indicator cannot apply: its figure is the whole city's. */
function notAppliedLine(ctx: ReportContext, report: MonthlyReport, indicator: IndicatorValue): string | null {
  const { ti, fmt } = ctx;
  const used: InsightFilterDimension[] = [];
  if (report.scope.barrios.length > 0) used.push('barrios');
  if (report.scope.cpcs.length > 0) used.push('cpcs');
  const missing = used.filter((d) => !indicator.appliedFilters.includes(d));
  if (missing.length === 0) return null;
  return ti(plural('card.notApplied', missing.length), { dimensions: fmt.list(missing.map((d) => ti(`dimension.${d}`))) });
}

/** The chart and, beside it, the table of its rows. */
function breakdown(ctx: ReportContext, report: MonthlyReport, indicator: IndicatorValue): Block {
  const { ts, t, ti, fmt, language } = ctx;
  const byMonth = indicator.breakdown.by === 'month';
  const source = byMonth && report.trend ? indicatorOf(report.trend, indicator.id) : indicator;
  const { by, rows } = source.breakdown;
  if (rows.every((r) => r.value === null)) return text(ts, t('noChart'), STYLE.small, WIDTH);

  const { id, unit } = indicator;
  // A share or a rate per shift shows what it divides ("390 / 480"); a median, how many it is the median of.
  const fraction = (unit === 'ratio' || unit === 'per_shift') && rows.some((r) => r.numerator !== undefined && r.denominator !== undefined);
  const count = !fraction && unit !== 'count' && rows.some((r) => r.denominator !== undefined);
  const columns: Column[] = [
    { header: ti(`breakdown.${by}`), width: KEY_WIDTH },
    { header: ti(`unit.${unit}`), width: VALUE_WIDTH, align: 'right' },
  ];
  if (fraction)
    columns.push({
      header: `${ti(`indicator.${id}.numerator`)} / ${ti(`indicator.${id}.denominator`)}`,
      width: FRACTION_WIDTH,
      align: 'right',
    });
  if (count) columns.push({ header: ti(`indicator.${id}.denominator`), width: FRACTION_WIDTH, align: 'right' });
  const cells = (r: BreakdownRow) => {
    const out = [breakdownLabel(ctx, by, r.key, 'table'), r.value === null ? t('noValue') : fmt.plain(unit, r.value)];
    if (fraction)
      out.push(
        r.numerator === undefined || r.denominator === undefined ? '—' : `${fmt.integer(r.numerator)} / ${fmt.integer(r.denominator)}`,
      );
    if (count) out.push(r.denominator === undefined ? '—' : fmt.integer(r.denominator));
    return out;
  };
  const tableBlock = table(ts, columns, rows.map(cells), { head: STYLE.tableHead, cell: STYLE.tableCell }, TABLE_PAD);
  const tableWidth = columns.reduce((sum, c) => sum + c.width, 0);

  const bars: Bar[] = rows.map((r, i) => ({
    label: breakdownLabel(ctx, by, r.key, i === 0 ? 'firstBar' : 'bar'),
    value: r.value,
    valueLabel: r.value === null ? t('noValueShort') : fmt.plain(unit, r.value),
    highlight: byMonth && r.key === report.month,
  }));
  const chartWidth = WIDTH - tableWidth - CHART_GAP;
  const spec: ChartSpec = {
    caption: byMonth ? t('trend') : t('by', { by: ti(`breakdown.${by}`).toLocaleLowerCase(language) }),
    unit: ti(`unit.${unit}`),
    bars,
    scale: chartScale(
      unit,
      rows.map((r) => r.value),
    ),
    tickLabel: (v) => fmt.tick(unit, v),
  };
  const chart = byMonth ? columnChart(ts, spec, chartWidth, Math.max(CHART_MIN_HEIGHT, tableBlock.height)) : barChart(ts, spec, chartWidth);
  return row([
    { block: chart, dx: 0 },
    { block: tableBlock, dx: chartWidth + CHART_GAP },
  ]);
}
