// The forms of the case actions (CaseActions.tsx): each says what it will do, asks only what its mutation needs, and
// is checked by action-forms.ts before it is sent. Dates are Córdoba calendar days, today by default.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/court.ts';
import { NOTIFICATION_CHANNELS } from '../../../../shared/records/court-case-schema.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { FormField } from '../../../components/FormField.tsx';
import { formatIsoDate } from '../../../i18n/format.ts';
import { courtName, useCourts } from '../CourtsContext.tsx';
import { checkDefence, checkNotify, checkPay, checkReassign, checkSettle, type Checked } from './action-forms.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { settlementChoices } from './case-actions.ts';
import { moneyText } from './case-text.ts';

export interface ActionFormProps {
  readonly detail: CaseDetail;
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

/** Today in Córdoba, fixed while the form is open. */
const useToday = () => useState(() => cordobaIsoDate(Date.now()))[0];

/** The form's values and a setter per field. */
function useValues<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial);
  const set = (field: keyof V) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  return [values, set] as const;
}

interface InputProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly problem: string | null;
  readonly hint?: string;
  readonly testId?: string;
}

function DateInput({ max, ...props }: InputProps & { readonly max?: string }) {
  const id = useId();
  return (
    <FormField id={id} label={props.label} hint={props.hint} problem={props.problem} problemTestId="case-action-problem">
      {(control) => (
        <input
          className="form-control"
          type="date"
          max={max}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={props.testId}
          {...control}
        />
      )}
    </FormField>
  );
}

function TextInput({
  multiline = false,
  numeric = false,
  ...props
}: InputProps & { readonly multiline?: boolean; readonly numeric?: boolean }) {
  const id = useId();
  return (
    <FormField id={id} label={props.label} hint={props.hint} problem={props.problem} problemTestId="case-action-problem" wide={multiline}>
      {(control) =>
        multiline ? (
          <textarea
            className="form-control"
            rows={4}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            data-testid={props.testId}
            {...control}
          />
        ) : (
          <input
            className="form-control"
            type="text"
            inputMode={numeric ? 'numeric' : undefined}
            autoComplete="off"
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            data-testid={props.testId}
            {...control}
          />
        )
      }
    </FormField>
  );
}

function SelectInput({
  options,
  ...props
}: InputProps & { readonly options: readonly { readonly value: string; readonly label: string }[] }) {
  const { t } = useTranslation('courtDesk');
  const id = useId();
  return (
    <FormField id={id} label={props.label} hint={props.hint} problem={props.problem} problemTestId="case-action-problem">
      {(control) => (
        <select
          className="form-control"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid={props.testId}
          {...control}
        >
          <option value="">{t('actions.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A step without fields (open the case, declare the term expired): what it does, and a button. */
export function ConfirmForm({ action, detail, onClose, onDone, focusAfterDone }: ActionFormProps & { readonly action: 'open' | 'expire' }) {
  const { t, i18n } = useTranslation('courtDesk');
  const id = detail.case.id;
  const due = detail.case.notification?.due;
  const check = (): Checked<never> => ({
    ok: true,
    mutation: action === 'open' ? { kind: 'court_case.open', id } : { kind: 'court_case.expireTerm', id },
  });
  return (
    <ActionDialog
      title={t(`actions.${action}.title`)}
      explain={t(`actions.${action}.explain`, { due: due ? formatIsoDate(due, i18n.language) : '' })}
      submitLabel={t(`actions.${action}.submit`)}
      testId={`case-dialog-${action}`}
      check={check}
      onClose={onClose}
      onDone={() => onDone(t(`actions.${action}.done`))}
      focusAfterDone={focusAfterDone}
    />
  );
}

export function NotifyForm({ detail, onClose, onDone, focusAfterDone }: ActionFormProps) {
  const { t } = useTranslation('courtDesk');
  const today = useToday();
  const [values, set] = useValues({ channel: 'cidi', notifiedOn: today, offerUem: '' });
  return (
    <ActionDialog
      title={t('actions.notify.title')}
      explain={t('actions.notify.explain')}
      submitLabel={t('actions.notify.submit')}
      testId="case-dialog-notify"
      check={() => checkNotify(detail.case.id, values, today)}
      dates={{ today }}
      onClose={onClose}
      onDone={() => onDone(t('actions.notify.done'))}
      focusAfterDone={focusAfterDone}
    >
      {(problem) => (
        <>
          <SelectInput
            label={t('actions.notify.channel')}
            value={values.channel}
            onChange={set('channel')}
            problem={problem('channel')}
            options={NOTIFICATION_CHANNELS.map((c) => ({ value: c, label: t(`procedure.channel.${c}`) }))}
            testId="notify-channel"
          />
          <DateInput
            label={t('actions.notify.date')}
            hint={t('actions.notify.dateHint')}
            max={today}
            value={values.notifiedOn}
            onChange={set('notifiedOn')}
            problem={problem('notifiedOn')}
            testId="notify-date"
          />
          <TextInput
            label={t('actions.notify.uem')}
            hint={t('actions.notify.uemHint')}
            numeric
            value={values.offerUem}
            onChange={set('offerUem')}
            problem={problem('offerUem')}
            testId="notify-uem"
          />
        </>
      )}
    </ActionDialog>
  );
}

export function PayForm({ detail, onClose, onDone, focusAfterDone }: ActionFormProps) {
  const { t, i18n } = useTranslation('courtDesk');
  const today = useToday();
  const due = detail.case.notification?.due ?? null;
  const [values, set] = useValues({ paidOn: today, receipt: '' });
  const { offer } = detail;
  const amount: ReactNode = offer.offered
    ? t('actions.pay.amount', {
        amount: moneyText(t, offer.amountCents, i18n.language),
        pct: offer.discountPct,
        full: moneyText(t, offer.fullCents, i18n.language),
      })
    : null;
  return (
    <ActionDialog
      title={t('actions.pay.title')}
      explain={
        <>
          {t('actions.pay.explain')} <strong data-testid="pay-amount">{amount}</strong>
        </>
      }
      submitLabel={t('actions.pay.submit')}
      testId="case-dialog-pay"
      check={() => checkPay(detail.case.id, values, today, due)}
      dates={{ today, due }}
      onClose={onClose}
      onDone={() => onDone(t('actions.pay.done'))}
      focusAfterDone={focusAfterDone}
    >
      {(problem) => (
        <>
          <DateInput label={t('actions.pay.date')} max={today} value={values.paidOn} onChange={set('paidOn')} problem={problem('paidOn')} />
          <TextInput
            label={t('actions.pay.receipt')}
            value={values.receipt}
            onChange={set('receipt')}
            problem={problem('receipt')}
            testId="pay-receipt"
          />
        </>
      )}
    </ActionDialog>
  );
}

export function DefenceForm({ detail, onClose, onDone, focusAfterDone }: ActionFormProps) {
  const { t, i18n } = useTranslation('courtDesk');
  const today = useToday();
  const due = detail.case.notification?.due ?? null;
  const [values, set] = useValues({ filedOn: today, statement: '' });
  return (
    <ActionDialog
      title={t('actions.defence.title')}
      explain={t('actions.defence.explain')}
      submitLabel={t('actions.defence.submit')}
      testId="case-dialog-defence"
      check={() => checkDefence(detail.case.id, values, today, due)}
      dates={{ today, due }}
      onClose={onClose}
      onDone={() => onDone(t('actions.defence.done'))}
      focusAfterDone={focusAfterDone}
    >
      {(problem) => (
        <>
          <DateInput
            label={t('actions.defence.date')}
            hint={due ? t('actions.defence.dateHint', { due: formatIsoDate(due, i18n.language) }) : undefined}
            max={today}
            value={values.filedOn}
            onChange={set('filedOn')}
            problem={problem('filedOn')}
          />
          <TextInput
            label={t('actions.defence.statement')}
            multiline
            value={values.statement}
            onChange={set('statement')}
            problem={problem('statement')}
            testId="defence-statement"
          />
        </>
      )}
    </ActionDialog>
  );
}

export function ReassignForm({ detail, onClose, onDone, focusAfterDone }: ActionFormProps) {
  const { t } = useTranslation('courtDesk');
  const courts = useCourts();
  const current = detail.case.courtId;
  const [values, set] = useValues({ courtId: '', reason: '' });
  const others = courts.filter((court) => court.id !== current);
  return (
    <ActionDialog
      title={t('actions.reassign.title')}
      explain={
        <>
          {t('actions.reassign.explain')} {current && t('actions.reassign.current', { court: courtName(courts, current) })}
          {others.length === 0 && <span className="case-action-form__warning"> {t('actions.reassign.noCourts')}</span>}
        </>
      }
      submitLabel={t('actions.reassign.submit')}
      testId="case-dialog-reassign"
      check={() => checkReassign(detail.case.id, values, current)}
      onClose={onClose}
      onDone={() => onDone(t('actions.reassign.done'))}
      focusAfterDone={focusAfterDone}
    >
      {(problem) => (
        <>
          <SelectInput
            label={t('actions.reassign.court')}
            value={values.courtId}
            onChange={set('courtId')}
            problem={problem('courtId')}
            options={others.map((court) => ({ value: court.id, label: court.name }))}
            testId="reassign-court"
          />
          <TextInput
            label={t('actions.reassign.reason')}
            multiline
            value={values.reason}
            onChange={set('reason')}
            problem={problem('reason')}
            testId="reassign-reason"
          />
        </>
      )}
    </ActionDialog>
  );
}

export function SettleForm({
  detail,
  hearingId,
  onClose,
  onDone,
  focusAfterDone,
}: ActionFormProps & { readonly hearingId: string | null }) {
  const { t } = useTranslation('courtDesk');
  const today = useToday();
  const choices = settlementChoices(detail.status);
  const [values, set] = useValues({ how: choices.length === 1 ? (choices[0] ?? '') : '', on: today, note: '' });
  return (
    <ActionDialog
      title={t('actions.settle.title')}
      explain={t('actions.settle.explain')}
      submitLabel={t('actions.settle.submit')}
      testId="case-dialog-settle"
      check={() => checkSettle(detail.case.id, hearingId, values, today)}
      dates={{ today }}
      onClose={onClose}
      onDone={() => onDone(t('actions.settle.done'))}
      focusAfterDone={focusAfterDone}
    >
      {(problem) => (
        <>
          <SelectInput
            label={t('actions.settle.how')}
            value={values.how}
            onChange={set('how')}
            problem={problem('how')}
            options={choices.map((how) => ({ value: how, label: t(`procedure.settlementHow.${how}`) }))}
            testId="settle-how"
          />
          <DateInput label={t('actions.settle.date')} max={today} value={values.on} onChange={set('on')} problem={problem('on')} />
          <TextInput label={t('actions.settle.note')} multiline value={values.note} onChange={set('note')} problem={problem('note')} />
        </>
      )}
    </ActionDialog>
  );
}
