// One indicator on the dashboard: its name, its figure (a share with its 95 % interval, a count, a rate, a median
// with its unit), what it counts in words, the chosen filters it cannot be split by, its definition written out (with
// the counting rule in force, where it has one), and its chart. The headline card (compliance without sanction) is
// the same card, larger and marked as such.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard, IndicatorValue, InsightsFilter } from '../../../../shared/api/insights.ts';
import { IndicatorChart } from '../charts/IndicatorChart.tsx';
import { basisText, intervalText, isMedian, notAppliedText, ruleText, unitValueText } from '../indicator-text.ts';
import { INSIGHTS_NAMESPACES } from '../insights-t.ts';

interface IndicatorCardProps {
  readonly indicator: IndicatorValue;
  readonly filter: InsightsFilter;
  /** The counting rules in force at the period's end. */
  readonly rules: Dashboard['rules'];
  readonly headline?: boolean;
}

export function IndicatorCard({ indicator, filter, rules, headline = false }: IndicatorCardProps) {
  const { t, i18n } = useTranslation(INSIGHTS_NAMESPACES);
  const locale = i18n.language;
  const nameId = useId();
  const interval = intervalText(indicator, t, locale);
  const basis = basisText(indicator, t, locale);
  const notApplied = notAppliedText(indicator, filter, t, locale);
  const rule = ruleText(indicator, rules, t);
  return (
    <article
      className={headline ? 'indicator-card indicator-card--headline' : 'indicator-card'}
      aria-labelledby={nameId}
      data-testid={`indicator-${indicator.id}`}
    >
      {headline && <p className="indicator-card__kicker">{t('card.headline')}</p>}
      <h2 id={nameId} className="indicator-card__name">
        {t(`indicator.${indicator.id}.name`)}
      </h2>
      <p className="indicator-card__figure">
        <span className="indicator-card__value" data-testid="indicator-value">
          {indicator.value === null
            ? t(indicator.withheld ? 'card.withheld' : 'card.noData')
            : unitValueText(indicator.unit, indicator.value, t, locale)}
        </span>
        {indicator.value !== null && isMedian(indicator.unit) && <span className="indicator-card__unit"> ({t('value.median')})</span>}
      </p>
      {interval && (
        <p className="indicator-card__interval" data-testid="indicator-interval">
          {interval}
        </p>
      )}
      {basis && (
        <p className="indicator-card__basis" data-testid="indicator-basis">
          {basis}
        </p>
      )}
      {notApplied && (
        <p className="indicator-card__not-applied" data-testid="indicator-not-applied">
          {notApplied}
        </p>
      )}
      <p className="indicator-card__definition" data-testid="indicator-definition">
        <strong>{t('card.definition')}:</strong> {t(`indicator.${indicator.id}.definition`)}
        {rule && ` ${rule}`}
      </p>
      {indicator.withheld ? (
        <p className="indicator-card__empty" data-testid="indicator-withheld">
          {t('card.withheldWhy')}
        </p>
      ) : indicator.breakdown.rows.length > 0 ? (
        <IndicatorChart indicator={indicator} filter={filter} />
      ) : (
        <p className="indicator-card__empty">{t('chart.empty')}</p>
      )}
    </article>
  );
}
