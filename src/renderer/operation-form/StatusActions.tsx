// The status buttons of an operation: exactly the lifecycle's next steps from its status (nextStatuses), those the
// signed-in role may make. "Cerrar" becomes "Cerrar con resultados" (the closing step) and cancelling asks for the
// reason (the cancel step); the other changes are made at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationStatus } from '../../shared/operations/codes.ts';
import { nextStatuses } from '../../shared/operations/lifecycle.ts';
import type { Operation } from '../../shared/operations/types.ts';
import { useApi } from '../api/ApiContext.tsx';
import { mayMutate, useSignedInUser } from '../writes/use-signed-in-user.ts';
import { failureNotice, type FormNotice } from './form-notice.ts';

type DirectStatus = Exclude<OperationStatus, 'cancelled' | 'closed'>;

interface StatusActionsProps {
  readonly operation: Operation;
  readonly onChanged: (operation: Operation) => void;
  readonly onNotice: (notice: FormNotice) => void;
  readonly onCancel: () => void;
  readonly onCloseWithResults: () => void;
}

export function StatusActions({ operation, onChanged, onNotice, onCancel, onCloseWithResults }: StatusActionsProps) {
  const { t } = useTranslation();
  const { t: tRecords } = useTranslation('records');
  const api = useApi();
  const signedIn = useSignedInUser();
  const [busy, setBusy] = useState(false);
  const next = nextStatuses(operation.status);
  const mayChangeStatus = mayMutate(signedIn, 'operation.setStatus');
  const mayClose = mayMutate(signedIn, 'operation.close') && next.includes('closed');
  const mayCancel = mayMutate(signedIn, 'operation.cancel') && next.includes('cancelled');
  if (next.length === 0 || !(mayChangeStatus || mayClose || mayCancel)) return null;

  const change = async (status: DirectStatus) => {
    setBusy(true);
    onNotice(null);
    try {
      const { operation: changed } = await api.call('operations.setStatus', { id: operation.id, status });
      onChanged(changed);
      onNotice({ kind: 'info', message: t('operationForm.statusChanged', { status: t(`operationStatus.${changed.status}`) }) });
    } catch (error) {
      onNotice(failureNotice(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="operation-form__status-actions" role="group" aria-label={t('operationForm.statusActions')}>
      {mayChangeStatus &&
        next
          .filter((status): status is DirectStatus => status !== 'cancelled' && status !== 'closed')
          .map((status) => (
            <button key={status} type="button" className="button" disabled={busy} onClick={() => void change(status)} data-status={status}>
              {t(`operationForm.action.${status}`)}
            </button>
          ))}
      {mayClose && (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={onCloseWithResults}
          data-testid="close-with-results"
        >
          {tRecords('close.open')}
        </button>
      )}
      {mayCancel && (
        <button type="button" className="button button--danger" disabled={busy} onClick={onCancel}>
          {t('operationForm.cancel.open')}
        </button>
      )}
    </div>
  );
}
