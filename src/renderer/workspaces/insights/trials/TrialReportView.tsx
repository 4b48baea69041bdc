// A trial's report ('insights.trial', live: it moves as notices are notified and re-inspected): per wording the
// notices notified, those whose deadline passed and those complied in time, with the share and its 95 % interval;
// each wording's effect against the first with its interval and Cohen's h; a headline when the sample is too small
// to conclude; whether the split looks like the seeded draw; and the seed, with how to reproduce the assignment.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrialReport } from '../../../../shared/api/insights.ts';
import type { NoticeTrial } from '../../../../shared/records/notice-trial-schema.ts';
import { settingOnDay } from '../../../../shared/settings/dated.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { formatDecimal } from '../indicator-text.ts';
import { INSIGHTS_NAMESPACES } from '../insights-t.ts';
import { balanceText, cohenHText, effectConclusion, effectText, tooSmallText, variantShareText } from './trial-text.ts';

export function TrialReportView({ trial }: { readonly trial: NoticeTrial }) {
  const { t } = useTranslation('insightsStudies');
  const id = useId();
  const report = useLiveQuery('insights.trial', { trialId: trial.id });
  const settings = useLiveQuery('settings.list', {});
  // The counting rules in force today say the smallest sample per wording, as the report is computed
  // (core/insights/trial.ts).
  const today = cordobaIsoDate(useNow(60_000));
  const minSample = settings.value
    ? (settingOnDay(
        settings.value.entries.map((e) => e.entry),
        'insights.rules',
        today,
      )?.minSample ?? null)
    : null;

  return (
    <section className="studies__result trial-report" aria-labelledby={`${id}-title`} data-testid="trial-report" data-trial-id={trial.id}>
      <h3 id={`${id}-title`}>{t('report.title', { name: trial.definition.name })}</h3>
      {report.error !== null ? (
        <ApiErrorNotice error={report.error} title={t('report.loadFailed')} />
      ) : report.value === null ? (
        <p role="status">{t('report.loading')}</p>
      ) : report.value.report === null ? (
        <p>{t('report.missing')}</p>
      ) : (
        <ReportBody report={report.value.report} minSample={minSample} />
      )}
    </section>
  );
}

function ReportBody({ report, minSample }: { readonly report: TrialReport; readonly minSample: number | null }) {
  const { t, i18n } = useTranslation('insightsStudies');
  const { t: ti } = useTranslation(INSIGHTS_NAMESPACES);
  const locale = i18n.language;
  const { definition } = report.trial;
  const tooSmall = tooSmallText(t, report, minSample);
  const labelOf = (key: string) => {
    const label = definition.variants.find((v) => v.key === key)?.label ?? key;
    return t('report.variants.label', { key: key.toUpperCase(), label });
  };

  return (
    <>
      <p>
        {t('report.definition', {
          category: ti(`datedSettings:field.${definition.category}`),
          barrios: definition.barrios.join(', '),
          start: formatIsoDate(definition.start, locale),
          end: formatIsoDate(definition.end, locale),
        })}
      </p>
      {tooSmall !== null && (
        <Notice tone="warning" testId="trial-too-small">
          {tooSmall}
        </Notice>
      )}
      <table className="studies__table" data-testid="trial-variants-table">
        <caption className="trial-report__caption">{t('report.variants.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.variants.variant')}</th>
            <th scope="col">{t('report.variants.notified')}</th>
            <th scope="col">{t('report.variants.decided')}</th>
            <th scope="col">{t('report.variants.complied')}</th>
            <th scope="col">{t('report.variants.share')}</th>
          </tr>
        </thead>
        <tbody>
          {report.variants.map((v) => (
            <tr key={v.key} data-testid={`trial-variant-row-${v.key}`}>
              <th scope="row">{labelOf(v.key)}</th>
              <td data-testid={`trial-notified-${v.key}`}>{formatDecimal(v.notified, locale)}</td>
              <td data-testid={`trial-decided-${v.key}`}>{formatDecimal(v.decided, locale)}</td>
              <td data-testid={`trial-complied-${v.key}`}>{formatDecimal(v.complied, locale)}</td>
              <td data-testid={`trial-share-${v.key}`}>{variantShareText(t, ti, v, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="trial-report__wordings">
        {definition.variants.map((v) => (
          <div key={v.key}>
            <dt>{labelOf(v.key)}</dt>
            <dd>{v.wording}</dd>
          </div>
        ))}
      </dl>
      {report.effects.length > 0 && (
        <>
          <table className="studies__table" data-testid="trial-effects-table">
            <caption className="trial-report__caption">{t('report.effects.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.effects.variant')}</th>
                <th scope="col">{t('report.effects.difference')}</th>
                <th scope="col">{t('report.effects.cohenH')}</th>
                <th scope="col">{t('report.effects.conclusion')}</th>
              </tr>
            </thead>
            <tbody>
              {report.effects.map((e) => (
                <tr key={e.key} data-testid={`trial-effect-${e.key}`} data-adequacy={e.adequacy}>
                  <th scope="row">{t('report.effects.against', { key: labelOf(e.key), against: labelOf(e.against) })}</th>
                  <td>{effectText(t, e, locale)}</td>
                  <td>{cohenHText(e.cohenH, locale)}</td>
                  <td>{effectConclusion(t, e, minSample)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="form-field__hint">{t('report.effects.cohenHelp')}</p>
        </>
      )}
      <h4>{t('report.balance.title')}</h4>
      <p data-testid="trial-balance">{balanceText(t, report, locale)}</p>
      <h4>{t('report.seed.title')}</h4>
      <p data-testid="trial-seed-value">{t('report.seed.value', { seed: definition.seed })}</p>
      <p className="form-field__hint">{t('report.seed.how')}</p>
    </>
  );
}
