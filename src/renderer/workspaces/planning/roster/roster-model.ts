// The roster week as the Turnos view lays it out: days × shifts of cards, who and what each operation holds,
// the conflicts that concern each card, person and resource, and the same conflicts recomputed at once after a
// local change (before the hub's answer comes back) with the shared roster functions.
import type { RosterWeekView } from '../../../../shared/api/planning.ts';
import { OperationIdSchema } from '../../../../shared/operations/operation-schema.ts';
import { SHIFTS, type Shift } from '../../../../shared/operations/codes.ts';
import type { Operation } from '../../../../shared/operations/types.ts';
import { calibrationValidUntil } from '../../../../shared/roster/calibration.ts';
import { detectConflicts } from '../../../../shared/roster/detect.ts';
import { createRosterIndex, type RosterIndex } from '../../../../shared/roster/roster-index.ts';
import { movedTimes, type PlannedTimes, type RosterCell } from '../../../../shared/roster/move.ts';
import { parseShiftTimes, shiftCell } from '../../../../shared/roster/shifts.ts';
import {
  conflictOperations,
  type Assignment,
  type Conflict,
  type RosterChange,
  type RosterRules,
  type RosterWeek,
} from '../../../../shared/roster/types.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';

const DAY_MS = 86_400_000;

export interface Assigned {
  readonly people: readonly string[];
  readonly resources: readonly string[];
}

export const NOTHING_ASSIGNED: Assigned = { people: [], resources: [] };

export const assignedOf = (operation: Operation): Assigned => operation.details?.assigned ?? NOTHING_ASSIGNED;

/** 'YYYY-MM-DD' moved by whole days (civil dates: no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Córdoba weekday of a civil date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The seven civil dates of the week starting at `weekStart` (a Córdoba Monday 00:00). */
export function weekDays(weekStart: number): string[] {
  const monday = cordobaIsoDate(weekStart);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export const cellKey = (date: string, shift: Shift) => `${date}|${shift}`;

export interface WeekLayout {
  readonly days: readonly string[];
  /** Operations per `cellKey(date, shift)`, by start. */
  readonly cells: ReadonlyMap<string, readonly Operation[]>;
  /** Card ids per day column, top to bottom (shifts in order, then start): the keyboard walks these. */
  readonly columns: readonly (readonly string[])[];
}

/**
 * Each operation goes to the day and shift its start falls in under the configured shift times (a night shift's
 * 02:00 belongs to the evening before); outside every window, to its own shift on its Córdoba start date.
 * Operations of the neighbouring days (the view includes them for rest checks) are not laid out.
 */
export function layoutWeek(view: RosterWeekView): WeekLayout {
  const days = weekDays(view.start);
  const shifts = parseShiftTimes(view.rules.shiftTimes);
  const cells = new Map<string, Operation[]>();
  const sorted = [...view.operations].sort((a, b) => a.plannedStart - b.plannedStart || (a.id < b.id ? -1 : 1));
  for (const operation of sorted) {
    const { date, shift } = shiftCell(operation.plannedStart, operation.shift, shifts);
    if (!days.includes(date)) continue;
    const key = cellKey(date, shift);
    const list = cells.get(key);
    if (list) list.push(operation);
    else cells.set(key, [operation]);
  }
  const columns = days.map((date) => SHIFTS.flatMap((shift) => (cells.get(cellKey(date, shift)) ?? []).map((o) => o.id)));
  return { days, cells, columns };
}

/** The view as the shared roster model sees it (reservations of unknown people or resources are left out). */
export function toRosterWeek(view: RosterWeekView): RosterWeek {
  const people = new Set(view.people.map((p) => p.id));
  const resources = new Set(view.resources.map((r) => r.id));
  return {
    start: view.start,
    end: view.end,
    people: view.people,
    resources: view.resources,
    operations: view.operations.map(({ id, type, plannedStart, plannedEnd }) => ({ id, type, start: plannedStart, end: plannedEnd })),
    assignments: view.operations.flatMap((operation): Assignment[] => {
      const { people: p, resources: r } = assignedOf(operation);
      return [
        ...p.filter((id) => people.has(id)).map((personId) => ({ operationId: operation.id, personId })),
        ...r.filter((id) => resources.has(id)).map((resourceId) => ({ operationId: operation.id, resourceId })),
      ];
    }),
  };
}

/** The view after one operation changed, with the conflicts worked out here and now. */
function withChanged(view: RosterWeekView, operationId: string, change: (operation: Operation) => Operation): RosterWeekView {
  const next = { ...view, operations: view.operations.map((operation) => (operation.id === operationId ? change(operation) : operation)) };
  return { ...next, conflicts: detectConflicts(toRosterWeek(next), view.rules) };
}

/** The view after replacing one operation's reservation. */
export const withAssigned = (view: RosterWeekView, operationId: string, assigned: Assigned): RosterWeekView =>
  withChanged(view, operationId, (operation) => ({
    ...operation,
    details: { ...operation.details, assigned: { people: [...assigned.people], resources: [...assigned.resources] } },
  }));

/** What moving an operation changes: its times, and its recorded shift when the cell is another shift's. */
export type MovePatch = PlannedTimes & { readonly shift?: Shift };

/** The view after moving one operation. */
export const withMoved = (view: RosterWeekView, operationId: string, patch: MovePatch): RosterWeekView =>
  withChanged(view, operationId, (operation) => ({ ...operation, ...patch }));

/**
 * The `operations.update` patch that moves an operation to a roster cell (movedTimes), or null when its times
 * would not change. The recorded shift follows the cell, so that the operations grid and the form agree with it.
 */
export function movePatch(operation: Operation, target: RosterCell, rules: RosterRules): MovePatch | null {
  const times = movedTimes(operation, target, rules.shiftTimes);
  if (times.plannedStart === operation.plannedStart) return null;
  return target.shift === operation.shift ? times : { ...times, shift: target.shift };
}

/** A reservation with items added (kept once, in order) or removed. */
export function addToAssigned(assigned: Assigned, items: readonly RosterItemRef[]): Assigned {
  const people = [...assigned.people];
  const resources = [...assigned.resources];
  for (const item of items) {
    const list = item.kind === 'person' ? people : resources;
    if (!list.includes(item.id)) list.push(item.id);
  }
  return { people, resources };
}

export function removeFromAssigned(assigned: Assigned, item: RosterItemRef): Assigned {
  return item.kind === 'person'
    ? { people: assigned.people.filter((id) => id !== item.id), resources: assigned.resources }
    : { people: assigned.people, resources: assigned.resources.filter((id) => id !== item.id) };
}

/** Identity of a conflict, to tell which conflicts a change would add. */
export function conflictKey(c: Conflict): string {
  switch (c.kind) {
    case 'double_booking':
      return `${c.kind}:${c.subject}:${c.subjectId}:${c.operationIds.join(',')}`;
    case 'vehicle_reserved':
      return `${c.kind}:${c.resourceId}:${c.operationIds.join(',')}`;
    case 'short_rest':
      return `${c.kind}:${c.personId}:${c.operationIds.join(',')}`;
    case 'weekly_hours':
      return `${c.kind}:${c.personId}`;
    case 'missing_qualification':
      return `${c.kind}:${c.operationId}:${c.anyOf.join(',')}`;
    case 'missing_equipment':
      return `${c.kind}:${c.operationId}:${c.resourceKind}`;
    case 'equipment_out_of_calibration':
    case 'resource_unavailable':
      return `${c.kind}:${c.operationId}:${c.resourceId}`;
    case 'person_unavailable':
      return `${c.kind}:${c.operationId}:${c.personId}`;
    case 'vehicle_seats':
      return `${c.kind}:${c.operationId}`;
  }
}

/** The person or resource a conflict is about, if any. */
export function conflictSubject(c: Conflict): RosterItemRef | null {
  switch (c.kind) {
    case 'double_booking':
      return { kind: c.subject, id: c.subjectId };
    case 'vehicle_reserved':
    case 'equipment_out_of_calibration':
    case 'resource_unavailable':
      return { kind: 'resource', id: c.resourceId };
    case 'short_rest':
    case 'weekly_hours':
    case 'person_unavailable':
      return { kind: 'person', id: c.personId };
    default:
      return null;
  }
}

export interface ConflictIndex {
  readonly byOperation: ReadonlyMap<string, readonly Conflict[]>;
  /** Keyed 'person:id' / 'resource:id'. */
  readonly bySubject: ReadonlyMap<string, readonly Conflict[]>;
}

export const itemKey = (item: RosterItemRef) => `${item.kind}:${item.id}`;

export function indexConflicts(conflicts: readonly Conflict[]): ConflictIndex {
  const byOperation = new Map<string, Conflict[]>();
  const bySubject = new Map<string, Conflict[]>();
  const push = (map: Map<string, Conflict[]>, key: string, c: Conflict) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const c of conflicts) {
    for (const id of new Set(conflictOperations(c))) push(byOperation, id, c);
    const subject = conflictSubject(c);
    if (subject) push(bySubject, itemKey(subject), c);
  }
  return { byOperation, bySubject };
}

/** The conflicts `changes` would add, worked out on the incremental index and taken back with `undo`. */
function addedConflicts(index: RosterIndex, changes: readonly RosterChange[], undo: readonly RosterChange[]): Conflict[] {
  const before = new Set(index.conflicts().map(conflictKey));
  try {
    const after = index.apply(changes);
    return after.filter((c) => !before.has(conflictKey(c)));
  } catch {
    return []; // an id the view does not know: nothing to preview
  } finally {
    try {
      index.apply(undo);
    } catch {
      // the batch was refused as a whole: nothing was applied
    }
  }
}

/**
 * What assigning `items` to an operation would add: shown while a person or resource is dragged over a card, or
 * picked for the selected one.
 */
export function previewConflicts(index: RosterIndex, operationId: string, items: readonly RosterItemRef[]): Conflict[] {
  const assignments: Assignment[] = items.map((item) =>
    item.kind === 'person' ? { operationId, personId: item.id } : { operationId, resourceId: item.id },
  );
  const present = new Set(index.snapshot().assignments.map((a) => `${a.operationId}|${a.personId ?? ''}|${a.resourceId ?? ''}`));
  const added = assignments.filter((a) => !present.has(`${a.operationId}|${a.personId ?? ''}|${a.resourceId ?? ''}`));
  if (added.length === 0) return [];
  return addedConflicts(
    index,
    added.map((assignment) => ({ kind: 'assign' as const, assignment })),
    added.map((assignment) => ({ kind: 'unassign' as const, assignment })),
  );
}

/** What moving an operation to new times would add: shown while it is dragged over a cell, or in "Mover…". */
export function previewMove(index: RosterIndex, operation: Operation, times: PlannedTimes): Conflict[] {
  const move = (t: PlannedTimes): RosterChange => ({ kind: 'move', operationId: operation.id, start: t.plannedStart, end: t.plannedEnd });
  return addedConflicts(index, [move(times)], [move(operation)]);
}

export function rosterIndexOf(view: RosterWeekView): RosterIndex {
  return createRosterIndex(toRosterWeek(view), view.rules);
}

/** An instrument's calibration state at the end of the week (the roster judges each operation at its end). */
export function calibrationState(
  resource: { kind: string; calibratedOn?: number },
  view: Pick<RosterWeekView, 'end' | 'rules'>,
): { readonly validUntil: number | null; readonly lapsed: boolean } | null {
  if (resource.kind !== 'breathalyser' && resource.kind !== 'sound_meter') return null;
  if (resource.calibratedOn === undefined) return { validUntil: null, lapsed: true };
  const validUntil = calibrationValidUntil(resource.calibratedOn, view.rules.calibrationMonths[resource.kind]);
  return { validUntil, lapsed: validUntil < view.end };
}

// ── drag and drop ───────────────────────────────────────────────────────────────────────────────────────────

export interface RosterItemRef {
  readonly kind: 'person' | 'resource';
  readonly id: string;
}

/** The data type a dragged person or resource carries (only this view reads it). */
export const DRAG_TYPE = 'application/x-convivencia-roster';
const ROSTER_ID = /^[\w.-]{1,64}$/;

export const dragPayload = (item: RosterItemRef): string => JSON.stringify({ kind: item.kind, id: item.id });

/** The data type a dragged operation card carries: the operation's id. */
export const OPERATION_DRAG_TYPE = 'application/x-convivencia-roster-operation';

/** A dropped operation id, or null for anything that is not one. */
export const parseOperationDrag = (text: string | null | undefined): string | null =>
  OperationIdSchema.safeParse(text).success ? text! : null;

/** A dropped payload, or null for anything that is not exactly a person or resource reference. */
export function parseDragPayload(text: string | null | undefined): RosterItemRef | null {
  if (!text || text.length > 200) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { kind, id, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if ((kind !== 'person' && kind !== 'resource') || typeof id !== 'string' || !ROSTER_ID.test(id)) return null;
  return { kind, id };
}

// ── keyboard ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The card the arrow keys move to: up/down within a day (through its shifts), left/right to the nearest card of
 * the next day that has any (same row, or its last), Home/End to the first/last card of the week. Null: the key
 * is not a move (or there is no card).
 */
export function moveCardFocus(columns: readonly (readonly string[])[], current: string | null, key: string): string | null {
  const all = columns.flat();
  if (all.length === 0) return null;
  if (key === 'Home') return all[0]!;
  if (key === 'End') return all[all.length - 1]!;
  if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(key)) return null;
  const col = current === null ? -1 : columns.findIndex((c) => c.includes(current));
  if (col < 0) return all[0]!;
  const row = columns[col]!.indexOf(current!);
  if (key === 'ArrowUp') return columns[col]![Math.max(0, row - 1)]!;
  if (key === 'ArrowDown') return columns[col]![Math.min(columns[col]!.length - 1, row + 1)]!;
  const step = key === 'ArrowRight' ? 1 : -1;
  for (let c = col + step; c >= 0 && c < columns.length; c += step) {
    const target = columns[c]!;
    if (target.length > 0) return target[Math.min(row, target.length - 1)]!;
  }
  return current;
}
