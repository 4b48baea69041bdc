// A form that writes one change, as a modal dialog: what it will do, its fields (disabled while the change is on its
// way), how many of them need correcting once the person has tried to send, what went wrong on sending, and the send
// and cancel buttons. It exists so that a case's steps (court) and an incident's forms (Despacho) share one frame and
// keep only what is theirs: their fields and checks, how they send, and their words. Focus starts on the first
// control, goes to the first field marked after a refused attempt, and on closing returns to the opener — or, once
// the change went through (the opener may be gone with the step taken), to wherever the owner says.
// Its look is styles/write-form.css.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog.tsx';

export interface WriteDialogLabels {
  readonly close: string;
  readonly submit: string;
  /** The send button's words while the change is on its way. */
  readonly saving: string;
  readonly cancel: string;
  /** The summary of the fields to correct ("Hay 2 campos para corregir"). */
  readonly problems: (count: number) => string;
}

export interface WriteDialogProps {
  readonly title: string;
  readonly explain?: ReactNode;
  readonly labels: WriteDialogLabels;
  /** The dialog's own class (its width). */
  readonly className: string;
  readonly testId: string;
  readonly submitTestId: string;
  /** How the fields are laid out (default: a column); e.g. 'write-form__grid'. */
  readonly fieldsClassName?: string;
  /** A change is on its way: the fields and buttons wait. */
  readonly busy: boolean;
  /** How many fields the form has marked (the summary shows only after an attempt). */
  readonly problemCount: number;
  /** What went wrong on sending (a refusal, the role's limit, a failure), above the buttons. */
  readonly notice?: ReactNode;
  /** Checks the form and sends its change: 'problems' when the form marked them (nothing sent), else whether it went through. */
  readonly onSubmit: () => 'problems' | Promise<boolean>;
  readonly onClose: () => void;
  /** The change went through (the owner closes the dialog). */
  readonly onDone: () => void;
  /** Where focus goes once the change went through (null: back to the opener). */
  readonly focusAfterDone: () => HTMLElement | null;
  /** The fields (none: a form that only confirms). */
  readonly children?: ReactNode;
}

export function WriteDialog(props: WriteDialogProps) {
  const { title, explain, labels, className, testId, submitTestId, fieldsClassName, busy, problemCount, notice, children } = props;
  const { onSubmit, onClose, onDone, focusAfterDone } = props;
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
    const sent = onSubmit();
    if (sent === 'problems') {
      setAttempts((n) => n + 1);
      return;
    }
    if (await sent) {
      done.current = true;
      onDone();
    }
  };

  return (
    <ModalDialog
      open
      title={title}
      onClose={onClose}
      closeLabel={labels.close}
      className={className}
      testId={testId}
      returnFocusTo={() => (done.current ? focusAfterDone() : null)}
    >
      <form ref={form} className="write-form" noValidate onSubmit={(event) => void submit(event)}>
        {explain && <p className="write-form__explain">{explain}</p>}
        {children !== undefined && (
          <fieldset className={`write-form__fields ${fieldsClassName ?? ''}`} disabled={busy}>
            {children}
          </fieldset>
        )}
        {attempts > 0 && problemCount > 0 && (
          <p className="write-form__summary" role="alert">
            {labels.problems(problemCount)}
          </p>
        )}
        {notice}
        <div className="write-form__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid={submitTestId}>
            {busy ? labels.saving : labels.submit}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {labels.cancel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
