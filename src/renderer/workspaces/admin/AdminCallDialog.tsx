// An administration request as a modal form (components/WriteDialog.tsx): the request the form prepares (or null
// when it marked its fields) asked of the hub through the ConsoleApi, busy while it is on its way, and what did not
// go through said above the buttons in this workspace's words — the hub's refusal with its reason, the role's limit,
// or the failure explained (hub not connected…). Unlike a record's change nothing is queued: these are the hub's
// own tables, so the answer (a password, a pairing code) is the hub's, given to `onAnswer` once it went through.
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteDialog } from '../../components/WriteDialog.tsx';
import { WriteFailureNotice } from '../../components/WriteFailureNotice.tsx';
import { failureNotice, type FormNotice } from '../../operation-form/form-notice.ts';
import { dialogLabels } from '../../components/dialog-labels.ts';

export interface AdminCallDialogProps<R, T> {
  readonly title: string;
  readonly explain: ReactNode;
  readonly submitLabel: string;
  readonly testId: string;
  /** How many fields the form has marked (none for a confirmation). */
  readonly problemCount?: number;
  /** The request, or null when the form has marked its problems (nothing is asked). */
  readonly prepare: () => R | null;
  readonly ask: (request: R) => Promise<T>;
  /** It went through: the hub's answer (the owner closes the dialog). */
  readonly onAnswer: (answer: T) => void;
  readonly onClose: () => void;
  readonly focusAfterDone: () => HTMLElement | null;
  /** This dialog's own sentence for a refusal reason (else the errors dictionary's). */
  readonly refusal?: (reason: string) => string | undefined;
  /** Marks a change that cannot be undone (revoking a device). */
  readonly danger?: boolean;
  readonly children?: ReactNode;
}

export function AdminCallDialog<R, T>(props: AdminCallDialogProps<R, T>) {
  const { title, explain, submitLabel, testId, problemCount = 0, prepare, ask, onAnswer, refusal, children } = props;
  const { t } = useTranslation('admin');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<FormNotice>(null);
  const answer = useRef<{ readonly value: T } | null>(null);
  const submit = (): 'problems' | Promise<boolean> => {
    setNotice(null);
    const request = prepare();
    if (request === null) return 'problems';
    setBusy(true);
    return ask(request)
      .then(
        (value) => {
          answer.current = { value };
          return true;
        },
        (error: unknown) => {
          setNotice(failureNotice(error));
          return false;
        },
      )
      .finally(() => setBusy(false));
  };
  return (
    <WriteDialog
      title={title}
      explain={explain}
      labels={dialogLabels(t, 'dialog', submitLabel)}
      className={`admin-dialog${props.danger ? ' admin-dialog--danger' : ''}`}
      testId={testId}
      submitTestId={`${testId}-submit`}
      busy={busy}
      problemCount={problemCount}
      notice={
        <WriteFailureNotice
          notice={notice}
          onDismiss={() => setNotice(null)}
          texts={{ failed: t('dialog.failed'), refused: t('dialog.refused'), forbidden: t('dialog.forbidden'), refusal }}
          testId={`${testId}-refused`}
        />
      }
      onSubmit={submit}
      onClose={props.onClose}
      onDone={() => answer.current && onAnswer(answer.current.value)}
      focusAfterDone={props.focusAfterDone}
    >
      {children}
    </WriteDialog>
  );
}
