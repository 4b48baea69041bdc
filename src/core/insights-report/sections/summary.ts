// Runs in: Node. The first page's table: every indicator of the month with its 95 % interval beside the same
// indicator the month before and the same month a year before — the page a reader who reads one page reads.
import type { Dashboard, IndicatorValue } from '../../../shared/api/insights.ts';
import type { Column } from '../../pdf/blocks.ts';
import { padded, stack, text } from '../../pdf/blocks.ts';
import { capitalise } from '../format.ts';
import { STYLE, WIDTH } from '../layout.ts';
import { addMonths } from '../month.ts';
import type { MonthlyReport } from '../report.ts';
import type { ReportContext } from './context.ts';
import { indicatorOf } from './indicator.ts';

const NAME_WIDTH = 160;
const INTERVAL_WIDTH = 82;

export function summary(ctx: ReportContext, report: MonthlyReport): void {
  const { ts, t, ti, fmt, flow, language } = ctx;
  const month = (m: string) => capitalise(fmt.month(m), language);
  const valueWidth = (WIDTH - NAME_WIDTH - INTERVAL_WIDTH) / 3;
  const columns: Column[] = [
    { header: t('summary.indicator'), width: NAME_WIDTH },
    { header: month(report.month), width: valueWidth, align: 'right' },
    { header: t('summary.interval'), width: INTERVAL_WIDTH, align: 'right' },
    { header: month(addMonths(report.month, -1)), width: valueWidth, align: 'right' },
    { header: month(addMonths(report.month, -12)), width: valueWidth, align: 'right' },
  ];
  const value = (indicator: IndicatorValue | null) =>
    indicator?.value == null ? t(indicator?.withheld ? 'withheld' : 'noValue') : fmt.value(indicator.unit, indicator.value);
  const other = (dashboard: Dashboard | null, current: IndicatorValue) => value(dashboard && indicatorOf(dashboard, current.id));
  const rows = report.current.indicators.map((indicator) => [
    ti(`indicator.${indicator.id}.name`),
    value(indicator),
    indicator.interval ? fmt.range(indicator.interval) : '—',
    other(report.previousMonth, indicator),
    other(report.previousYear, indicator),
  ]);
  flow.place(
    stack([text(ts, t('summary.title'), STYLE.sectionTitle, WIDTH), padded(text(ts, t('summary.intro'), STYLE.body, WIDTH), 2, 6)]),
  );
  flow.table(columns, rows);
}
