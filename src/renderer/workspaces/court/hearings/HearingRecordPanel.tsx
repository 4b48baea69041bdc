// The acta de audiencia typed during the in-person hearing, in a dialog over whatever opened it. It starts from the
// case (parties, the acta's evidence and article: record-form.ts) or from what was recorded, and keeps the typing
// as a draft in the cache (use-record-draft.ts). "Registrar audiencia" holds a scheduled hearing (in absentia when
// the offender is absent) or records the corrections of a held one; a judge signs the resolution, after which the
// record is read-only and only an amendment — a new record referencing it, signed again — can correct it.
import { formatIsoDate } from '../../../i18n/format.ts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hearingSlotId } from '../../../../shared/court/hearing-slot.ts';
import type { CaseDetail } from '../../../../shared/api/court.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { canMutate } from '../../../../shared/records/permissions.ts';
import { settingAt } from '../../../../shared/settings/dated.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { useSession } from '../../../session/SessionContext.tsx';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { HearingDocumentButton } from './HearingDocumentButton.tsx';
import { clockTime, dayMonthTime } from './hearing-format.ts';
import { StatusBadge } from './HearingParts.tsx';
import { recordActions, type RecordActions } from './record-actions.ts';
import { checkRecord, draftFromCase, draftFromRecord, draftWithoutCase, type RecordDraft, type RecordProblems } from './record-form.ts';
import { EvidenceSection, IdentitySection, InterpreterSection, PartiesSection, StatementSection } from './RecordSections.tsx';
import { ResolutionSection } from './ResolutionSection.tsx';
import { useRecordDraft } from './use-record-draft.ts';
import { WriteFailure } from './WriteFailure.tsx';
import './hearings.css';

export function HearingRecordPanel({ hearingId, onClose }: { readonly hearingId: string; readonly onClose: () => void }) {
  const { t } = useTranslation('hearings');
  // The panel follows an amendment once it is made (or opened from its signed original).
  const [currentId, setCurrentId] = useState(hearingId);
  const found = useLiveQuery('court.hearing', { id: currentId });
  const hearing = found.value?.hearing ?? null;
  const title = hearing ? t('record.title', { caseNumber: hearing.caseNumber || t('noNumber') }) : t('record.loading');
  return (
    <ModalDialog
      open
      title={title}
      onClose={onClose}
      closeLabel={t('record.close')}
      className="hearing-record-dialog"
      testId="hearing-record"
    >
      {!found.value ? (
        found.loading ? (
          <p role="status">{t('record.loading')}</p>
        ) : (
          <ApiErrorNotice error={found.error} title={t('record.loadFailed')} />
        )
      ) : !hearing ? (
        // An amendment just made is not in the list until the cache says so: a moment of loading, not "not found".
        currentId !== hearingId ? (
          <p role="status">{t('record.loading')}</p>
        ) : (
          <Notice tone="warning">{t('record.notFound')}</Notice>
        )
      ) : (
        <HearingRecordLoader key={hearing.id} hearing={hearing} onSwitch={setCurrentId} />
      )}
    </ModalDialog>
  );
}

function HearingRecordLoader({ hearing, onSwitch }: { readonly hearing: Hearing; readonly onSwitch: (id: string) => void }) {
  const { t } = useTranslation('hearings');
  const detail = useLiveQuery('court.case', { id: hearing.caseId });
  const settings = useLiveQuery('settings.list', {});
  const now = useNow(60_000);
  // Without the case (not in this cache) the record still opens, prefilled with the name the hearing copied.
  if (detail.loading && !detail.value) return <p role="status">{t('record.loading')}</p>;
  const entries = settings.value?.entries.map((e) => e.entry) ?? [];
  return (
    <RecordEditor
      hearing={hearing}
      detail={detail.value?.detail ?? null}
      uemValueArs={settingAt(entries, 'court.uemValueArs', now)}
      courtName={settingAt(entries, 'court.courts', hearing.start)?.find((c) => c.id === hearing.courtId)?.name ?? hearing.courtId}
      now={now}
      onSwitch={onSwitch}
    />
  );
}

interface RecordEditorProps {
  readonly hearing: Hearing;
  readonly detail: CaseDetail | null;
  readonly uemValueArs: number | undefined;
  readonly courtName: string;
  readonly now: number;
  readonly onSwitch: (id: string) => void;
}

type Outcome = 'saved' | 'signed' | 'amended';

function RecordEditor({ hearing, detail, uemValueArs, courtName, now, onSwitch }: RecordEditorProps) {
  const { t, i18n } = useTranslation('hearings');
  const api = useApi();
  const signedIn = useSignedInUser();
  const language = i18n.language;
  const prefix = `record-${hearing.id.replace(/~/g, '-')}`;
  const initial = (): RecordDraft => {
    if (hearing.record) return draftFromRecord(hearing.record, language);
    const courtCase = detail?.case;
    if (!courtCase) return draftWithoutCase(hearing.offenderName);
    return draftFromCase(courtCase, {
      acta: t('record.evidence.actaDescription', { date: formatIsoDate(cordobaIsoDate(courtCase.record.occurredAt), language) }),
      evidence: (kind) => t('record.evidence.fromActa', { kind: t(`record.evidence.kinds.${kind}`) }),
    });
  };
  const { state, saveFailed, change, discard } = useRecordDraft(hearing.id, initial);
  const [amending, setAmending] = useState(false);
  const [amendReason, setAmendReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<{ readonly error: unknown; readonly action: Outcome } | null>(null);
  const draft = state.phase === 'ready' ? state.draft : null;
  const problems: RecordProblems = useMemo(() => {
    if (!tried || !draft) return {};
    const checked = checkRecord(draft, uemValueArs);
    return checked.ok ? {} : checked.problems;
  }, [tried, draft, uemValueArs]);

  if (!draft || state.phase !== 'ready') return <p role="status">{t('record.loading')}</p>;
  const permissions = {
    mayWrite: mayMutate(signedIn, 'hearing.hold'),
    // Signing is a judge's act: offered only to a signed-in person whose role may sign.
    maySign: signedIn.user !== null && canMutate(signedIn.user.role, 'hearing.sign'),
  };
  // A signed hearing with a draft is an amendment in progress (the draft is kept under the signed hearing's id).
  const inAmendment = hearing.signed !== null && (amending || state.restoredAt !== null);
  const actions = recordActions(hearing, permissions, { now, unsaved: state.dirty });
  const readOnly = hearing.signed ? !inAmendment : actions.readOnly;
  const problemOf = (path: string) => (problems[path] ? t(`problem.${problems[path]}`) : null);

  const write = async (mutation: Mutation, done: Outcome, after?: () => void) => {
    setBusy(true);
    setFailure(null);
    setOutcome(null);
    try {
      await api.call('records.mutate', { mutation });
      setOutcome(done);
      after?.();
    } catch (error) {
      setFailure({ error, action: done });
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const checked = checkRecord(draft, uemValueArs);
    if (!checked.ok) return focusFirstProblem(prefix);
    if (inAmendment) {
      if (!amendReason.trim()) return;
      const id = hearingSlotId(hearing.courtId, hearing.room, Date.now());
      const mutation: Mutation = { kind: 'hearing.amend', id, amends: hearing.id, record: checked.record, reason: amendReason.trim() };
      return void write(mutation, 'amended', () => {
        discard(draft);
        setAmending(false);
        onSwitch(id);
      });
    }
    if (!actions.save) return;
    const kind = actions.save === 'hold' ? 'hearing.hold' : 'hearing.record';
    const clerk = signedIn.user?.displayName;
    void write({ kind, id: hearing.id, record: checked.record, ...(clerk ? { clerk } : {}) }, 'saved', () => {
      setTried(false);
      discard(draftFromRecord(checked.record, language));
    });
  };

  const sign = () => {
    void write({ kind: 'hearing.sign', id: hearing.id }, 'signed');
  };

  const leaveAmendment = () => {
    setAmending(false);
    setTried(false);
    discard(initial());
  };

  const problemCount = Object.keys(problems).length;
  const sectionProps = { prefix, draft, onChange: change, problemOf };
  return (
    <form className="hearing-record" onSubmit={save} noValidate data-testid="hearing-record-form" data-status={hearing.status}>
      <RecordHeader hearing={hearing} courtName={courtName} />
      <RecordNotices hearing={hearing} detail={detail} actions={actions} mayWrite={permissions.mayWrite} onSwitch={onSwitch} />
      {state.restoredAt !== null && (
        <Notice tone="warning" testId="draft-restored">
          {t('record.draftRestored', dayMonthTime(state.restoredAt))}{' '}
          <button type="button" className="hearing-link" onClick={hearing.signed ? leaveAmendment : () => discard(initial())}>
            {t('record.draftDiscard')}
          </button>
        </Notice>
      )}
      {saveFailed && <Notice tone="warning">{t('record.draftSaveFailed')}</Notice>}
      {inAmendment && <Notice tone="warning">{t('record.amendIntro')}</Notice>}
      <fieldset className="hearing-record__body" disabled={readOnly}>
        <PartiesSection {...sectionProps} />
        <IdentitySection {...sectionProps} />
        <InterpreterSection {...sectionProps} />
        <StatementSection {...sectionProps} />
        <EvidenceSection {...sectionProps} />
        <ResolutionSection {...sectionProps} uemValueArs={uemValueArs} />
      </fieldset>
      {inAmendment && (
        <FormField
          id={`${prefix}-amend-reason`}
          label={t('record.amendReason')}
          problem={tried && !amendReason.trim() ? t('problem.required') : null}
          wide
        >
          {(control) => (
            <textarea
              {...control}
              className="form-control"
              rows={2}
              maxLength={500}
              value={amendReason}
              onChange={(e) => setAmendReason(e.target.value)}
            />
          )}
        </FormField>
      )}
      {problemCount > 0 && <Notice tone="error">{t('problemsSummary', { count: problemCount })}</Notice>}
      {failure !== null && (
        <WriteFailure error={failure.error} title={failure.action === 'signed' ? t('record.signFailed') : t('record.saveFailed')} />
      )}
      {outcome && (
        <Notice tone="success" testId="hearing-record-outcome" onDismiss={() => setOutcome(null)}>
          {t(`record.${outcome}`)}
        </Notice>
      )}
      <RecordFooter
        hearing={hearing}
        prefix={prefix}
        actions={actions}
        inAmendment={inAmendment}
        busy={busy}
        onSign={sign}
        onAmend={() => setAmending(true)}
        onLeaveAmendment={leaveAmendment}
      />
      <RecordHistory hearing={hearing} />
    </form>
  );
}

interface RecordFooterProps {
  readonly hearing: Hearing;
  readonly prefix: string;
  readonly actions: RecordActions;
  readonly inAmendment: boolean;
  readonly busy: boolean;
  readonly onSign: () => void;
  readonly onAmend: () => void;
  readonly onLeaveAmendment: () => void;
}

/** The record's buttons: its documents, then amend, sign (after a confirmation) and register, as they apply. */
function RecordFooter({ hearing, prefix, actions, inAmendment, busy, onSign, onAmend, onLeaveAmendment }: RecordFooterProps) {
  const { t } = useTranslation('hearings');
  const [confirmSign, setConfirmSign] = useState(false);
  return (
    <>
      {confirmSign && (
        <div className="hearing-record__confirm" role="group" aria-labelledby={`${prefix}-sign-title`}>
          <strong id={`${prefix}-sign-title`}>{t('record.signTitle')}</strong>
          <p>{t('record.signConfirm')}</p>
          <button type="button" className="button" onClick={() => setConfirmSign(false)}>
            {t('record.signBack')}
          </button>
          {/* The confirmation takes the focus: the judge reads it before the signature goes. */}
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setConfirmSign(false);
              onSign();
            }}
            autoFocus
            data-testid="hearing-sign-confirm"
          >
            {t('record.signConfirmButton')}
          </button>
        </div>
      )}
      <div className="hearing-form__buttons hearing-record__buttons">
        <RecordDocuments hearing={hearing} />
        {inAmendment ? (
          <>
            <button type="button" className="button" onClick={onLeaveAmendment}>
              {t('record.amendCancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy} data-testid="hearing-amend-save">
              {busy ? t('record.saving') : t('record.amendSave')}
            </button>
          </>
        ) : (
          <>
            {actions.amend && (
              <button type="button" className="button" onClick={onAmend} data-testid="hearing-amend">
                {t('record.amend')}
              </button>
            )}
            {actions.sign && <SignButton blocked={actions.signBlocked} busy={busy} prefix={prefix} onClick={() => setConfirmSign(true)} />}
            {actions.save && (
              <button type="submit" className="button button--primary" disabled={busy} data-testid="hearing-save">
                {busy ? t('record.saving') : t('record.save')}
              </button>
            )}
          </>
        )}
      </div>
    </>
  );
}

/** The first field with a problem takes the focus once it is drawn with it (after this render). */
function focusFirstProblem(prefix: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[id^="${prefix}-"][aria-invalid="true"]`)?.focus());
}

function SignButton({
  blocked,
  busy,
  prefix,
  onClick,
}: {
  readonly blocked: RecordActions['signBlocked'];
  readonly busy: boolean;
  readonly prefix: string;
  readonly onClick: () => void;
}) {
  const { t } = useTranslation('hearings');
  const hintId = `${prefix}-sign-hint`;
  return (
    <span className="hearing-record__sign">
      <button
        type="button"
        className="button"
        disabled={busy || blocked !== null}
        aria-describedby={blocked ? hintId : undefined}
        onClick={onClick}
        data-testid="hearing-sign"
      >
        {busy ? t('record.signing') : t('record.sign')}
      </button>
      {blocked && (
        <span id={hintId} className="form-field__hint">
          {t(`record.signBlocked.${blocked}`)}
        </span>
      )}
    </span>
  );
}

function RecordHeader({ hearing, courtName }: { readonly hearing: Hearing; readonly courtName: string }) {
  const { t, i18n } = useTranslation('hearings');
  return (
    <p className="hearing-record__subtitle">
      {t('record.subtitle', {
        place: t('place', { court: courtName, room: hearing.room }),
        date: formatIsoDate(cordobaIsoDate(hearing.start), i18n.language),
        time: clockTime(hearing.start),
        judge: hearing.judge,
      })}{' '}
      <StatusBadge hearing={hearing} />
    </p>
  );
}

interface RecordNoticesProps {
  readonly hearing: Hearing;
  readonly detail: CaseDetail | null;
  readonly actions: RecordActions;
  readonly mayWrite: boolean;
  readonly onSwitch: (id: string) => void;
}

/** Where the hearing stands: signed by whom, an amendment of which, cancelled why, not yet its day. */
function RecordNotices({ hearing, detail, actions, mayWrite, onSwitch }: RecordNoticesProps) {
  const { t, i18n } = useTranslation('hearings');
  const session = useSession();
  const language = i18n.language;
  const amendment = detail?.hearings.find((h) => h.amends === hearing.id);
  const original = hearing.amends ? detail?.hearings.find((h) => h.id === hearing.amends) : undefined;
  const cancelledWith = [...hearing.history].reverse().find((h) => h.action === 'cancelled' || h.action === 'rescheduled')?.reason;
  return (
    <>
      {hearing.signed && (
        <Notice tone="success" testId="hearing-signed-by">
          {t('record.signedBy', { name: personName(hearing.signed.by, session), date: formatDateTime(hearing.signed.at, language) })}
        </Notice>
      )}
      {original?.signed && <Notice tone="warning">{t('record.amends', { date: formatDateTime(original.signed.at, language) })}</Notice>}
      {amendment && (
        <Notice tone="warning">
          {t('record.amendedBy')}{' '}
          <button type="button" className="hearing-link" onClick={() => onSwitch(amendment.id)}>
            {t('record.openAmendment')}
          </button>
        </Notice>
      )}
      {hearing.status === 'cancelled' && (
        <Notice tone="warning">{cancelledWith ? t('record.cancelledReason', { reason: cancelledWith }) : t('record.cancelled')}</Notice>
      )}
      {actions.saveBlocked === 'not_yet' && (
        <Notice tone="warning">{t('record.notYet', { date: formatIsoDate(cordobaIsoDate(hearing.start), language) })}</Notice>
      )}
      {!mayWrite && hearing.status !== 'cancelled' && <Notice tone="warning">{t('record.readOnlyRole')}</Notice>}
    </>
  );
}

/** The name to print for a username: the signed-in person's or a demo account's display name, else the username. */
function personName(username: string, session: ReturnType<typeof useSession>): string {
  const people = [...(session?.user ? [session.user] : []), ...(session?.demoAccounts ?? [])];
  return people.find((p) => p.username === username)?.displayName ?? username;
}

function RecordDocuments({ hearing }: { readonly hearing: Hearing }) {
  if (hearing.status === 'cancelled') return null;
  return (
    <span className="hearing-record__documents">
      <HearingDocumentButton hearingId={hearing.id} document="citation" />
      {hearing.record && <HearingDocumentButton hearingId={hearing.id} document="hearing_record" />}
    </span>
  );
}

function RecordHistory({ hearing }: { readonly hearing: Hearing }) {
  const { t, i18n } = useTranslation('hearings');
  const session = useSession();
  if (hearing.history.length === 0) return null;
  return (
    <section className="hearing-record__history" aria-labelledby={`history-${hearing.id}`}>
      <h3 id={`history-${hearing.id}`}>{t('record.section.history')}</h3>
      <ol>
        {hearing.history.map((entry, i) => (
          <li key={i}>
            {t('record.history.line', {
              when: formatDateTime(entry.at, i18n.language),
              action: t(`record.history.actions.${entry.action}`),
              by: entry.by ? t('record.history.by', { name: personName(entry.by, session) }) : '',
            })}
            {entry.reason && <span className="hearing-record__muted"> — {t('record.history.reason', { reason: entry.reason })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
