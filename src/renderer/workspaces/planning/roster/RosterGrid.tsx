// The week as a table: one column per day, one row per shift (with its times from the settings), the
// operations as cards. One tab stop for all the cards (roving focus): arrows move, Enter or Space selects.
// People and resources dropped on a card are assigned to it; while one is dragged over a card, the card says
// which conflicts the drop would add. A card dropped on another cell moves the operation there (the cell says
// where it would land and what that would add first); the chosen card's "Mover…" does the same by keyboard.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterWeekView } from '../../../../shared/api/planning.ts';
import { isEditable } from '../../../../shared/operations/lifecycle.ts';
import { SHIFTS } from '../../../../shared/operations/codes.ts';
import type { Operation } from '../../../../shared/operations/types.ts';
import type { RosterCell } from '../../../../shared/roster/move.ts';
import type { Conflict } from '../../../../shared/roster/types.ts';
import {
  assignedOf,
  cellKey,
  DRAG_TYPE,
  itemKey,
  moveCardFocus,
  OPERATION_DRAG_TYPE,
  parseDragPayload,
  parseOperationDrag,
  type ConflictIndex,
  type RosterItemRef,
  type WeekLayout,
} from './roster-model.ts';
import { draggedItem, draggedOperation } from './drag-state.ts';
import { MovePreview, type MovePreviewState } from './MovePreview.tsx';
import type { RosterText } from './use-roster-text.ts';

interface RosterGridProps {
  readonly view: RosterWeekView;
  readonly layout: WeekLayout;
  readonly text: RosterText;
  readonly conflicts: ConflictIndex;
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
  readonly mayAssign: boolean;
  readonly preview: (operationId: string, items: readonly RosterItemRef[]) => readonly Conflict[];
  readonly onDropItem: (operationId: string, item: RosterItemRef) => void;
  readonly onRemove: (operationId: string, item: RosterItemRef) => void;
  /** Whether the signed-in role may move operations at all (each card also needs an editable status). */
  readonly mayMove: boolean;
  readonly previewMove: (operationId: string, target: RosterCell) => MovePreviewState;
  readonly onMove: (operationId: string, target: RosterCell) => void;
  /** "Mover…" on the chosen card. */
  readonly onMoveRequest: (operationId: string) => void;
}

export function RosterGrid(props: RosterGridProps) {
  const {
    view,
    layout,
    text,
    conflicts,
    selected,
    onSelect,
    mayAssign,
    preview,
    onDropItem,
    onRemove,
    mayMove,
    previewMove,
    onMove,
    onMoveRequest,
  } = props;
  const { t } = useTranslation();
  const [focused, setFocused] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<{ readonly id: string; readonly added: readonly Conflict[] } | null>(null);
  const [cellTarget, setCellTarget] = useState<{ readonly key: string; readonly state: MovePreviewState } | null>(null);
  const all = layout.columns.flat();
  // The one card in the tab order: the focused one if it is still there, else the selected one, else the first.
  const tabStop =
    focused !== null && all.includes(focused) ? focused : selected !== null && all.includes(selected) ? selected : (all[0] ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, id: string) => {
    const next = moveCardFocus(layout.columns, id, event.key);
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    document.getElementById(`roster-card-select-${next}`)?.focus();
  };

  const people = new Map(view.people.map((p) => [p.id, p]));
  const resources = new Map(view.resources.map((r) => [r.id, r]));

  const dragHandlers = (operation: Operation) =>
    mayAssign
      ? {
          onDragOver: (event: DragEvent) => {
            if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            if (dropTarget?.id !== operation.id) {
              const item = draggedItem.current;
              setDropTarget({ id: operation.id, added: item ? preview(operation.id, [item]) : [] });
            }
          },
          onDragLeave: (event: DragEvent) => {
            if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
            setDropTarget((current) => (current?.id === operation.id ? null : current));
          },
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            setDropTarget(null);
            const item = parseDragPayload(event.dataTransfer.getData(DRAG_TYPE)) ?? draggedItem.current;
            draggedItem.current = null;
            if (item) onDropItem(operation.id, item);
          },
        }
      : {};

  const movable = (operation: Operation) => mayMove && isEditable(operation.status);

  const cardDragHandlers = (operation: Operation) =>
    movable(operation)
      ? {
          draggable: true,
          onDragStart: (event: DragEvent) => {
            event.dataTransfer.setData(OPERATION_DRAG_TYPE, operation.id);
            event.dataTransfer.setData('text/plain', text.operation(operation.id));
            event.dataTransfer.effectAllowed = 'move';
            draggedOperation.current = operation.id;
          },
          onDragEnd: () => {
            draggedOperation.current = null;
            setCellTarget(null);
          },
        }
      : {};

  const cellDragHandlers = (target: RosterCell) => {
    if (!mayMove) return {};
    const key = cellKey(target.date, target.shift);
    return {
      onDragOver: (event: DragEvent) => {
        if (!event.dataTransfer.types.includes(OPERATION_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const id = draggedOperation.current;
        if (cellTarget?.key !== key && id !== null) setCellTarget({ key, state: previewMove(id, target) });
      },
      onDragLeave: (event: DragEvent) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setCellTarget((current) => (current?.key === key ? null : current));
      },
      onDrop: (event: DragEvent) => {
        if (!event.dataTransfer.types.includes(OPERATION_DRAG_TYPE)) return;
        event.preventDefault();
        setCellTarget(null);
        const id = parseOperationDrag(event.dataTransfer.getData(OPERATION_DRAG_TYPE)) ?? draggedOperation.current;
        draggedOperation.current = null;
        if (id) onMove(id, target);
      },
    };
  };

  return (
    <div className="roster-grid__scroll">
      <table className="roster-grid" aria-label={t('roster.gridLabel')} data-testid="roster-grid">
        <thead>
          <tr>
            <td className="roster-grid__corner" />
            {layout.days.map((day) => (
              <th key={day} scope="col" className="roster-grid__day">
                {text.day(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SHIFTS.map((shift) => (
            <tr key={shift}>
              <th scope="row" className="roster-grid__shift">
                {t('roster.shiftHeader', {
                  shift: t(`shift.${shift}`),
                  start: view.rules.shiftTimes[shift].start,
                  end: view.rules.shiftTimes[shift].end,
                })}
              </th>
              {layout.days.map((day) => {
                const operations = layout.cells.get(cellKey(day, shift)) ?? [];
                const moveHere = cellTarget?.key === cellKey(day, shift) ? cellTarget.state : null;
                return (
                  <td
                    key={day}
                    className={`roster-grid__cell${moveHere ? ' roster-grid__cell--drop' : ''}`}
                    data-testid="roster-cell"
                    data-date={day}
                    data-shift={shift}
                    {...cellDragHandlers({ date: day, shift })}
                  >
                    {moveHere && <MovePreview state={moveHere} text={text} testId="roster-move-preview" />}
                    {operations.length === 0 ? (
                      <span className="roster-grid__empty">{t('roster.emptyCell')}</span>
                    ) : (
                      <ul className="roster-grid__cards">
                        {operations.map((operation) => {
                          const assigned = assignedOf(operation);
                          const own = conflicts.byOperation.get(operation.id) ?? [];
                          const isSelected = operation.id === selected;
                          const drop = dropTarget?.id === operation.id ? dropTarget : null;
                          return (
                            <li
                              key={operation.id}
                              id={`roster-card-${operation.id}`}
                              className={`roster-card${isSelected ? ' roster-card--selected' : ''}${own.length > 0 ? ' roster-card--conflict' : ''}${drop ? ' roster-card--drop' : ''}`}
                              data-testid="roster-card"
                              data-operation-id={operation.id}
                              data-conflicts={own.length}
                              title={mayMove && !movable(operation) ? t('roster.move.notMovable') : undefined}
                              {...dragHandlers(operation)}
                              {...cardDragHandlers(operation)}
                            >
                              <button
                                type="button"
                                id={`roster-card-select-${operation.id}`}
                                className="roster-card__select"
                                tabIndex={operation.id === tabStop ? 0 : -1}
                                aria-pressed={isSelected}
                                aria-describedby={`roster-card-summary-${operation.id}`}
                                onClick={() => onSelect(operation.id)}
                                onFocus={() => setFocused(operation.id)}
                                onKeyDown={(event) => onKeyDown(event, operation.id)}
                              >
                                <span className="roster-card__type">{t(`operationType.${operation.type}`)}</span>
                                <span className="roster-card__time">
                                  {text.time(operation.plannedStart)}–{text.time(operation.plannedEnd)}
                                </span>
                              </button>
                              <p className="roster-card__place">
                                {operation.address} · {operation.barrio}
                              </p>
                              <p className="roster-card__summary" id={`roster-card-summary-${operation.id}`}>
                                <span>{t(`operationStatus.${operation.status}`)}</span>
                                {' · '}
                                <span>{t('roster.card.people', { count: assigned.people.length })}</span>
                                {' · '}
                                <span>{t('roster.card.resources', { count: assigned.resources.length })}</span>
                                {own.length > 0 && (
                                  <span className="roster-badge roster-badge--conflict" data-testid="roster-card-conflicts">
                                    <span aria-hidden="true">⚠ </span>
                                    {t('roster.card.conflicts', { count: own.length })}
                                  </span>
                                )}
                                {mayMove && !movable(operation) && (
                                  <span className="visually-hidden"> · {t('roster.move.notMovable')}</span>
                                )}
                              </p>
                              {isSelected && movable(operation) && (
                                <button
                                  type="button"
                                  className="button roster-card__move"
                                  onClick={() => onMoveRequest(operation.id)}
                                  data-testid="roster-move-open"
                                >
                                  {t('roster.move.action')}
                                </button>
                              )}
                              {(assigned.people.length > 0 || assigned.resources.length > 0) && (
                                <ul className="roster-card__chips" aria-label={t('roster.card.assigned')}>
                                  {[
                                    ...assigned.people.map((id): [RosterItemRef, string] => [
                                      { kind: 'person', id },
                                      people.get(id)?.name ?? id,
                                    ]),
                                    ...assigned.resources.map((id): [RosterItemRef, string] => [
                                      { kind: 'resource', id },
                                      resources.get(id)?.label ?? id,
                                    ]),
                                  ].map(([item, name]) => {
                                    const itemConflicts = (conflicts.bySubject.get(itemKey(item)) ?? []).length > 0;
                                    return (
                                      <li
                                        key={itemKey(item)}
                                        className={`roster-chip${itemConflicts ? ' roster-chip--conflict' : ''}`}
                                        data-testid="roster-chip"
                                      >
                                        {itemConflicts && <span aria-hidden="true">⚠ </span>}
                                        <span>{name}</span>
                                        {mayAssign && (
                                          <button
                                            type="button"
                                            className="roster-chip__remove"
                                            aria-label={t('roster.card.remove', { name })}
                                            onClick={() => onRemove(operation.id, item)}
                                          >
                                            <span aria-hidden="true">×</span>
                                          </button>
                                        )}
                                      </li>
                                    );
                                  })}
                                </ul>
                              )}
                              {drop && (
                                <p className="roster-card__preview" data-testid="roster-drop-preview">
                                  {drop.added.length === 0
                                    ? t('roster.card.dropOk')
                                    : `${t('roster.card.dropPreview', { count: drop.added.length })}: ${drop.added.map((c) => text.conflict(c)).join(' ')}`}
                                </p>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
