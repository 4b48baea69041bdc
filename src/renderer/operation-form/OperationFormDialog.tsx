// The operation form in a modal dialog: create, edit (with the status actions the lifecycle allows from the
// current status, and cancelling with a reason) and "edit" from the conflict inbox (my version over the hub's
// current record; saving resolves the conflict with these values: conflict-edit.ts).
//
// Checks run before anything is sent, with the contract's schemas (operation-form.ts), and show next to each
// field; what the core still refuses comes back onto the same fields, or as one clear sentence.
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { ModalDialog } from '../components/ModalDialog.tsx';
import { Notice } from '../components/Notice.tsx';
import { OperationForm } from './OperationForm.tsx';
import type { OperationFormTarget } from './target.ts';
import { useOperationLoad } from './use-operation-load.ts';

interface OperationFormDialogProps {
  readonly target: OperationFormTarget | null;
  readonly onClose: () => void;
  /** A change was saved (the dialog should close); the message says what happened. */
  readonly onDone: (message: string) => void;
  readonly returnFocusTo?: () => HTMLElement | null;
}

export function OperationFormDialog({ target, onClose, onDone, returnFocusTo }: OperationFormDialogProps) {
  const { t } = useTranslation();
  const title =
    target?.kind === 'new'
      ? t('operationForm.newTitle')
      : target?.kind === 'conflict'
        ? t('operationForm.conflictTitle')
        : t('operationForm.editTitle');
  return (
    <ModalDialog
      open={target !== null}
      title={title}
      onClose={onClose}
      closeLabel={t('operationForm.close')}
      className="operation-dialog"
      testId="operation-dialog"
      returnFocusTo={returnFocusTo}
    >
      {target && <LoadedOperationForm target={target} onDone={onDone} />}
    </ModalDialog>
  );
}

function LoadedOperationForm({ target, onDone }: { readonly target: OperationFormTarget; readonly onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const load = useOperationLoad(target);
  switch (load.state) {
    case 'loading':
      return <p role="status">{t('operationForm.loading')}</p>;
    case 'missing':
      return <Notice tone="warning">{t('operationForm.notFound')}</Notice>;
    case 'failed':
      return <ApiErrorNotice error={load.error} title={t('operationForm.saveFailed')} />;
    case 'ready':
      return (
        <OperationForm
          original={load.original}
          initial={load.initial}
          conflict={target.kind === 'conflict' ? target.conflict : null}
          onDone={onDone}
        />
      );
  }
}
