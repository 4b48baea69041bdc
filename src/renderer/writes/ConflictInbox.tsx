// The conflict inbox: a header badge with the number of changes the hub refused, opening a panel that lists
// them — which record, why (in words), the fields in which "Mi versión" and "Versión del hub" differ side by
// side — with "Conservar la mía", "Usar la del hub" and (operations) "Editar", which opens the operation form
// with my values over the hub's current record.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Unit } from '../../shared/live/units.ts';
import { INCIDENT_CATEGORIES, INCIDENT_OUTCOMES, INCIDENT_STATUSES, PRIORITIES } from '../../shared/dispatch/codes.ts';
import type { Incident } from '../../shared/records/incident-schema.ts';
import { OPERATION_STATUSES, OPERATION_TYPES, SHIFTS } from '../../shared/operations/codes.ts';
import { UNIT_STATUSES } from '../../shared/live/units.ts';
import { isMutableEntity, type MutableEntity } from '../../shared/records/mutations.ts';
import type { Conflict } from '../../shared/sync/conflict.ts';
import { isOneOf } from '../../shared/util/one-of.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { ModalDialog } from '../components/ModalDialog.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatDateTime, formatIsoDate, formatNumber } from '../i18n/format.ts';
import { cordobaIsoDate } from '../../shared/time/cordoba.ts';
import { OperationFormDialog } from '../operation-form/OperationFormDialog.tsx';
import type { OperationFormTarget } from '../operation-form/target.ts';
import { conflictDiffs, conflictOperation, type DIFF_FIELDS, type FieldDiff } from './conflict-diff.ts';
import { useLiveQuery } from '../live/use-live-query.ts';
import { refusalReason, refusalText } from './refusal-text.ts';
import { mayMutate, useSignedInUser } from './use-signed-in-user.ts';

export function ConflictInbox({ count }: { readonly count: number }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<OperationFormTarget | null>(null);
  const badge = useRef<HTMLButtonElement>(null);
  const returnToBadge = useCallback(() => badge.current, []);

  return (
    <>
      {(count > 0 || open) && (
        <button
          ref={badge}
          type="button"
          className="conflict-badge"
          onClick={() => setOpen(true)}
          aria-haspopup="dialog"
          title={t('conflicts.open')}
          data-testid="conflict-badge"
          data-count={count}
        >
          <span className="conflict-badge__icon" aria-hidden="true">
            ⚠
          </span>
          {t('conflicts.badge', { count, formatted: formatNumber(count, i18n.language) })}
        </button>
      )}
      <ModalDialog
        open={open}
        title={t('conflicts.title')}
        onClose={() => setOpen(false)}
        closeLabel={t('conflicts.close')}
        className="conflict-inbox"
        testId="conflict-inbox"
        returnFocusTo={returnToBadge}
      >
        <ConflictList
          onEdit={(conflict) => {
            setOpen(false);
            setEditing({ kind: 'conflict', conflict });
          }}
        />
      </ModalDialog>
      <OperationFormDialog
        target={editing}
        onClose={() => setEditing(null)}
        onDone={() => setEditing(null)}
        returnFocusTo={returnToBadge}
      />
    </>
  );
}

function ConflictList({ onEdit }: { readonly onEdit: (conflict: Conflict) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  // Read again whenever the outbox moves (a conflict filed or resolved, here or by a write elsewhere).
  const listed = useLiveQuery('conflicts.list', {});
  const [outcome, setOutcome] = useState<{ readonly id: number; readonly refused?: string; readonly error?: unknown } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const resolve = async (conflict: Conflict, choice: 'mine' | 'theirs') => {
    setBusy(conflict.id);
    setOutcome(null);
    try {
      await api.call('conflicts.resolve', { id: conflict.id, choice }); // the outbox moves: the list reads again
    } catch (error) {
      const refused = refusalReason(error);
      setOutcome(refused !== null ? { id: conflict.id, refused } : { id: conflict.id, error });
    } finally {
      setBusy(null);
    }
  };

  if (listed.loading) return <p role="status">{t('conflicts.loading')}</p>;
  if (!listed.value) return <ApiErrorNotice error={listed.error} title={t('conflicts.loadFailed')} />;
  if (listed.value.conflicts.length === 0)
    return (
      <p role="status" data-testid="conflicts-empty">
        {t('conflicts.empty')}
      </p>
    );
  return (
    <>
      <p className="conflict-inbox__intro">{t('conflicts.intro')}</p>
      <ul className="conflict-inbox__list" aria-label={t('conflicts.list')}>
        {listed.value.conflicts.map((conflict) => (
          <li key={conflict.id}>
            <ConflictCard
              conflict={conflict}
              busy={busy === conflict.id}
              outcome={outcome?.id === conflict.id ? outcome : null}
              onResolve={(choice) => void resolve(conflict, choice)}
              onEdit={() => onEdit(conflict)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

interface ConflictCardProps {
  readonly conflict: Conflict;
  readonly busy: boolean;
  readonly outcome: { readonly refused?: string; readonly error?: unknown } | null;
  readonly onResolve: (choice: 'mine' | 'theirs') => void;
  readonly onEdit: () => void;
}

function ConflictCard({ conflict, busy, outcome, onResolve, onEdit }: ConflictCardProps) {
  const { t, i18n } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const { t: tc } = useTranslation('incidents');
  const signedIn = useSignedInUser();
  const locale = i18n.language;
  const operation = conflictOperation(conflict);
  const unit = conflict.entity === 'unit' ? ((conflict.mine ?? conflict.theirs) as Unit | null) : null;
  const incident = conflict.entity === 'incident' ? ((conflict.mine ?? conflict.theirs) as Incident | null) : null;
  const diffs = conflictDiffs(conflict);
  const texts: ValueTexts = { t, tc, locale };
  const headingId = `conflict-${conflict.id}-title`;
  const mayEdit = operation !== null && mayMutate(signedIn, conflict.theirs ? 'operation.update' : 'operation.create');

  const title = operation
    ? t('conflicts.operation', { type: typeLabel(t, operation.type), address: operation.address })
    : incident
      ? t('unit.task.incident', { category: categoryLabel(tc, incident.category), barrio: incident.place.barrio })
      : t('conflicts.unit', { callSign: unit?.callSign ?? conflict.recordId });

  return (
    <article className="conflict-card" aria-labelledby={headingId} data-testid="conflict-card" data-record-id={conflict.recordId}>
      <h3 id={headingId} className="conflict-card__title">
        {title}
      </h3>
      {operation && (
        <p className="conflict-card__meta">
          {t('conflicts.plannedAt', {
            start: formatDateTime(operation.plannedStart, locale),
            end: formatDateTime(operation.plannedEnd, locale),
          })}
        </p>
      )}
      <p className="conflict-card__reason" data-testid="conflict-reason">
        {t('conflicts.reason', { reason: refusalText(tErrors, conflict.reason) })}
      </p>
      <p className="conflict-card__meta">{t('conflicts.refusedAt', { at: formatDateTime(conflict.createdAt, locale) })}</p>
      {diffs.length === 0 ? (
        <p>{t('conflicts.noDifferences')}</p>
      ) : (
        <table className="conflict-card__diff" data-testid="conflict-diff">
          <thead>
            <tr>
              <th scope="col">{t('conflicts.field')}</th>
              <th scope="col">{t('conflicts.mine')}</th>
              <th scope="col">{t('conflicts.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {diffs.map((diff) => (
              <tr key={diff.field} data-field={diff.field}>
                <th scope="row">{fieldLabel(t, conflict.entity, diff.field)}</th>
                <td>{conflict.mine === null ? <em>{t('conflicts.notHere')}</em> : formatValue(texts, conflict.entity, diff, diff.mine)}</td>
                <td>
                  {conflict.theirs === null ? <em>{t('conflicts.notInHub')}</em> : formatValue(texts, conflict.entity, diff, diff.theirs)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {outcome?.refused !== undefined && (
        <Notice tone="error" testId="conflict-refused">
          {t('conflicts.keepMineRefused', { reason: refusalText(tErrors, outcome.refused) })}
        </Notice>
      )}
      {outcome?.error !== undefined && <ApiErrorNotice error={outcome.error} title={t('conflicts.resolveFailed')} />}
      <div className="conflict-card__actions">
        <button type="button" className="button" disabled={busy} onClick={() => onResolve('mine')} aria-describedby={headingId}>
          {t('conflicts.keepMine')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => onResolve('theirs')} aria-describedby={headingId}>
          {t('conflicts.useTheirs')}
        </button>
        {mayEdit && (
          <button type="button" className="button button--primary" disabled={busy} onClick={onEdit} aria-describedby={headingId}>
            {t('conflicts.edit')}
          </button>
        )}
      </div>
    </article>
  );
}

const typeLabel = (t: TFunction<'ui'>, type: unknown): string =>
  isOneOf(OPERATION_TYPES, type) ? t(`operationType.${type}`) : String(type);

const categoryLabel = (tc: TFunction<'incidents'>, category: unknown): string =>
  isOneOf(INCIDENT_CATEGORIES, category) ? tc(`category.${category}`) : String(category);

/** How each kind's fields are named in the panel (the compiler asks for a new kind's). */
const FIELD_LABELS: { readonly [E in MutableEntity]: (t: TFunction<'ui'>, field: (typeof DIFF_FIELDS)[E][number]) => string } = {
  operation: (t, field) => t(`column.${field}`),
  // A unit's task is the board's "Asignación" column.
  unit: (t, field) => t(`unit.column.${field === 'task' ? 'assignment' : field}`),
  incident: (t, field) => t(`conflicts.incidentField.${field}`),
  setting: (t, field) => t(`conflicts.settingField.${field}`),
  court_case: (t, field) => t(`conflicts.caseField.${field}`),
  hearing: (t, field) => t(`conflicts.hearingField.${field}`),
  notice: (t, field) => t(`conflicts.noticeField.${field}`),
  notice_trial: (t, field) => t(`conflicts.trialField.${field}`),
  resource: (t, field) => t(`conflicts.resourceField.${field}`),
  person: (t, field) => t(`conflicts.personField.${field}`),
  team: (t, field) => t(`conflicts.teamField.${field}`),
};

function fieldLabel(t: TFunction<'ui'>, entity: Conflict['entity'], field: FieldDiff['field']): string {
  return isMutableEntity(entity) ? FIELD_LABELS[entity](t, field as never) : field;
}

interface ValueTexts {
  readonly t: TFunction<'ui'>;
  readonly tc: TFunction<'incidents'>;
  readonly locale: string;
}

function formatValue({ t, tc, locale }: ValueTexts, entity: Conflict['entity'], diff: FieldDiff, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('conflicts.empty_value');
  switch (diff.field) {
    case 'type':
      return typeLabel(t, value);
    case 'status':
      if (entity === 'incident') return isOneOf(INCIDENT_STATUSES, value) ? tc(`status.${value}`) : String(value);
      if (isOneOf(OPERATION_STATUSES, value)) return t(`operationStatus.${value}`);
      return isOneOf(UNIT_STATUSES, value) ? t(`unit.status.${value}`) : String(value);
    case 'category':
      return categoryLabel(tc, value);
    case 'outcome':
      return isOneOf(INCIDENT_OUTCOMES, value) ? tc(`outcome.${value}`) : String(value);
    case 'priorityOverride': {
      const { priority, reason } = value as Incident['priorityOverride'] & object;
      return `${PRIORITIES.includes(priority) ? tc(`priority.${priority}`) : String(priority)} — ${reason}`;
    }
    case 'complaints':
      return Array.isArray(value)
        ? t('conflicts.complaints', { count: value.length, formatted: formatNumber(value.length, locale) })
        : String(value);
    case 'task': {
      const task = value as NonNullable<Unit['task']>;
      return t(task.kind === 'incident' ? 'conflicts.taskIncident' : 'conflicts.taskOperation', { id: task.id });
    }
    case 'shift':
      return isOneOf(SHIFTS, value) ? t(`shift.${value}`) : String(value);
    case 'start':
    case 'end':
    case 'plannedStart':
    case 'plannedEnd':
      return typeof value === 'number' ? formatDateTime(value, locale) : String(value);
    case 'calibratedOn':
      return typeof value === 'number' ? formatIsoDate(cordobaIsoDate(value), locale) : String(value);
    case 'crew':
    case 'units':
      return Array.isArray(value) ? value.join(', ') : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
