// The selected unit's assignment, under the board: its call sign and current task, and for the roles that may
// change it (canMutate 'unit.assign') a task field with "Asignar" and "Liberar unidad". A change is a local
// write (cache + outbox, pushed to the hub); the row comes back through 'units.changed' like any other change.
import { useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UNIT_ASSIGNMENT } from '../../../../shared/live/units.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import type { UnitsFeed } from '../map/units-feed.ts';
import { checkAssignment, type AssignmentProblem } from './assignment-form.ts';

interface AssignmentPanelProps {
  readonly feed: UnitsFeed;
  readonly selectedId: string | null;
}

/**
 * The selected unit as of the feed's last snapshot. Primitive snapshots, so moving units (new positions every
 * batch) do not re-render the panel.
 */
function useSelectedUnit(feed: UnitsFeed, id: string | null) {
  const callSign = useSyncExternalStore(feed.subscribe, () => (id === null ? null : (feed.unit(id)?.callSign ?? null)));
  const assignment = useSyncExternalStore(feed.subscribe, () => (id === null ? null : (feed.unit(id)?.assignment ?? null)));
  return id === null || callSign === null ? null : { id, callSign, assignment };
}

export function AssignmentPanel({ feed, selectedId }: AssignmentPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const signedIn = useSignedInUser();
  const unit = useSelectedUnit(feed, selectedId);

  return (
    <section className="dispatch-panel assignment-panel" aria-labelledby={`${id}-heading`} data-testid="unit-assignment">
      <h2 id={`${id}-heading`} className="dispatch-panel__heading">
        {t('dispatch.assignment.heading')}
      </h2>
      {unit === null ? (
        <p className="form-field__hint">{t('dispatch.assignment.noUnit')}</p>
      ) : (
        <>
          <dl className="assignment-panel__facts">
            <dt>{t('dispatch.assignment.unit')}</dt>
            <dd data-testid="assignment-unit">{unit.callSign}</dd>
            <dt>{t('dispatch.assignment.current')}</dt>
            <dd data-testid="assignment-current">{unit.assignment ?? t('dispatch.assignment.none')}</dd>
          </dl>
          {/* Keyed by unit: another unit starts with an empty field and no message. */}
          {mayMutate(signedIn, 'unit.assign') && (
            <AssignmentForm key={unit.id} unitId={unit.id} callSign={unit.callSign} assigned={unit.assignment !== null} />
          )}
        </>
      )}
    </section>
  );
}

type Outcome = { readonly kind: 'assigned' | 'released' } | { readonly kind: 'failed'; readonly error: unknown } | null;

interface AssignmentFormProps {
  readonly unitId: string;
  readonly callSign: string;
  /** The unit has a task now ("Liberar unidad" is offered). */
  readonly assigned: boolean;
}

function AssignmentForm({ unitId, callSign, assigned }: AssignmentFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<AssignmentProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const send = async (assignment: string | null) => {
    setBusy(true);
    setOutcome(null);
    try {
      await api.call('units.assign', { id: unitId, assignment });
      if (assignment !== null) setText(''); // sent; freeing the unit leaves a task being typed alone
      setOutcome({ kind: assignment === null ? 'released' : 'assigned' });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
    // "Liberar unidad" goes away once the unit is free: keep the keyboard in the panel.
    if (assignment === null) input.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAssignment(text);
    setProblem(checked.ok ? null : checked.problem);
    if (checked.ok) void send(checked.assignment);
    else input.current?.focus();
  };

  return (
    <form className="assignment-form" noValidate onSubmit={submit}>
      <FormField
        id={`${id}-task`}
        label={t('dispatch.assignment.task')}
        hint={t('dispatch.assignment.taskHint', { max: MAX_UNIT_ASSIGNMENT })}
        problem={problem && t(`dispatch.assignment.problem.${problem}`, { max: MAX_UNIT_ASSIGNMENT })}
        problemTestId="assignment-problem"
      >
        {(control) => (
          <div className="assignment-form__row">
            <input
              ref={input}
              type="text"
              className="form-control"
              // Room past the limit, so that a pasted long task is shown with its message rather than cut.
              maxLength={MAX_UNIT_ASSIGNMENT + 50}
              autoComplete="off"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setProblem(null);
              }}
              data-testid="assignment-task"
              {...control}
            />
            <button type="submit" className="button button--primary" disabled={busy} data-testid="assignment-assign">
              {t('dispatch.assignment.assign')}
            </button>
            {assigned && (
              <button type="button" className="button" disabled={busy} onClick={() => void send(null)} data-testid="assignment-release">
                {t('dispatch.assignment.release')}
              </button>
            )}
          </div>
        )}
      </FormField>
      {outcome?.kind === 'failed' && (
        <ApiErrorNotice error={outcome.error} title={t('dispatch.assignment.failed')} onDismiss={() => setOutcome(null)} />
      )}
      {(outcome?.kind === 'assigned' || outcome?.kind === 'released') && (
        <p className="form-field__hint" role="status" data-testid="assignment-done">
          {t(`dispatch.assignment.${outcome.kind}`, { callSign })}
        </p>
      )}
    </form>
  );
}
