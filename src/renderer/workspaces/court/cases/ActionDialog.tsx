// One case action as a small modal form: what it will do (in words, before anything is sent), its fields, the
// problems next to them, and the hub's or the core's refusal in words. Focus starts on the first field and returns
// to the action's button — or, once the change went through (the button may be gone with the step taken), to
// wherever the case view says.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { formatIsoDate } from '../../../i18n/format.ts';
import { failureNotice, type FormNotice } from '../../../operation-form/form-notice.ts';
import { refusalText } from '../../../writes/refusal-text.ts';
import type { ActionProblem, Checked, Problems } from './action-forms.ts';

export interface ActionDialogProps<F extends string> {
  readonly title: string;
  readonly explain: ReactNode;
  readonly submitLabel: string;
  readonly testId: string;
  /** The form's mutation, or its problems by field. */
  readonly check: () => Checked<F>;
  /** The days a problem message names ("no puede ser posterior a hoy (10/12/2026)"). */
  readonly dates?: { readonly today?: string; readonly due?: string | null };
  /** The fields, given each field's problem in words (null: none). */
  readonly children?: (problem: (field: F) => string | null) => ReactNode;
  readonly onClose: () => void;
  readonly onDone: () => void;
  /** Where focus goes once the change went through. */
  readonly focusAfterDone: () => HTMLElement | null;
}

export function ActionDialog<F extends string>(props: ActionDialogProps<F>) {
  const { title, explain, submitLabel, testId, check, dates, children, onClose, onDone, focusAfterDone } = props;
  const { t, i18n } = useTranslation('courtDesk');
  const api = useApi();
  const form = useRef<HTMLFormElement>(null);
  const done = useRef(false);
  const [problems, setProblems] = useState<Problems<F>>({});
  const [notice, setNotice] = useState<FormNotice>(null);
  const [busy, setBusy] = useState(false);

  // After ModalDialog's own effect (a child's effects run first) has opened the dialog: the first control.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea, button[type="submit"]')?.focus();
  }, []);

  const day = (iso: string | null | undefined) => (iso ? formatIsoDate(iso, i18n.language) : '');
  const problem = (field: F): string | null => {
    const code: ActionProblem | undefined = problems[field];
    return code ? t(`actions.problem.${code}`, { today: day(dates?.today), due: day(dates?.due) }) : null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const checked = check();
    if (!checked.ok) {
      setProblems(checked.problems);
      // After React has rendered the messages: the first field marked.
      queueMicrotask(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      await api.call('records.mutate', { mutation: checked.mutation });
      done.current = true;
      onDone();
    } catch (error) {
      setNotice(failureNotice(error));
    } finally {
      setBusy(false);
    }
  };

  const count = Object.keys(problems).length;
  return (
    <ModalDialog
      open
      title={title}
      onClose={onClose}
      closeLabel={t('actions.close')}
      className="case-action-dialog"
      testId={testId}
      returnFocusTo={() => (done.current ? focusAfterDone() : null)}
    >
      <form ref={form} className="case-action-form" noValidate onSubmit={(event) => void submit(event)}>
        <p className="case-action-form__explain">{explain}</p>
        {children && <div className="case-action-form__fields">{children(problem)}</div>}
        {count > 0 && (
          <p className="case-action-form__summary" role="alert">
            {t('actions.problems', { count })}
          </p>
        )}
        <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
        <div className="case-action-form__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="case-action-submit">
            {busy ? t('actions.saving') : submitLabel}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** A refusal in words (the hub's or the core's reason), the role's limit, or any other failure. */
export function ActionNotice({ notice, onDismiss }: { readonly notice: FormNotice; readonly onDismiss: () => void }) {
  const { t } = useTranslation('courtDesk');
  const { t: tErrors } = useTranslation('errors');
  if (notice === null || notice.kind === 'info') return null;
  if (notice.kind === 'error') return <ApiErrorNotice error={notice.error} title={t('actions.failed')} onDismiss={onDismiss} />;
  return (
    <Notice tone="error" onDismiss={onDismiss} testId="case-action-refused">
      <strong className="notice__title">{t('actions.refused')}</strong>{' '}
      {notice.kind === 'refused' ? refusalText(tErrors, notice.reason) : t('actions.forbidden')}
    </Notice>
  );
}
