// Cancelling an operation asks for the reason (required; it stays on the record).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelReasonSchema, MAX_CANCEL_REASON } from '../../shared/operations/operation-schema.ts';
import type { Operation } from '../../shared/operations/types.ts';
import { useApi } from '../api/ApiContext.tsx';
import { FormField } from '../components/FormField.tsx';
import { describeApiError } from '../errors/describe-api-error.ts';
import { failureNotice, type FormNotice } from './form-notice.ts';
import { FormNoticeView } from './FormNoticeView.tsx';
import { formProblem, type FormProblem } from './operation-form.ts';

interface CancelOperationStepProps {
  readonly operation: Operation;
  readonly onBack: () => void;
  readonly onCancelled: () => void;
}

export function CancelOperationStep({ operation, onBack, onCancelled }: CancelOperationStepProps) {
  const { t } = useTranslation();
  const api = useApi();
  const reasonId = `${useId()}-reason`;
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [notice, setNotice] = useState<FormNotice>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    const parsed = CancelReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setProblem(formProblem(parsed.error.issues[0]?.message ?? 'invalid', reason.trim() === ''));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await api.call('operations.cancel', { id: operation.id, reason: parsed.data });
      onCancelled();
    } catch (error) {
      const described = describeApiError(error);
      const reasonIssue = described.code === 'invalid_input' ? described.issues.find((issue) => issue.path === 'reason') : undefined;
      if (reasonIssue) setProblem(formProblem(reasonIssue.code));
      else setNotice(failureNotice(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="operation-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
      data-testid="cancel-form"
    >
      <h3 className="operation-form__subtitle">{t('operationForm.cancel.title')}</h3>
      <FormField
        id={reasonId}
        label={t('operationForm.cancel.reason')}
        hint={t('operationForm.cancel.reasonHint')}
        problem={problem && t(`operationForm.problem.${problem}`)}
        problemTestId="problem-reason"
        wide
      >
        {(control) => (
          <textarea
            className="form-control"
            rows={3}
            maxLength={MAX_CANCEL_REASON + 50}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            // The reason is the point of this step.
            autoFocus
            {...control}
          />
        )}
      </FormField>
      <FormNoticeView notice={notice} onDismiss={() => setNotice(null)} />
      <div className="operation-form__actions">
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          {t('operationForm.cancel.back')}
        </button>
        <button type="submit" className="button button--danger" disabled={busy}>
          {t('operationForm.cancel.confirm')}
        </button>
      </div>
    </form>
  );
}
