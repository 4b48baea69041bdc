// The fields of an operation's plan (type, place, times, shift, team) and, once it exists, its result summary.
// Date-times are Córdoba wall-clock time whatever the machine's zone (writes/cordoba-datetime.ts).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ADDRESS, MAX_RESULT_SUMMARY, MAX_TEAM } from '../../shared/operations/operation-schema.ts';
import { FormField } from '../components/FormField.tsx';
import { PlanOptions } from '../components/PlanOptions.tsx';
import type { OperationFormField } from './operation-form.ts';
import type { OperationFormState } from './use-operation-form.ts';

interface OperationPlanFieldsProps {
  readonly state: OperationFormState;
  /** The first field takes the focus when the form opens (else the dialog's "Cerrar" would) — unless it is read-only. */
  readonly autoFocus: boolean;
  readonly withResult: boolean;
}

/** Room past each limit, so that a pasted long text is shown with its message rather than cut. */
const OVER_LIMIT = 50;

export function OperationPlanFields({ state, autoFocus, withResult }: OperationPlanFieldsProps) {
  const { t } = useTranslation();
  const formId = useId();
  const { register } = state.form;
  const field = (name: OperationFormField) => {
    const problem = state.problemOf(name);
    return {
      id: `${formId}-${name}`,
      label: t(`operationForm.${name}`),
      problem: problem && t(`operationForm.problem.${problem}`),
      problemTestId: `problem-${name}`,
    };
  };
  const choose = t('operationForm.choose');

  return (
    <>
      <FormField {...field('type')}>
        {(control) => (
          <select className="form-control" autoFocus={autoFocus} {...control} {...register('type')}>
            <PlanOptions of="type" choose={choose} />
          </select>
        )}
      </FormField>
      <FormField {...field('barrio')}>
        {(control) => (
          <select className="form-control" {...control} {...register('barrio')}>
            <PlanOptions of="barrio" choose={choose} />
          </select>
        )}
      </FormField>
      <FormField {...field('address')} wide>
        {(control) => (
          <input
            type="text"
            className="form-control"
            maxLength={MAX_ADDRESS + OVER_LIMIT}
            autoComplete="off"
            {...control}
            {...register('address')}
          />
        )}
      </FormField>
      {(['plannedStart', 'plannedEnd'] as const).map((name) => (
        <FormField key={name} {...field(name)} hint={t('operationForm.timeZoneHint')}>
          {(control) => <input type="datetime-local" className="form-control" {...control} {...register(name)} />}
        </FormField>
      ))}
      <FormField {...field('shift')}>
        {(control) => (
          <select className="form-control" {...control} {...register('shift')}>
            <PlanOptions of="shift" choose={choose} />
          </select>
        )}
      </FormField>
      <FormField {...field('team')}>
        {(control) => (
          <input
            type="text"
            className="form-control"
            maxLength={MAX_TEAM + OVER_LIMIT}
            autoComplete="off"
            {...control}
            {...register('team')}
          />
        )}
      </FormField>
      {withResult && (
        <FormField {...field('resultSummary')} wide>
          {(control) => (
            <textarea
              className="form-control"
              rows={3}
              maxLength={MAX_RESULT_SUMMARY + OVER_LIMIT}
              {...control}
              {...register('resultSummary')}
            />
          )}
        </FormField>
      )}
    </>
  );
}
