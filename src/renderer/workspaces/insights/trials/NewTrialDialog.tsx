// «Nueva prueba» (administrators): name, offence category, two to four wordings (keys a, b, c, d by their place),
// barrios, start and end days, and the draw's seed — generated at random and shown, editable, so the assignment can
// be reproduced. Checked with the trial kind's own schema on every change (trial-form.ts); problems show next to
// their fields after a first attempt, in the errors dictionary's words, and nothing is sent while any remains.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFENCE_CATEGORIES } from '../../../../shared/settings/catalogue.ts';
import type { IsoDate } from '../../../../shared/settings/iso-date.ts';
import { DateField } from '../../../components/DateField.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { MutationDialog } from '../../../components/MutationDialog.tsx';
import { BarrioChecklist } from '../compare/BarrioChecklist.tsx';
import {
  checkTrial,
  MIN_VARIANTS,
  newSeed,
  newTrialValues,
  VARIANT_KEYS,
  type TrialField,
  type TrialProblems,
  type TrialValues,
  type VariantValues,
} from './trial-form.ts';
import { useTrialDialogTexts } from './use-trial-dialog-texts.ts';
import './trials.css';

interface NewTrialDialogProps {
  readonly today: IsoDate;
  readonly onClose: () => void;
  /** The trial was defined (its id and name). */
  readonly onDone: (id: string, name: string) => void;
}

export function NewTrialDialog({ today, onClose, onDone }: NewTrialDialogProps) {
  const { t } = useTranslation('insightsStudies');
  const { t: tSettings } = useTranslation('datedSettings');
  const { t: tErrors } = useTranslation('errors');
  const id = useId();
  const [trialId] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<TrialValues>(() => newTrialValues(today, newSeed()));
  const [tried, setTried] = useState(false);
  const { labels, failure } = useTrialDialogTexts(t('trials.form.submit'));
  const checked = checkTrial(values, trialId, today);
  const problems: TrialProblems = tried && !checked.ok ? checked.problems : {};
  const say = (field: TrialField) => {
    const problem = problems[field];
    return problem ? tErrors(`issue.${problem}`) : null;
  };
  const change = <F extends keyof TrialValues>(field: F, value: TrialValues[F]) => setValues((v) => ({ ...v, [field]: value }));
  const changeVariant = (index: number, field: keyof VariantValues, value: string) =>
    change(
      'variants',
      values.variants.map((v, i) => (i === index ? { ...v, [field]: value } : v)),
    );

  return (
    <MutationDialog
      title={t('trials.form.title')}
      explain={t('trials.form.explain')}
      labels={labels}
      className="trial-dialog"
      testId="trial-dialog"
      submitTestId="trial-submit"
      fieldsClassName="write-form__grid"
      problemCount={Object.keys(problems).length}
      failure={failure}
      failureTestId="trial-refused"
      prepare={() => {
        setTried(true);
        return checked.ok ? checked.mutation : null;
      }}
      onClose={onClose}
      onDone={() => onDone(trialId, values.name.trim())}
      focusAfterDone={() => null}
    >
      <FormField id={`${id}-name`} label={t('trials.form.name')} problem={say('name')} wide>
        {(control) => (
          <input
            {...control}
            className="form-control"
            maxLength={120}
            value={values.name}
            onChange={(e) => change('name', e.target.value)}
            data-testid="trial-name"
          />
        )}
      </FormField>
      <FormField id={`${id}-category`} label={t('trials.form.category')} problem={say('category')}>
        {(control) => (
          <select
            {...control}
            className="form-control"
            value={values.category}
            onChange={(e) => change('category', e.target.value)}
            data-testid="trial-category"
          >
            <option value="">{t('trials.form.categoryChoose')}</option>
            {OFFENCE_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {tSettings(`field.${category}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-variants`}
        layout="group"
        label={t('trials.form.variants')}
        problem={say('variants')}
        wide
        testId="trial-variants"
      >
        <div className="trial-variants">
          {values.variants.map((variant, index) => {
            const key = (VARIANT_KEYS[index] ?? '').toUpperCase();
            return (
              <fieldset key={index} className="write-form__section trial-variant" data-testid={`trial-variant-${index}`}>
                <legend className="write-form__legend">{t('trials.form.variant', { key })}</legend>
                <FormField
                  id={`${id}-variant-${index}-label`}
                  label={t('trials.form.variantLabel')}
                  problem={say(`variants.${index}.label`)}
                >
                  {(control) => (
                    <input
                      {...control}
                      className="form-control"
                      maxLength={80}
                      value={variant.label}
                      onChange={(e) => changeVariant(index, 'label', e.target.value)}
                      data-testid={`trial-variant-${index}-label`}
                    />
                  )}
                </FormField>
                <FormField
                  id={`${id}-variant-${index}-wording`}
                  label={t('trials.form.wording')}
                  problem={say(`variants.${index}.wording`)}
                >
                  {(control) => (
                    <textarea
                      {...control}
                      className="form-control"
                      rows={3}
                      maxLength={4000}
                      value={variant.wording}
                      onChange={(e) => changeVariant(index, 'wording', e.target.value)}
                      data-testid={`trial-variant-${index}-wording`}
                    />
                  )}
                </FormField>
                {values.variants.length > MIN_VARIANTS && (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      change(
                        'variants',
                        values.variants.filter((_, i) => i !== index),
                      )
                    }
                  >
                    {t('trials.form.removeVariant', { key })}
                  </button>
                )}
              </fieldset>
            );
          })}
        </div>
        {values.variants.length < VARIANT_KEYS.length && (
          <button
            type="button"
            className="button trial-variants__add"
            onClick={() => change('variants', [...values.variants, { label: '', wording: '' }])}
            data-testid="trial-add-variant"
          >
            {t('trials.form.addVariant')}
          </button>
        )}
      </FormField>
      <BarrioChecklist
        id={`${id}-barrios`}
        label={t('trials.form.barrios')}
        selected={values.barrios}
        onChange={(barrios) => change('barrios', barrios)}
        problem={say('barrios')}
        testId="trial-barrios"
      />
      <DateField
        id={`${id}-start`}
        label={t('trials.form.start')}
        value={values.start}
        min={today}
        onChange={(value) => change('start', value)}
        className="form-control"
        problem={say('start')}
        testId="trial-start"
      />
      <DateField
        id={`${id}-end`}
        label={t('trials.form.end')}
        value={values.end}
        min={values.start || today}
        onChange={(value) => change('end', value)}
        className="form-control"
        problem={say('end')}
        testId="trial-end"
      />
      <FormField id={`${id}-seed`} label={t('trials.form.seed')} hint={t('trials.form.seedHint')} problem={say('seed')} wide>
        {(control) => (
          <span className="trial-seed">
            <input
              {...control}
              className="form-control trial-seed__input"
              maxLength={64}
              spellCheck={false}
              autoComplete="off"
              value={values.seed}
              onChange={(e) => change('seed', e.target.value)}
              data-testid="trial-seed"
            />
            <button type="button" className="button" onClick={() => change('seed', newSeed())} data-testid="trial-new-seed">
              {t('trials.form.newSeed')}
            </button>
          </span>
        )}
      </FormField>
    </MutationDialog>
  );
}
