// The operation form in a modal dialog: create, edit (with the status actions the lifecycle allows from the
// current status, and cancelling with a reason) and "edit" from the conflict inbox (my version over the hub's
// current record; saving first takes the hub's version, then sends these values as an edit).
//
// Checks run before anything is sent, with the contract's schemas (operation-form.ts), and show next to each
// field; what the core still refuses comes back onto the same fields, or as one clear sentence.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm, type FieldErrors, type Resolver, type UseFormRegisterReturn } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isEditable, nextStatuses } from '../../../shared/operations/lifecycle.ts';
import {
  CancelReasonSchema,
  MAX_ADDRESS,
  MAX_CANCEL_REASON,
  MAX_RESULT_SUMMARY,
  MAX_TEAM,
} from '../../../shared/operations/operation-schema.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import type { OperationStatus } from '../../../shared/operations/codes.ts';
import type { Conflict } from '../../../shared/sync/conflict.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { PlanOptions } from '../../components/PlanOptions.tsx';
import { CloseOperationStep } from './closing/CloseOperationStep.tsx';
import { OperationTimeline } from './OperationTimeline.tsx';
import { TypedPlanSection } from './typed-plan/TypedPlanSection.tsx';
import { Notice } from '../../components/Notice.tsx';
import { describeApiError } from '../../errors/describe-api-error.ts';
import { refusalReason, refusalText } from '../../writes/refusal-text.ts';
import { mayMutate, useSignedInUser } from '../../writes/use-signed-in-user.ts';
import {
  checkNewOperation,
  checkOperationEdit,
  emptyOperationForm,
  formProblem,
  issuesToFieldProblems,
  operationToForm,
  OPERATION_FORM_FIELDS,
  type FieldProblems,
  type FormProblem,
  type OperationFormField,
  type OperationFormValues,
} from './operation-form.ts';

export type OperationFormTarget =
  { readonly kind: 'new' } | { readonly kind: 'edit'; readonly id: string } | { readonly kind: 'conflict'; readonly conflict: Conflict };

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
      {target && <OperationFormLoader target={target} onDone={onDone} />}
    </ModalDialog>
  );
}

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'ready'; readonly original: Operation | null; readonly initial: OperationFormValues };

function initialLoad(target: OperationFormTarget): Loaded {
  if (target.kind === 'new') return { state: 'ready', original: null, initial: emptyOperationForm(Date.now()) };
  if (target.kind === 'edit') return { state: 'loading' };
  const mine = target.conflict.mine as Operation | null;
  const theirs = target.conflict.theirs as Operation | null;
  const shown = mine ?? theirs;
  if (!shown) return { state: 'missing' };
  // My values over the hub's current record; with no record on the hub, saving creates it again.
  return { state: 'ready', original: theirs, initial: operationToForm(shown) };
}

function OperationFormLoader({ target, onDone }: { readonly target: OperationFormTarget; readonly onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>(() => initialLoad(target));

  useEffect(() => {
    if (target.kind !== 'edit') return;
    let current = true;
    api.call('operations.get', { id: target.id }).then(
      ({ operation }) => {
        if (current)
          setLoaded(operation ? { state: 'ready', original: operation, initial: operationToForm(operation) } : { state: 'missing' });
      },
      (error: unknown) => {
        if (current) setLoaded({ state: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [api, target]);

  switch (loaded.state) {
    case 'loading':
      return <p role="status">{t('operationForm.loading')}</p>;
    case 'missing':
      return <Notice tone="warning">{t('operationForm.notFound')}</Notice>;
    case 'failed':
      return <ApiErrorNotice error={loaded.error} title={t('operationForm.saveFailed')} />;
    case 'ready':
      return (
        <OperationForm
          original={loaded.original}
          initial={loaded.initial}
          conflict={target.kind === 'conflict' ? target.conflict : null}
          onDone={onDone}
        />
      );
  }
}

/** What the form says above its buttons after a failed or refused call. */
type FormNotice =
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'info'; readonly message: string }
  | null;

interface OperationFormProps {
  /** null: a new operation. */
  readonly original: Operation | null;
  readonly initial: OperationFormValues;
  readonly conflict: Conflict | null;
  readonly onDone: (message: string) => void;
}

const toResolverErrors = (problems: FieldProblems): FieldErrors<OperationFormValues> =>
  Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, { type: problem, message: problem }]));

function OperationForm({ original, initial, conflict, onDone }: OperationFormProps) {
  const { t } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const { t: tRecords } = useTranslation('records');
  const api = useApi();
  const signedIn = useSignedInUser();
  const formId = useId();
  const [current, setCurrent] = useState<Operation | null>(original);
  const [notice, setNotice] = useState<FormNotice>(null);
  const [conflictResolved, setConflictResolved] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [closingWithResults, setClosingWithResults] = useState(false);
  const [busy, setBusy] = useState(false);

  const creating = current === null;
  const mayEdit = creating ? mayMutate(signedIn, 'operation.create') : mayMutate(signedIn, 'operation.update');
  const locked = !creating && !isEditable(current.status);
  const readOnly = !mayEdit || locked;

  // Checked against the record as it is now (read through a ref: the form keeps the resolver it started with).
  const currentRef = useRef(current);
  useEffect(() => {
    currentRef.current = current;
  }, [current]);
  const resolver = useMemo<Resolver<OperationFormValues>>(
    () => (values) => {
      const base = currentRef.current;
      const checked = base === null ? checkNewOperation(values) : checkOperationEdit(values, base);
      return checked.ok ? { values, errors: {} } : { values: {}, errors: toResolverErrors(checked.problems) };
    },
    [],
  );
  const form = useForm<OperationFormValues>({ defaultValues: initial, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { errors, submitCount } = form.formState;
  const problemOf = (field: OperationFormField): FormProblem | null => {
    const message = errors[field]?.message;
    return typeof message === 'string' ? formProblem(message) : null;
  };
  const problemCount = OPERATION_FORM_FIELDS.filter((field) => problemOf(field) !== null).length;

  const showFailure = (error: unknown) => {
    const described = describeApiError(error);
    if (described.code === 'invalid_input') {
      const { problems, rest } = issuesToFieldProblems(described.issues);
      for (const [field, problem] of Object.entries(problems) as [OperationFormField, FormProblem][]) {
        form.setError(field, { type: 'server', message: problem }, { shouldFocus: true });
      }
      setNotice(rest.length > 0 || Object.keys(problems).length === 0 ? { kind: 'error', error } : null);
      return;
    }
    const reason = refusalReason(error);
    if (reason !== null) setNotice({ kind: 'refused', reason });
    else if (described.code === 'forbidden') setNotice({ kind: 'forbidden' });
    else setNotice({ kind: 'error', error });
  };

  /** Conflict edit: the hub's version first (once), then these values go as an ordinary edit on top of it. */
  const takeTheirs = async (): Promise<Operation | null> => {
    if (!conflict || conflictResolved) return current;
    await api.call('conflicts.resolve', { id: conflict.id, choice: 'theirs' });
    setConflictResolved(true);
    if (current === null) return null;
    const { operation } = await api.call('operations.get', { id: current.id });
    if (operation) setCurrent(operation);
    return operation;
  };

  const submit = form.handleSubmit(async (values) => {
    setNotice(null);
    try {
      const base = await takeTheirs();
      if (base === null) {
        const checked = checkNewOperation(values);
        if (!checked.ok) return;
        await api.call('operations.create', { plan: checked.value });
        onDone(t('operationForm.created'));
        return;
      }
      const checked = checkOperationEdit(values, base);
      if (!checked.ok) {
        for (const [field, problem] of Object.entries(checked.problems) as [OperationFormField, FormProblem][]) {
          form.setError(field, { type: 'validate', message: problem });
        }
        return;
      }
      if (checked.value === null) {
        if (conflict) onDone(t('conflicts.resolved'));
        else setNotice({ kind: 'info', message: t('operationForm.nothingChanged') });
        return;
      }
      await api.call('operations.update', { id: base.id, patch: checked.value });
      onDone(t('operationForm.saved'));
    } catch (error) {
      showFailure(error);
    }
  });

  const changeStatus = async (status: Exclude<OperationStatus, 'cancelled'>) => {
    if (!current) return;
    setBusy(true);
    setNotice(null);
    try {
      const { operation } = await api.call('operations.setStatus', { id: current.id, status });
      setCurrent(operation);
      setNotice({ kind: 'info', message: t('operationForm.statusChanged', { status: t(`operationStatus.${operation.status}`) }) });
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const a11y = (field: OperationFormField, hintId?: string) => {
    const problem = problemOf(field);
    const describedBy = [problem ? `${formId}-${field}-error` : null, hintId ?? null].filter(Boolean).join(' ');
    return {
      id: `${formId}-${field}`,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy === '' ? undefined : describedBy,
    };
  };
  const fieldProps = <F extends OperationFormField>(field: F) => ({
    field,
    formId,
    label: t(`operationForm.${field as OperationFormField}`),
    problem: problemOf(field),
  });

  if (cancelling && current) {
    return <CancelStep operation={current} onBack={() => setCancelling(false)} onCancelled={() => onDone(t('operationForm.cancelled'))} />;
  }

  if (closingWithResults && current) {
    return (
      <CloseOperationStep
        operation={current}
        onBack={() => setClosingWithResults(false)}
        onClosed={() => onDone(tRecords('close.closed'))}
      />
    );
  }

  const statusActions = current && !conflict ? nextStatuses(current.status) : [];
  // Closing records the result and findings of the operation's type (closing/CloseOperationStep.tsx).
  const mayClose = mayMutate(signedIn, 'operation.close') && statusActions.includes('closed');
  const mayChangeStatus = mayMutate(signedIn, 'operation.setStatus');
  const mayCancel = mayMutate(signedIn, 'operation.cancel');

  return (
    <>
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
        {locked && current && (
          <Notice tone="warning">{t('operationForm.notEditable', { status: t(`operationStatus.${current.status}`) })}</Notice>
        )}
        {!locked && !mayEdit && <Notice tone="warning">{t('operationForm.readOnly')}</Notice>}

        <fieldset className="operation-form__fields" disabled={readOnly || form.formState.isSubmitting}>
          <FormField {...fieldProps('type')}>
            {/* The first field takes the focus when the form opens (else the dialog's "Cerrar" would). */}
            <select className="form-control" autoFocus={!readOnly} {...a11y('type')} {...form.register('type')}>
              <PlanOptions of="type" choose={t('operationForm.choose')} />
            </select>
          </FormField>
          <FormField {...fieldProps('barrio')}>
            <select className="form-control" {...a11y('barrio')} {...form.register('barrio')}>
              <PlanOptions of="barrio" choose={t('operationForm.choose')} />
            </select>
          </FormField>
          <FormField {...fieldProps('address')} wide>
            <input
              type="text"
              className="form-control"
              maxLength={MAX_ADDRESS + 50}
              autoComplete="off"
              {...a11y('address')}
              {...form.register('address')}
            />
          </FormField>
          <DateTimeField
            {...fieldProps('plannedStart')}
            hint={t('operationForm.timeZoneHint')}
            register={form.register('plannedStart')}
            a11y={a11y}
          />
          <DateTimeField
            {...fieldProps('plannedEnd')}
            hint={t('operationForm.timeZoneHint')}
            register={form.register('plannedEnd')}
            a11y={a11y}
          />
          <FormField {...fieldProps('shift')}>
            <select className="form-control" {...a11y('shift')} {...form.register('shift')}>
              <PlanOptions of="shift" choose={t('operationForm.choose')} />
            </select>
          </FormField>
          <FormField {...fieldProps('team')}>
            <input
              type="text"
              className="form-control"
              maxLength={MAX_TEAM + 50}
              autoComplete="off"
              {...a11y('team')}
              {...form.register('team')}
            />
          </FormField>
          {current && (
            <FormField {...fieldProps('resultSummary')} wide>
              <textarea
                className="form-control"
                rows={3}
                maxLength={MAX_RESULT_SUMMARY + 50}
                {...a11y('resultSummary')}
                {...form.register('resultSummary')}
              />
            </FormField>
          )}
        </fieldset>

        {submitCount > 0 && problemCount > 0 && (
          <p className="operation-form__summary" role="alert" data-testid="operation-form-problems">
            {t('operationForm.problemsSummary', { count: problemCount })}
          </p>
        )}
        <FormNoticeView notice={notice} tErrors={tErrors} onDismiss={() => setNotice(null)} />

        <div className="operation-form__actions">
          {!readOnly && (
            <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting} data-testid="operation-save">
              {form.formState.isSubmitting ? t('operationForm.saving') : creating ? t('operationForm.create') : t('operationForm.save')}
            </button>
          )}
        </div>

        {current && statusActions.length > 0 && (mayChangeStatus || mayCancel || mayClose) && (
          <div className="operation-form__status-actions" role="group" aria-label={t('operationForm.statusActions')}>
            {mayChangeStatus &&
              statusActions
                .filter(
                  (status): status is Exclude<OperationStatus, 'cancelled' | 'closed'> => status !== 'cancelled' && status !== 'closed',
                )
                .map((status) => (
                  <button
                    key={status}
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void changeStatus(status)}
                    data-status={status}
                  >
                    {t(`operationForm.action.${status}`)}
                  </button>
                ))}
            {mayClose && (
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => setClosingWithResults(true)}
                data-testid="close-with-results"
              >
                {tRecords('close.open')}
              </button>
            )}
            {mayCancel && statusActions.includes('cancelled') && (
              <button type="button" className="button button--danger" disabled={busy} onClick={() => setCancelling(true)}>
                {t('operationForm.cancel.open')}
              </button>
            )}
          </div>
        )}
      </form>
      {current && !conflict && (
        <TypedPlanSection
          key={current.id}
          operation={current}
          editable={!locked && mayMutate(signedIn, 'operation.setTypedPlan')}
          onSaved={setCurrent}
        />
      )}
      {current && <OperationTimeline operation={current} />}
    </>
  );
}

function FormNoticeView({
  notice,
  tErrors,
  onDismiss,
}: {
  readonly notice: FormNotice;
  readonly tErrors: TFunction<'errors'>;
  readonly onDismiss: () => void;
}) {
  const { t } = useTranslation();
  if (notice === null) return null;
  switch (notice.kind) {
    case 'info':
      return (
        <Notice tone="success" onDismiss={onDismiss} testId="operation-form-info">
          {notice.message}
        </Notice>
      );
    case 'refused':
      return (
        <Notice tone="error" onDismiss={onDismiss} testId="operation-form-refused">
          <strong className="notice__title">{t('operationForm.refusedTitle')}</strong> <span>{refusalText(tErrors, notice.reason)}</span>
        </Notice>
      );
    case 'forbidden':
      return (
        <Notice tone="error" onDismiss={onDismiss} testId="operation-form-refused">
          {t('operationForm.forbidden')}
        </Notice>
      );
    case 'error':
      return <ApiErrorNotice error={notice.error} title={t('operationForm.saveFailed')} onDismiss={onDismiss} />;
  }
}

interface FormFieldProps {
  readonly field: string;
  readonly formId: string;
  readonly label: string;
  readonly problem: FormProblem | null;
  readonly hint?: string;
  readonly wide?: boolean;
  readonly children: ReactNode;
}

function FormField({ field, formId, label, problem, hint, wide, children }: FormFieldProps) {
  const { t } = useTranslation();
  return (
    <div className={`form-field${wide ? ' form-field--wide' : ''}`} data-field={field}>
      <label className="form-field__label" htmlFor={`${formId}-${field}`}>
        {label}
      </label>
      {children}
      {hint && (
        <span className="form-field__hint" id={`${formId}-${field}-hint`}>
          {hint}
        </span>
      )}
      {problem && (
        <span className="form-field__error" id={`${formId}-${field}-error`} data-testid={`problem-${field}`}>
          {t(`operationForm.problem.${problem}`)}
        </span>
      )}
    </div>
  );
}

interface DateTimeFieldProps extends Omit<FormFieldProps, 'children' | 'field'> {
  readonly field: 'plannedStart' | 'plannedEnd';
  readonly register: UseFormRegisterReturn;
  readonly a11y: (field: OperationFormField, hintId?: string) => Record<string, unknown>;
}

function DateTimeField({ register, a11y, ...field }: DateTimeFieldProps) {
  return (
    <FormField {...field}>
      <input type="datetime-local" className="form-control" {...a11y(field.field, `${field.formId}-${field.field}-hint`)} {...register} />
    </FormField>
  );
}

/** Cancelling asks for the reason (required; it stays on the record). */
function CancelStep({
  operation,
  onBack,
  onCancelled,
}: {
  readonly operation: Operation;
  readonly onBack: () => void;
  readonly onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const api = useApi();
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [notice, setNotice] = useState<FormNotice>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    const parsed = CancelReasonSchema.safeParse(reason);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setProblem(formProblem(issue?.message ?? 'invalid', reason.trim() === ''));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await api.call('operations.cancel', { id: operation.id, reason: parsed.data });
      onCancelled();
    } catch (error) {
      const refused = refusalReason(error);
      const described = describeApiError(error);
      if (refused !== null) setNotice({ kind: 'refused', reason: refused });
      else if (described.code === 'forbidden') setNotice({ kind: 'forbidden' });
      else if (described.code === 'invalid_input' && described.issues.some((issue) => issue.path === 'reason')) {
        setProblem(formProblem(described.issues.find((issue) => issue.path === 'reason')!.code));
      } else setNotice({ kind: 'error', error });
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
      <div className="form-field form-field--wide">
        <label className="form-field__label" htmlFor={`${id}-reason`}>
          {t('operationForm.cancel.reason')}
        </label>
        <textarea
          id={`${id}-reason`}
          className="form-control"
          rows={3}
          maxLength={MAX_CANCEL_REASON + 50}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
          // The reason is the point of this step.
          autoFocus
        />
        <span className="form-field__hint" id={`${id}-hint`}>
          {t('operationForm.cancel.reasonHint')}
        </span>
        {problem && (
          <span className="form-field__error" id={`${id}-error`} data-testid="problem-reason">
            {t(`operationForm.problem.${problem}`)}
          </span>
        )}
      </div>
      <FormNoticeView notice={notice} tErrors={tErrors} onDismiss={() => setNotice(null)} />
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
