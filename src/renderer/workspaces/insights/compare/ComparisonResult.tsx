// The answer of 'insights.compare': each group's value, interval and sample size in a table, the difference a − b
// with its 95 % interval, whether the sample can conclude (the minimum group size named), and the picture.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, InsightsCompareInput } from '../../../../shared/api/insights.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { intervalText, unitValueText } from '../indicator-text.ts';
import { INSIGHTS_NAMESPACES } from '../insights-t.ts';
import { ComparisonChart } from './ComparisonChart.tsx';
import { adequacyText, differenceText, sampleText } from './study-text.ts';

interface ComparisonResultProps {
  readonly input: InsightsCompareInput;
  readonly comparison: Comparison;
  /** The smallest group the rules let a comparison of shares conclude from (rates go by their expected counts); null until the settings are read. */
  readonly minSample: number | null;
}

export function ComparisonResult({ input, comparison, minSample }: ComparisonResultProps) {
  const { t, i18n } = useTranslation('insightsStudies');
  const { t: ti } = useTranslation(INSIGHTS_NAMESPACES);
  const id = useId();
  const locale = i18n.language;
  const groups = [
    { key: 'a', label: input.a.label, filter: input.a.filter, value: comparison.a },
    { key: 'b', label: input.b.label, filter: input.b.filter, value: comparison.b },
  ] as const;
  const indicator = ti(`insights:indicator.${comparison.indicator}.name`);

  return (
    <section className="studies__result" aria-labelledby={`${id}-title`} data-testid="compare-result">
      <h3 id={`${id}-title`}>
        {t('compare.result')}: {indicator}
      </h3>
      <table className="studies__table" data-testid="compare-table">
        <caption className="visually-hidden">{t('compare.table.caption', { indicator })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.table.group')}</th>
            <th scope="col">{t('compare.table.period')}</th>
            <th scope="col">{t('compare.table.value')}</th>
            <th scope="col">{t('compare.table.sample')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key} data-testid={`compare-group-${g.key}`}>
              <th scope="row">{g.label}</th>
              <td>{t('compare.periodText', { from: formatIsoDate(g.filter.from, locale), to: formatIsoDate(g.filter.to, locale) })}</td>
              <td data-testid={`compare-value-${g.key}`}>
                {unitValueText(g.value.unit, g.value.value, ti, locale)}
                {g.value.interval && <span className="studies__interval">{intervalText(g.value, ti, locale)}</span>}
              </td>
              <td data-testid={`compare-sample-${g.key}`}>{sampleText(t, g.value, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="compare-difference">
        <strong>{t('compare.differenceLabel', { a: input.a.label, b: input.b.label })}</strong>{' '}
        {differenceText(
          t,
          { indicator: comparison.indicator, unit: comparison.a.unit, method: comparison.method, difference: comparison.difference },
          locale,
        )}
      </p>
      {comparison.method !== 'not_comparable' && (
        <p
          className={`studies__adequacy studies__adequacy--${comparison.adequacy}`}
          data-testid="compare-adequacy"
          data-adequacy={comparison.adequacy}
        >
          {adequacyText(t, comparison.adequacy, comparison.method === 'proportion_difference' ? minSample : null, 'group')}
        </p>
      )}
      <ComparisonChart groups={groups} />
    </section>
  );
}
