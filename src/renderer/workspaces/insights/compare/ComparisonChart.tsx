// The comparison as a picture: the two groups' bars drawn to one scale, each with its 95 % interval as a whisker
// (bar-geometry.ts places them). An SVG whose sizes are attributes — the CSP allows no inline styles — and whose
// colours are classes. Screen readers get one sentence with both values; the table beside it has every figure.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorValue } from '../../../../shared/api/insights.ts';
import { formatDecimal, unitValueText } from '../indicator-text.ts';
import { INSIGHTS_NAMESPACES } from '../insights-t.ts';
import { barChart, CHART_BOX } from './bar-geometry.ts';

interface ComparisonChartProps {
  readonly groups: readonly { readonly label: string; readonly value: IndicatorValue }[];
}

const CAP = 6;

export function ComparisonChart({ groups }: ComparisonChartProps) {
  const { t, i18n } = useTranslation('insightsStudies');
  const { t: ti } = useTranslation(INSIGHTS_NAMESPACES);
  const titleId = useId();
  const unit = groups[0]?.value.unit ?? 'count';
  const chart = barChart(
    groups.map((g) => g.value),
    unit,
  );
  const [a, b] = groups;
  const summary =
    a && b
      ? t('compare.chart', {
          a: a.label,
          aValue: unitValueText(a.value.unit, a.value.value, ti, i18n.language),
          b: b.label,
          bValue: unitValueText(b.value.unit, b.value.value, ti, i18n.language),
        })
      : '';
  // The axis names its unit only for shares ("40 %"); other figures' unit is in the table beside it.
  const tick = (value: number) => (unit === 'ratio' ? unitValueText(unit, value, ti, i18n.language) : formatDecimal(value, i18n.language));
  const baseline = CHART_BOX.height - CHART_BOX.bottom;

  return (
    <svg
      className="study-chart"
      viewBox={`0 0 ${CHART_BOX.width} ${CHART_BOX.height}`}
      role="img"
      aria-labelledby={titleId}
      data-testid="compare-chart"
    >
      <title id={titleId}>{summary}</title>
      {chart.ticks.map(({ value, y }) => (
        <g key={value} className="study-chart__tick">
          <line x1={CHART_BOX.left} x2={CHART_BOX.width - CHART_BOX.right} y1={y} y2={y} />
          <text x={CHART_BOX.left - 6} y={y} dy="0.32em" textAnchor="end">
            {tick(value)}
          </text>
        </g>
      ))}
      {chart.bars.map((bar, i) => (
        <g key={i}>
          <rect
            className={`study-chart__bar study-chart__bar--${i === 0 ? 'a' : 'b'}`}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
          />
          {bar.whisker && (
            <g className="study-chart__whisker">
              <line x1={bar.whisker.x} x2={bar.whisker.x} y1={bar.whisker.top} y2={bar.whisker.bottom} />
              <line x1={bar.whisker.x - CAP} x2={bar.whisker.x + CAP} y1={bar.whisker.top} y2={bar.whisker.top} />
              <line x1={bar.whisker.x - CAP} x2={bar.whisker.x + CAP} y1={bar.whisker.bottom} y2={bar.whisker.bottom} />
            </g>
          )}
          <text className="study-chart__label" x={bar.x + bar.width / 2} y={baseline + 18} textAnchor="middle">
            {groups[i]?.label}
          </text>
        </g>
      ))}
      <line className="study-chart__axis" x1={CHART_BOX.left} x2={CHART_BOX.width - CHART_BOX.right} y1={baseline} y2={baseline} />
    </svg>
  );
}
