// Runs in: Node. The roster week the Planificación roster shows: people and resources from the hub's records,
// the week's operations (plus a day either side, so that rest across the week's edges is checked) with their
// reservations, and the conflicts of it all under the rules in force at the week's start.
import type { RosterWeekView } from '../../shared/api/planning.ts';
import type { Operation } from '../../shared/operations/types.ts';
import { detectConflicts } from '../../shared/roster/detect.ts';
import { rosterRulesAt } from '../../shared/roster/rules-at.ts';
import { cordobaWeek } from '../../shared/roster/shifts.ts';
import type { Assignment, RosterWeek } from '../../shared/roster/types.ts';
import type { SettingEntry } from '../../shared/settings/dated.ts';
import type { Cache } from '../cache/cache.ts';

const DAY = 24 * 60 * 60 * 1000;
const MAX_OPERATIONS = 5000;

const assignmentsOf = (operation: Operation): Assignment[] => [
  ...(operation.details?.assigned?.people ?? []).map((personId) => ({ operationId: operation.id, personId })),
  ...(operation.details?.assigned?.resources ?? []).map((resourceId) => ({ operationId: operation.id, resourceId })),
];

export function rosterWeek(cache: Cache, date: string, settings: readonly SettingEntry[]): RosterWeekView | null {
  const { start, end } = cordobaWeek(date);
  const rules = rosterRulesAt(settings, start);
  if (!rules) return null;
  const people = cache.records.list('person');
  const resources = cache.records.list('resource');
  const operations = cache.operations.overlapping(start - DAY, end + DAY, MAX_OPERATIONS);
  const week: RosterWeek = {
    start,
    end,
    people,
    resources,
    operations: operations.map(({ id, type, plannedStart, plannedEnd }) => ({ id, type, start: plannedStart, end: plannedEnd })),
    assignments: operations.flatMap(assignmentsOf),
  };
  return { start, end, rules, people, resources, operations, conflicts: detectConflicts(week, rules) };
}
