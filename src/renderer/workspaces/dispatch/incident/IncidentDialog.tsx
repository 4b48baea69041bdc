// One of the incident panel's forms as a modal dialog: what it will do, its fields, how many of them need
// correcting, and the hub's or the core's refusal in words. Nothing is sent while the form has problems; focus then
// goes to the first field marked. Once the change went through the dialog closes and the panel says so; focus goes
// back to the button that opened it, or — when the step ended the incident and that button is gone — to the
// incident's title.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { useIncidentWrite } from './use-incident-write.ts';
import { WriteNotice } from './WriteNotice.tsx';

export interface DialogDone {
  readonly onClose: () => void;
  /** The change went through: the sentence saying so. */
  readonly onDone: (message: string) => void;
  /** Where focus goes once the change went through (null: back to the opener). */
  readonly focusAfterDone: () => HTMLElement | null;
}

interface IncidentDialogProps extends DialogDone {
  readonly title: string;
  readonly explain?: string;
  readonly submitLabel: string;
  readonly doneMessage: string;
  readonly testId: string;
  /** The change to send (made at `at`), or null when the form has marked its problems. */
  readonly prepare: (at: number) => Mutation | null;
  readonly problemCount: number;
  readonly children: ReactNode;
}

export function IncidentDialog(props: IncidentDialogProps) {
  const { title, explain, submitLabel, doneMessage, testId, prepare, problemCount, children, onClose, onDone, focusAfterDone } = props;
  const { t } = useTranslation('incidentDesk');
  const write = useIncidentWrite();
  const form = useRef<HTMLFormElement>(null);
  const done = useRef(false);
  const [attempts, setAttempts] = useState(0);

  // After ModalDialog's own effect has opened the dialog (a child's effects run first): the first control.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea, button[type="submit"]')?.focus();
  }, []);
  // A refused attempt, once its messages are on screen: the first field marked.
  useEffect(() => {
    if (attempts > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const at = Date.now();
    const mutation = prepare(at);
    if (mutation === null) {
      setAttempts((n) => n + 1);
      return;
    }
    if (await write.send(() => mutation, doneMessage)) {
      done.current = true;
      onDone(doneMessage);
    }
  };

  return (
    <ModalDialog
      open
      title={title}
      onClose={onClose}
      closeLabel={t('dialog.closeLabel')}
      className="incident-dialog"
      testId={testId}
      returnFocusTo={() => (done.current ? focusAfterDone() : null)}
    >
      <form ref={form} className="incident-dialog__form" noValidate onSubmit={(event) => void submit(event)}>
        {explain && <p className="incident-dialog__explain">{explain}</p>}
        <fieldset className="incident-dialog__fields" disabled={write.busy}>
          {children}
        </fieldset>
        {attempts > 0 && problemCount > 0 && (
          <p className="incident-dialog__summary" role="alert">
            {t('form.problems', { count: problemCount })}
          </p>
        )}
        {write.notice?.kind !== 'info' && <WriteNotice notice={write.notice} onDismiss={write.dismiss} />}
        <div className="incident-dialog__actions">
          <button type="submit" className="button button--primary" disabled={write.busy} data-testid={`${testId}-submit`}>
            {write.busy ? t('form.saving') : submitLabel}
          </button>
          <button type="button" className="button" disabled={write.busy} onClick={onClose}>
            {t('form.back')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
