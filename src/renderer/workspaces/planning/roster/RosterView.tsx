// Planificación → Turnos: the Córdoba week by day and shift. Operations are cards; people and resources are
// assigned by dragging them onto a card, or by keyboard (a card chosen with the arrows and Enter, people and
// resources ticked with Space/Enter, then "Asignar"). Operations move to another day or shift by dragging their
// card onto a cell, or with "Mover…" on the chosen card. Conflicts are worked out here at once with the shared
// roster functions (and previewed while dragging), then replaced by the core's answer to 'roster.week' after the
// write.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterWeekView } from '../../../../shared/api/planning.ts';
import { isEditable } from '../../../../shared/operations/lifecycle.ts';
import type { RosterCell } from '../../../../shared/roster/move.ts';
import { parseShiftTimes, shiftCell } from '../../../../shared/roster/shifts.ts';
import type { Conflict } from '../../../../shared/roster/types.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { RosterConflicts } from './RosterConflicts.tsx';
import { RosterGrid } from './RosterGrid.tsx';
import { RosterSidebar } from './RosterSidebar.tsx';
import {
  addDays,
  addToAssigned,
  assignedOf,
  indexConflicts,
  itemKey,
  layoutWeek,
  movePatch,
  previewConflicts,
  previewMove,
  removeFromAssigned,
  rosterIndexOf,
  weekDays,
  withAssigned,
  withMoved,
  type Assigned,
  type RosterItemRef,
} from './roster-model.ts';
import { MoveDialog } from './MoveDialog.tsx';
import type { MovePreviewState } from './MovePreview.tsx';
import { TemplateDialog } from './TemplateDialog.tsx';
import { useRosterText } from './use-roster-text.ts';

/** A change as this console works it out, shown at once over `over` (the core's answer it was made on). */
interface LocalView {
  readonly view: RosterWeekView;
  readonly over: RosterWeekView | null;
}

type Message =
  { readonly tone: 'success'; readonly text: string } | { readonly tone: 'error'; readonly error: unknown; readonly title: string };

const today = () => cordobaIsoDate(Date.now());

export function RosterView() {
  const { t } = useTranslation();
  const api = useApi();
  const signedIn = useSignedInUser();
  const mayAssign = mayMutate(signedIn, 'operation.assign');
  const mayMove = mayMutate(signedIn, 'operation.update');
  const mayPlan = mayMutate(signedIn, 'operation.create') && mayMutate(signedIn, 'operation.setStatus');

  const [date, setDate] = useState(today);
  const [selected, setSelected] = useState<string | null>(null);
  const [picks, setPicks] = useState<readonly RosterItemRef[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [templateOpen, setTemplateOpen] = useState(false);
  const [moving, setMoving] = useState<string | null>(null);

  // Read again on every change to operations, people, resources or settings (a person's own write at once, the
  // hub's bursts at most twice a second), after a reconnect and when another person signs in: useLiveQuery. The
  // previous week stays on screen while the next one loads.
  const live = useLiveQuery('roster.week', { date }, { keepPrevious: true });
  const [local, setLocal] = useState<LocalView | null>(null);
  // The local view lasts until the core's next answer, which also undoes it when the write was refused.
  const view = local && local.over === live.value ? local.view : live.value;
  const isLocal = local !== null && view === local.view;
  const text = useRosterText(view);
  const layout = useMemo(() => (view ? layoutWeek(view) : null), [view]);
  const conflictIndex = useMemo(() => indexConflicts(view?.conflicts ?? []), [view]);
  // The incremental index of this view, for previews while dragging or picking (rebuilt with each view).
  const rosterIndex = useMemo(() => (view ? rosterIndexOf(view) : null), [view]);
  const preview = useCallback(
    (operationId: string, items: readonly RosterItemRef[]): readonly Conflict[] =>
      rosterIndex ? previewConflicts(rosterIndex, operationId, items) : [],
    [rosterIndex],
  );

  const selectedOperation = view?.operations.find((o) => o.id === selected) ?? null;
  const previewMoveTo = useCallback(
    (operationId: string, target: RosterCell): MovePreviewState => {
      const operation = view?.operations.find((o) => o.id === operationId);
      const patch = view && operation ? movePatch(operation, target, view.rules) : null;
      return { patch, added: patch && rosterIndex && operation ? previewMove(rosterIndex, operation, patch) : [] };
    },
    [view, rosterIndex],
  );

  // One write: at once the view as this console works it out (the change and its conflicts), then the core's
  // 'roster.week' again, which also undoes the local change when the write was refused.
  const write = useCallback(
    async (worked: RosterWeekView, send: () => Promise<unknown>, saved: string, failed: string) => {
      setLocal({ view: worked, over: live.value });
      setMessage(null);
      try {
        await send();
        setMessage({ tone: 'success', text: saved });
      } catch (error) {
        setMessage({ tone: 'error', error, title: failed });
      } finally {
        live.refresh();
      }
    },
    [live],
  );

  const assign = useCallback(
    async (operationId: string, next: (current: Assigned) => Assigned) => {
      const operation = view?.operations.find((o) => o.id === operationId);
      if (!view || !operation) return;
      const assigned = next(assignedOf(operation));
      await write(
        withAssigned(view, operationId, assigned),
        () =>
          api.call('operations.assign', {
            id: operationId,
            assigned: { people: [...assigned.people], resources: [...assigned.resources] },
          }),
        t('roster.assignedSaved'),
        t('roster.assignFailed'),
      );
    },
    [api, view, write, t],
  );

  const move = useCallback(
    async (operationId: string, target: RosterCell) => {
      const operation = view?.operations.find((o) => o.id === operationId);
      if (!view || !operation || !isEditable(operation.status)) return;
      const patch = movePatch(operation, target, view.rules);
      if (!patch) return;
      await write(
        withMoved(view, operationId, patch),
        () => api.call('operations.update', { id: operationId, patch: { ...patch } }),
        t('roster.move.saved'),
        t('roster.move.failed'),
      );
    },
    [api, view, write, t],
  );
  const movingOperation = view?.operations.find((o) => o.id === moving) ?? null;

  const assignPicks = () => {
    if (!selected || picks.length === 0) return;
    const items = picks;
    setPicks([]);
    void assign(selected, (current) => addToAssigned(current, items));
  };

  const togglePick = (item: RosterItemRef) =>
    setPicks((current) =>
      current.some((p) => itemKey(p) === itemKey(item)) ? current.filter((p) => itemKey(p) !== itemKey(item)) : [...current, item],
    );

  const goTo = (next: string) => {
    setDate(next);
    setSelected(null);
  };

  const days = view ? weekDays(view.start) : null;
  const weekTitle = days ? t('roster.week', { from: text.day(days[0]!), to: text.day(days[6]!) }) : t('roster.loading');

  return (
    <div className="roster" data-testid="roster">
      <div className="roster__toolbar">
        <h2 className="roster__week" id="roster-week-title" aria-live="polite" data-testid="roster-week">
          {weekTitle}
        </h2>
        <div className="roster__week-nav" role="group" aria-label={t('roster.heading')}>
          <button type="button" className="button" onClick={() => goTo(addDays(date, -7))}>
            <span aria-hidden="true">‹ </span>
            {t('roster.previousWeek')}
          </button>
          <button type="button" className="button" onClick={() => goTo(today())}>
            {t('roster.thisWeek')}
          </button>
          <button type="button" className="button" onClick={() => goTo(addDays(date, 7))}>
            {t('roster.nextWeek')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
        {mayPlan && view && (
          <button type="button" className="button" onClick={() => setTemplateOpen(true)} data-testid="roster-template-open">
            {t('roster.template.open')}
          </button>
        )}
      </div>
      {message?.tone === 'success' && (
        <Notice tone="success" onDismiss={() => setMessage(null)} testId="roster-message">
          {message.text}
        </Notice>
      )}
      {message?.tone === 'error' && <ApiErrorNotice error={message.error} title={message.title} onDismiss={() => setMessage(null)} />}
      {!view && !live.loading && <ApiErrorNotice error={live.error} title={t('roster.loadFailed')} />}
      {!view && live.loading && <p role="status">{t('roster.loading')}</p>}
      {view && layout && (
        <>
          {!mayAssign && <Notice tone="warning">{t('roster.readOnly')}</Notice>}
          {view.people.length === 0 && view.resources.length === 0 && <Notice tone="warning">{t('roster.noStaffVisible')}</Notice>}
          <div className="roster__body">
            <div className="roster__main">
              <RosterGrid
                view={view}
                layout={layout}
                text={text}
                conflicts={conflictIndex}
                selected={selected}
                onSelect={(id) => setSelected((current) => (current === id ? null : id))}
                mayAssign={mayAssign}
                preview={preview}
                onDropItem={(operationId, item) => void assign(operationId, (current) => addToAssigned(current, [item]))}
                onRemove={(operationId, item) => void assign(operationId, (current) => removeFromAssigned(current, item))}
                mayMove={mayMove}
                previewMove={previewMoveTo}
                onMove={(operationId, target) => void move(operationId, target)}
                onMoveRequest={setMoving}
              />
              <RosterConflicts
                conflicts={view.conflicts}
                local={isLocal}
                text={text}
                onShow={(operationId) => {
                  setSelected(operationId);
                  document.getElementById(`roster-card-select-${operationId}`)?.focus();
                }}
              />
            </div>
            <RosterSidebar
              view={view}
              text={text}
              conflicts={conflictIndex}
              mayAssign={mayAssign}
              picks={picks}
              onTogglePick={togglePick}
              onClearPicks={() => setPicks([])}
              selectedOperation={selectedOperation}
              onAssign={assignPicks}
              pickPreview={selectedOperation && picks.length > 0 ? preview(selectedOperation.id, picks) : []}
            />
          </div>
          {movingOperation && (
            <MoveDialog
              operation={movingOperation}
              from={shiftCell(movingOperation.plannedStart, movingOperation.shift, parseShiftTimes(view.rules.shiftTimes))}
              days={layout.days}
              rules={view.rules}
              text={text}
              preview={(target) => previewMoveTo(movingOperation.id, target)}
              onMove={(target) => {
                setMoving(null);
                void move(movingOperation.id, target);
              }}
              onClose={() => setMoving(null)}
            />
          )}
          {templateOpen && (
            <TemplateDialog
              rules={view.rules}
              weekMonday={days![0]!}
              onClose={() => setTemplateOpen(false)}
              onDone={(text) => {
                setTemplateOpen(false);
                setMessage({ tone: 'success', text });
                live.refresh();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
