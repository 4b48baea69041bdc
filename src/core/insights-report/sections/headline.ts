// Runs in: Node. The headline on the first page, framed: «Cumplimiento sin sanción» in large type with what it
// counts, its 95 % interval, and one sentence that sets it against the month before and the same month a year
// before — in percentage points between the shares as printed, so the reader's subtraction gives the same number.
import type { Dashboard, IndicatorId } from '../../../shared/api/insights.ts';
import { boxed, padded, row, stack, text, type Block } from '../../pdf/blocks.ts';
import { capitalise } from '../format.ts';
import { addMonths } from '../month.ts';
import { COLOR, SPACE, STYLE, WIDTH } from '../layout.ts';
import type { MonthlyReport } from '../report.ts';
import { plural } from '../texts.ts';
import type { ReportContext } from './context.ts';
import { basisLine, indicatorOf } from './indicator.ts';

const HEADLINE: IndicatorId = 'compliance_without_sanction';

export function headline(ctx: ReportContext, report: MonthlyReport): void {
  const { ts, t, ti, fmt, flow, language } = ctx;
  const indicator = indicatorOf(report.current, HEADLINE);
  const body = (width: number): Block => {
    const lines: Block[] = [
      text(ts, t('headline.label').toLocaleUpperCase(language), STYLE.label, width),
      text(ts, ti(`indicator.${HEADLINE}.name`), STYLE.heading, width),
    ];
    if (indicator.value === null) {
      lines.push(padded(text(ts, t('headline.noData', { month: fmt.month(report.month) }), STYLE.body, width), 4));
    } else {
      const figure = fmt.value(indicator.unit, indicator.value);
      const figureWidth = ts.layout(figure, STYLE.figure, width)[0]!.width + 14;
      const details = [text(ts, basisLine(ctx, indicator), STYLE.body, width - figureWidth)];
      if (indicator.interval)
        details.push(text(ts, t('headline.interval', fmt.interval(indicator.interval)), STYLE.small, width - figureWidth));
      lines.push(
        padded(
          row([
            { block: text(ts, figure, STYLE.figure, figureWidth), dx: 0 },
            { block: padded(stack(details, 2), 6), dx: figureWidth },
          ]),
          2,
        ),
      );
    }
    lines.push(padded(text(ts, comparison(ctx, report), STYLE.bodyBold, width), 2));
    return stack(lines, 2);
  };
  flow.place(boxed(ts, WIDTH, { padding: 12, fill: COLOR.boxFill, stroke: COLOR.accent, strokeWidth: 0.8 }, body));
  flow.space(SPACE.section);
}

/** "2,2 puntos porcentuales más que en febrero de 2026 (79,1 %) y 11,2 … más que en marzo de 2025 (70,1 %)." */
function comparison(ctx: ReportContext, report: MonthlyReport): string {
  const { t, fmt, language } = ctx;
  const previous = fmt.month(addMonths(report.month, -1));
  const lastYear = fmt.month(addMonths(report.month, -12));
  const current = indicatorOf(report.current, HEADLINE).value;
  if (current === null) return t('compare.noCurrent', { previous, lastYear });
  // Tenths of a percentage point, from the shares as printed (one decimal).
  const tenths = (share: number) => Math.round(share * 1000);
  const against = (dashboard: Dashboard | null, month: string): string => {
    const value = dashboard ? indicatorOf(dashboard, HEADLINE).value : null;
    if (value === null) return t('compare.missing', { month });
    const difference = tenths(current) - tenths(value);
    if (difference === 0) return t('compare.same', { month, value: fmt.percent(value) });
    const points = t(plural('compare.points', Math.abs(difference) / 10), { value: fmt.decimal(Math.abs(difference) / 10) });
    return t(difference > 0 ? 'compare.more' : 'compare.less', { points, month, value: fmt.percent(value) });
  };
  const sentence = t('compare.sentence', {
    first: against(report.previousMonth, previous),
    second: against(report.previousYear, lastYear),
  });
  return capitalise(sentence, language);
}
