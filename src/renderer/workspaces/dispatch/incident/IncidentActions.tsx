// The steps an open incident can take, for the roles that may take them: a note, the priority, cancelling,
// referring and closing with its outcome, each in its dialog — and, next to the check-in countdown, recording the
// crew's check-in (which starts the clock again).
import { useState, type JSX } from 'react';
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import type { MutationKind } from '../../../../shared/records/mutations.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { CloseIncidentDialog } from './CloseIncidentDialog.tsx';
import { useDeskText } from './desk-text.ts';
import { CancelDialog, NoteDialog, PriorityDialog, ReferDialog, type IncidentFormProps } from './IncidentForms.tsx';
import { useIncidentWrite } from './use-incident-write.ts';
import { WriteNotice } from './WriteNotice.tsx';

const ACTIONS = {
  note: { kind: 'incident.note', label: 'actions.note', Dialog: NoteDialog },
  priority: { kind: 'incident.setPriority', label: 'actions.priority', Dialog: PriorityDialog },
  close: { kind: 'incident.close', label: 'actions.close', Dialog: CloseIncidentDialog },
  refer: { kind: 'incident.refer', label: 'actions.refer', Dialog: ReferDialog },
  cancel: { kind: 'incident.cancel', label: 'actions.cancel', Dialog: CancelDialog },
} as const satisfies Record<
  string,
  { readonly kind: MutationKind; readonly label: `actions.${string}`; readonly Dialog: (props: IncidentFormProps) => JSX.Element }
>;
type Action = keyof typeof ACTIONS;

interface IncidentActionsProps {
  readonly view: IncidentView;
  readonly headingId: string;
  /** A step went through: the panel says so (above these buttons, which a final step takes away). */
  readonly onDone: (message: string) => void;
  /** Where focus goes once a step ended the incident (its buttons are gone then). */
  readonly focusAfterEnd: () => HTMLElement | null;
}

export function IncidentActions({ view, headingId, onDone, focusAfterEnd }: IncidentActionsProps) {
  const { t } = useDeskText();
  const signedIn = useSignedInUser();
  const [active, setActive] = useState<Action | null>(null);
  const offered = (Object.keys(ACTIONS) as Action[]).filter((action) => mayMutate(signedIn, ACTIONS[action].kind));
  if (offered.length === 0) return null;
  const Dialog = active === null ? null : ACTIONS[active].Dialog;
  const ends = active === 'close' || active === 'refer' || active === 'cancel';

  return (
    <section className="incident-block" aria-labelledby={headingId} data-testid="incident-actions">
      <h3 id={headingId} className="incident-block__heading">
        {t('actions.heading')}
      </h3>
      <div className="incident-actions">
        {offered.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'close' ? 'button button--primary' : 'button'}
            onClick={() => setActive(action)}
            data-testid={`incident-action-${action}`}
          >
            {t(ACTIONS[action].label)}
          </button>
        ))}
      </div>
      {Dialog && (
        <Dialog
          view={view}
          onClose={() => setActive(null)}
          onDone={(message) => {
            setActive(null);
            onDone(message);
          }}
          focusAfterDone={() => (ends ? focusAfterEnd() : null)}
        />
      )}
    </section>
  );
}

/** "Registrar control": the crew on scene checked in; the countdown starts again. Offered while a crew is on scene. */
export function CheckInButton({ view }: { readonly view: IncidentView }) {
  const { t } = useDeskText();
  const signedIn = useSignedInUser();
  const write = useIncidentWrite();
  if (view.incident.arrivedAt === null || !mayMutate(signedIn, 'incident.checkIn')) return null;
  const checkIn = () =>
    void write.send((at) => ({ kind: 'incident.checkIn', id: view.incident.id, at, acknowledgesAlert: false }), t('write.checkIn'));
  return (
    <>
      <button type="button" className="button" disabled={write.busy} onClick={checkIn} data-testid="incident-check-in-record">
        {t('actions.checkIn')}
      </button>
      <WriteNotice notice={write.notice} onDismiss={write.dismiss} />
    </>
  );
}
