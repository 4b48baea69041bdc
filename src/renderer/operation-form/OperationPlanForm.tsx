// The plan step of the operation dialog: what the operation is (status, whether it may still change, a conflict's
// hint), its fields, the save button and the status actions. Saving checks first and sends only what changed
// (save-operation.ts); the core's field issues come back onto the same fields, a refusal as one sentence.
import { useTranslation } from 'react-i18next';
import { isEditable } from '../../shared/operations/lifecycle.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { Conflict } from '../../shared/sync/conflict.ts';
import { useApi } from '../api/ApiContext.tsx';
import { Notice } from '../components/Notice.tsx';
import { describeApiError } from '../errors/describe-api-error.ts';
import { mayMutate, useSignedInUser } from '../writes/use-signed-in-user.ts';
import { failureNotice, type FormNotice } from './form-notice.ts';
import { FormNoticeView } from './FormNoticeView.tsx';
import { issuesToFieldProblems } from './operation-form.ts';
import { OperationPlanFields } from './OperationPlanFields.tsx';
import { saveOperation } from './save-operation.ts';
import { StatusActions } from './StatusActions.tsx';
import type { OperationFormState } from './use-operation-form.ts';

interface OperationPlanFormProps {
  readonly state: OperationFormState;
  /** The record as it is now (null: a new one, or a conflict's operation the hub does not have). */
  readonly current: Operation | null;
  readonly conflict: Conflict | null;
  readonly notice: FormNotice;
  readonly onNotice: (notice: FormNotice) => void;
  readonly onChanged: (operation: Operation) => void;
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
  readonly onCloseWithResults: () => void;
}

export function OperationPlanForm(props: OperationPlanFormProps) {
  const { state, current, conflict, notice, onNotice, onDone } = props;
  const { t } = useTranslation();
  const api = useApi();
  const signedIn = useSignedInUser();
  const { form, problemCount, showProblems } = state;
  const { isSubmitting, submitCount } = form.formState;
  const mayEdit = mayMutate(signedIn, current === null ? 'operation.create' : 'operation.update');
  const locked = current !== null && !isEditable(current.status);
  const readOnly = !mayEdit || locked;

  const showFailure = (error: unknown) => {
    const described = describeApiError(error);
    if (described.code !== 'invalid_input') return onNotice(failureNotice(error));
    const { problems, rest } = issuesToFieldProblems(described.issues);
    showProblems(problems);
    onNotice(rest.length > 0 || Object.keys(problems).length === 0 ? { kind: 'error', error } : null);
  };

  const submit = form.handleSubmit(async (values) => {
    onNotice(null);
    try {
      const saved = await saveOperation(api, { base: current, conflict }, values);
      switch (saved.kind) {
        case 'problems':
          return showProblems(saved.problems);
        case 'unchanged':
          return onNotice({ kind: 'info', message: t('operationForm.nothingChanged') });
        case 'resolved':
          return onDone(t('conflicts.resolved'));
        default:
          return onDone(t(`operationForm.${saved.kind}`));
      }
    } catch (error) {
      showFailure(error);
    }
  });

  return (
    <form className="operation-form" noValidate onSubmit={(event) => void submit(event)} data-testid="operation-form">
      {conflict && (
        <p className="operation-form__hint">
          {current === null ? t('operationForm.conflictRecreateHint') : t('operationForm.conflictHint')}
        </p>
      )}
      {current && (
        <p className="operation-form__status" data-testid="operation-status">
          {t('operationForm.status', { status: t(`operationStatus.${current.status}`) })}
        </p>
      )}
      {locked && <Notice tone="warning">{t('operationForm.notEditable', { status: t(`operationStatus.${current.status}`) })}</Notice>}
      {!locked && !mayEdit && <Notice tone="warning">{t('operationForm.readOnly')}</Notice>}

      <fieldset className="operation-form__fields" disabled={readOnly || isSubmitting}>
        <OperationPlanFields state={state} autoFocus={!readOnly} withResult={current !== null} />
      </fieldset>

      {submitCount > 0 && problemCount > 0 && (
        <p className="operation-form__summary" role="alert" data-testid="operation-form-problems">
          {t('operationForm.problemsSummary', { count: problemCount })}
        </p>
      )}
      <FormNoticeView notice={notice} onDismiss={() => onNotice(null)} />

      <div className="operation-form__actions">
        {!readOnly && (
          <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="operation-save">
            {isSubmitting ? t('operationForm.saving') : current === null ? t('operationForm.create') : t('operationForm.save')}
          </button>
        )}
      </div>

      {current && !conflict && (
        <StatusActions
          operation={current}
          onChanged={props.onChanged}
          onNotice={onNotice}
          onCancel={props.onCancel}
          onCloseWithResults={props.onCloseWithResults}
        />
      )}
    </form>
  );
}
