// The steps a case can take now, as buttons (case-actions.ts decides which), each opening its form; scheduling and
// rescheduling a hearing open the hearings' own dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/court.ts';
import type { MutationKind } from '../../../../shared/records/mutations.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { ScheduleHearingDialog } from '../hearings/ScheduleHearingDialog.tsx';
import { caseActions, mayChangeCases, signedHearing, type CaseAction } from './case-actions.ts';
import { ConfirmForm, DefenceForm, NotifyForm, PayForm, ReassignForm, SettleForm, type ActionFormProps } from './CaseActionForms.tsx';

const BUTTON = {
  open: 'actions.open.button',
  notify: 'actions.notify.button',
  payVoluntarily: 'actions.pay.button',
  fileDefence: 'actions.defence.button',
  expireTerm: 'actions.expire.button',
  scheduleHearing: 'actions.schedule.button',
  rescheduleHearing: 'actions.reschedule.button',
  settle: 'actions.settle.button',
  reassign: 'actions.reassign.button',
} as const satisfies Record<CaseAction, string>;

interface CaseActionsProps {
  readonly detail: CaseDetail;
  /** A step's form opened: what the last one said is old news. */
  readonly onStart: () => void;
  readonly onDone: (message: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

export function CaseActions({ detail, onStart, onDone, focusAfterDone }: CaseActionsProps) {
  const { t } = useTranslation('courtDesk');
  const signedIn = useSignedInUser();
  const [active, setActive] = useState<CaseAction | null>(null);
  const may = (kind: MutationKind) => mayMutate(signedIn, kind);
  const signed = signedHearing(detail.hearings);
  const actions = caseActions({ view: detail, signedHearingId: signed?.id ?? null, may });
  const form: ActionFormProps = {
    detail,
    onClose: () => setActive(null),
    onDone: (message) => {
      setActive(null);
      onDone(message);
    },
    focusAfterDone,
  };

  return (
    <section className="case-actions" aria-labelledby="case-actions-title" data-testid="case-actions">
      <h3 id="case-actions-title" className="case-actions__title">
        {t('actions.heading')}
      </h3>
      {actions.length === 0 ? (
        <p className="case-actions__none">{mayChangeCases(may) ? t('actions.none') : t('actions.noneForRole')}</p>
      ) : (
        <div className="case-actions__buttons">
          {actions.map((action, index) => (
            <button
              key={action}
              type="button"
              // The procedure's next step first and marked; moving the case elsewhere is never the main one.
              className={index === 0 && action !== 'reassign' ? 'button button--primary' : 'button'}
              onClick={() => {
                onStart();
                setActive(action);
              }}
              data-testid={`case-action-${action}`}
            >
              {t(BUTTON[action])}
            </button>
          ))}
        </div>
      )}
      {active !== null && <ActionForm action={active} form={form} hearingId={signed?.id ?? null} />}
    </section>
  );
}

function ActionForm({
  action,
  form,
  hearingId,
}: {
  readonly action: CaseAction;
  readonly form: ActionFormProps;
  readonly hearingId: string | null;
}) {
  switch (action) {
    case 'open':
      return <ConfirmForm action="open" {...form} />;
    case 'expireTerm':
      return <ConfirmForm action="expire" {...form} />;
    case 'notify':
      return <NotifyForm {...form} />;
    case 'payVoluntarily':
      return <PayForm {...form} />;
    case 'fileDefence':
      return <DefenceForm {...form} />;
    case 'reassign':
      return <ReassignForm {...form} />;
    case 'settle':
      return <SettleForm hearingId={hearingId} {...form} />;
    case 'scheduleHearing':
      return <ScheduleHearingDialog caseId={form.detail.case.id} replaces={null} onClose={form.onClose} />;
    case 'rescheduleHearing':
      return <ScheduleHearingDialog caseId={form.detail.case.id} replaces={form.detail.hearing} onClose={form.onClose} />;
  }
}
