// The type's own plan in the operation dialog (a checkpoint's jurisdiction, a noise check's zone…): its own small
// form beside the plan form, checked as the core checks it (the same schema), saved with operations.setTypedPlan —
// a write like the others, pending until the hub confirms it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TYPED_PLAN_SCHEMAS } from '../../../shared/operations/typed-plan.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { Notice } from '../../components/Notice.tsx';
import { describeApiError } from '../../errors/describe-api-error.ts';
import { checkSpecForm, issuesToProblems, type RowValues, type SpecProblems, type SpecValues } from '../../spec-form/spec-form.ts';
import { SpecFields } from '../../spec-form/SpecFields.tsx';
import { useRecordsText } from '../../records-text/use-records-text.ts';
import { PLAN_SPECS, planValues } from './typed-plan-specs.ts';

interface TypedPlanSectionProps {
  readonly operation: Operation;
  /** The signed-in role may set it and the operation is still open. */
  readonly editable: boolean;
  readonly onSaved: (operation: Operation) => void;
}

export function TypedPlanSection({ operation, editable, onSaved }: TypedPlanSectionProps) {
  const { t } = useTranslation();
  const text = useRecordsText();
  const api = useApi();
  const idPrefix = useId();
  const specs = PLAN_SPECS[operation.type];
  const [values, setValues] = useState<SpecValues>(() => planValues(operation.type, operation.details?.typedPlan));
  const [problems, setProblems] = useState<SpecProblems>({});
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<'saved' | { error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (path: string, value: string | readonly RowValues[]) => {
    const next = { ...values, [path]: value };
    setValues(next);
    setOutcome(null);
    const checked = checkSpecForm(specs, next, TYPED_PLAN_SCHEMAS[operation.type]);
    setProblems(checked.problems);
  };

  const save = async () => {
    setTried(true);
    const checked = checkSpecForm(specs, values, TYPED_PLAN_SCHEMAS[operation.type]);
    setProblems(checked.problems);
    if (!checked.ok) return;
    setBusy(true);
    try {
      const { operation: saved } = await api.call('operations.setTypedPlan', { id: operation.id, typedPlan: checked.value });
      setOutcome('saved');
      onSaved(saved);
    } catch (error) {
      // The core's field issues ('typedPlan.zone') land on the same fields; anything else is said as a whole.
      const issues = describeApiError(error).issues.map((issue) => ({ ...issue, path: issue.path.replace(/^typedPlan\.?/, '') }));
      const mapped = issuesToProblems(specs, values, issues);
      setProblems(mapped.problems);
      if (!Object.keys(mapped.problems).length) setOutcome({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="close-form__section" aria-labelledby={`${idPrefix}-title`} data-testid="typed-plan">
      <h4 id={`${idPrefix}-title`} className="close-form__heading">
        {text.t('plan.title')} · {t(`operationType.${operation.type}`)}
      </h4>
      <fieldset className="operation-form__fields" disabled={!editable || busy}>
        <SpecFields
          scope={`plan_${operation.type}`}
          specs={specs}
          values={values}
          onChange={change}
          problems={problems}
          showProblem={(problem) => tried || problem !== 'required'}
          idPrefix={idPrefix}
        />
      </fieldset>
      {outcome === 'saved' && <Notice tone="success">{text.t('plan.saved')}</Notice>}
      {outcome !== null && outcome !== 'saved' && <ApiErrorNotice error={outcome.error} />}
      {editable && (
        <div className="operation-form__actions">
          <button type="button" className="button" disabled={busy} onClick={() => void save()} data-testid="typed-plan-save">
            {text.t('plan.save')}
          </button>
        </div>
      )}
    </section>
  );
}
