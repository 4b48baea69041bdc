// «Comparaciones»: one indicator for two groups of a campaign — before/after in its barrios, or its barrios against
// others over its period (study-design.ts builds the two filters) — sent to 'insights.compare', and the answer as
// both groups' values with their sample sizes, the difference with its 95 % interval, whether the sample can conclude,
// and a picture. The label that the study is observational is always on screen: the groups were not randomised.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_IDS, type Comparison, type InsightsCompareInput } from '../../../../shared/api/insights.ts';
import { indicatorReadable, readerOf } from '../../../../shared/insights/indicator-sources.ts';
import { settingOnDay } from '../../../../shared/settings/dated.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { INSIGHTS_NAMESPACES } from '../insights-t.ts';
import { BarrioChecklist } from './BarrioChecklist.tsx';
import { ComparisonResult } from './ComparisonResult.tsx';
import {
  checkStudy,
  dayCount,
  GROUPS,
  lastMonth,
  periodBefore,
  STUDY_DESIGNS,
  studyProblems,
  type StudyField,
  type StudyValues,
} from './study-design.ts';
import './studies.css';

export function ComparePanel() {
  const { t, i18n } = useTranslation('insightsStudies');
  const { t: tErrors } = useTranslation('errors');
  const { t: ti } = useTranslation(INSIGHTS_NAMESPACES);
  const api = useApi();
  const id = useId();
  // Today as the panel opened: the campaign defaults to the last whole month before it.
  const today = cordobaIsoDate(useNow(null));
  const [values, setValues] = useState<StudyValues>(() => ({
    indicator: 'compliance_without_sanction',
    design: 'before_after',
    barrios: [],
    ...lastMonth(today),
    others: [],
  }));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<{ readonly input: InsightsCompareInput; readonly comparison: Comparison } | null>(null);
  const settings = useLiveQuery('settings.list', {});
  // Only what the signed-in role reads can be compared (the core withholds the rest).
  const { user } = useSignedInUser();
  const indicators = INDICATOR_IDS.filter((indicator) => indicatorReadable(indicator, readerOf(user?.role ?? null)));
  if (!indicators.includes(values.indicator) && indicators[0]) setValues((v) => ({ ...v, indicator: indicators[0]! }));

  const problems = studyProblems(values, today);
  const say = (field: StudyField) => {
    const problem = tried ? problems[field] : undefined;
    return problem ? tErrors(`issue.${problem}`) : null;
  };
  const change = <F extends keyof StudyValues>(field: F, value: StudyValues[F]) => setValues((v) => ({ ...v, [field]: value }));
  const [groupA, groupB] = GROUPS[values.design];
  const day = (iso: string) => formatIsoDate(iso, i18n.language);
  const before = values.design === 'before_after' && !problems.from && !problems.to ? periodBefore(values.from, values.to) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const checked = checkStudy(values, today, { a: t(`compare.group.${groupA}`), b: t(`compare.group.${groupB}`) });
    if (!checked.ok || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setResult({ input: checked.input, comparison: await api.call('insights.compare', checked.input) });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  // The rules in force on the later group's last day decide the smallest group a comparison may conclude from, as
  // the comparison is computed (core/insights/compare.ts).
  const lastDay = result ? [result.input.a.filter.to, result.input.b.filter.to].sort()[1]! : null;
  const minSample =
    lastDay !== null && settings.value
      ? (settingOnDay(
          settings.value.entries.map((e) => e.entry),
          'insights.rules',
          lastDay,
        )?.minSample ?? null)
      : null;
  const problemCount = Object.keys(problems).length;

  return (
    <section className="studies" aria-labelledby={`${id}-title`} data-testid="compare-panel">
      <h2 id={`${id}-title`}>{t('compare.title')}</h2>
      <p className="studies__intro">{t('compare.intro')}</p>
      <p className="studies__observational" data-testid="compare-observational">
        {t('compare.observational')}
      </p>
      <form className="studies__form" noValidate onSubmit={(event) => void submit(event)} data-testid="compare-form">
        <fieldset className="studies__fields" disabled={busy}>
          <FormField id={`${id}-indicator`} label={t('compare.indicator')} wide>
            {(control) => (
              <select
                {...control}
                className="form-control"
                value={values.indicator}
                onChange={(e) => isOneOf(INDICATOR_IDS, e.target.value) && change('indicator', e.target.value)}
                data-testid="compare-indicator"
              >
                {indicators.map((indicator) => (
                  <option key={indicator} value={indicator}>
                    {ti(`insights:indicator.${indicator}.name`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={`${id}-design`} layout="group" label={t('compare.design')} wide>
            <div className="studies__designs">
              {STUDY_DESIGNS.map((design) => (
                <label key={design} className="form-check studies__design">
                  <input
                    type="radio"
                    name={`${id}-design`}
                    value={design}
                    checked={values.design === design}
                    onChange={() => change('design', design)}
                    aria-describedby={`${id}-design-${design}`}
                    data-testid={`compare-design-${design}`}
                  />
                  <span>
                    <strong>{t(`compare.designs.${design}`)}</strong>
                    <span className="form-field__hint studies__design-hint" id={`${id}-design-${design}`}>
                      {t(`compare.designHint.${design}`)}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </FormField>
          <BarrioChecklist
            id={`${id}-barrios`}
            label={t('compare.barrios')}
            selected={values.barrios}
            onChange={(barrios) => change('barrios', barrios)}
            problem={say('barrios')}
            testId="compare-barrios"
          />
          <FormField id={`${id}-period`} layout="group" label={t('compare.period')} wide>
            <div className="studies__period">
              <DateField
                id={`${id}-from`}
                label={t('compare.from')}
                value={values.from}
                max={today}
                onChange={(value) => change('from', value)}
                className="form-control"
                problem={say('from')}
                testId="compare-from"
              />
              <DateField
                id={`${id}-to`}
                label={t('compare.to')}
                value={values.to}
                max={today}
                onChange={(value) => change('to', value)}
                className="form-control"
                problem={say('to')}
                testId="compare-to"
              />
            </div>
            {before && (
              <p className="form-field__hint" data-testid="compare-before-period">
                {t('compare.before', { from: day(before.from), to: day(before.to), count: dayCount(before.from, before.to) })}
              </p>
            )}
          </FormField>
          {values.design === 'zone_vs_zone' && (
            <BarrioChecklist
              id={`${id}-others`}
              label={t('compare.others')}
              selected={values.others}
              onChange={(others) => change('others', others)}
              problem={say('others')}
              testId="compare-others"
            />
          )}
        </fieldset>
        {tried && problemCount > 0 && (
          <p className="studies__summary" role="alert">
            {t('compare.problems', { count: problemCount })}
          </p>
        )}
        {failure !== null && <ApiErrorNotice error={failure} title={t('compare.failed')} onDismiss={() => setFailure(null)} />}
        <div className="studies__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="compare-submit">
            {busy ? t('compare.running') : t('compare.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {result && <ComparisonResult input={result.input} comparison={result.comparison} minSample={minSample} />}
      </div>
    </section>
  );
}
