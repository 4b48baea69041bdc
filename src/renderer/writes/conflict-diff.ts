// What the conflict inbox compares: the fields in which "Mi versión" (what this console showed before the hub
// refused the change) and "Versión del hub" differ. Values stay raw here; the panel formats them.
import type { Conflict } from '../../shared/sync/conflict.ts';
import type { SharedRecord } from '../../shared/records/registry.ts';
import type { Unit } from '../../shared/live/units.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { Incident } from '../../shared/records/incident-schema.ts';
import type { ResourceRecord } from '../../shared/records/resource.ts';
import type { PersonRecord } from '../../shared/records/person.ts';
import type { TeamRecord } from '../../shared/records/team.ts';
import { isMutableEntity, type MutableEntity } from '../../shared/records/mutations.ts';

/**
 * The fields each kind's conflicts compare, by path ('entry.value' inside a setting's entry), in the order the
 * panel lists them. One entry per kind people change: a new kind does not compile until it says what to compare.
 */
export const DIFF_FIELDS = {
  operation: [
    'type',
    'status',
    'barrio',
    'address',
    'plannedStart',
    'plannedEnd',
    'shift',
    'team',
    'resultSummary',
    'cancelReason',
  ] satisfies readonly (keyof Operation)[],
  unit: ['callSign', 'status', 'crew', 'task'] satisfies readonly (keyof Unit)[],
  // Most incident changes are decided on the hub's version (rebase): what comes here is mostly a refusal, such as a
  // unit already sent elsewhere; these fields say where each side had the incident.
  incident: [
    'status',
    'category',
    'priorityOverride',
    'place.barrio',
    'place.address',
    'units',
    'complaints',
    'outcome',
    'statusNote',
  ] satisfies readonly (keyof Incident | `place.${keyof Incident['place']}`)[],
  setting: ['entry.key', 'entry.effectiveFrom', 'entry.value', 'entry.note'],
  hearing: ['status', 'room', 'judge', 'start', 'end'],
  court_case: ['status', 'number', 'courtId', 'notification.notifiedOn', 'notification.due', 'defence.filedOn', 'settlement.how'],
  notice: ['notification.channel', 'notification.notifiedAt', 'notification.lastDay', 'result.outcome', 'result.at'],
  notice_trial: ['stoppedAt'],
  resource: ['calibratedOn', 'certificate', 'status', 'seats'] satisfies readonly (keyof ResourceRecord)[],
  person: ['name', 'team', 'base', 'qualifications', 'contact', 'active', 'absences'] satisfies readonly (keyof PersonRecord)[],
  team: ['name', 'base', 'coordinators'] satisfies readonly (keyof TeamRecord)[],
} as const satisfies { readonly [E in MutableEntity]: readonly string[] };
export type DiffField = (typeof DIFF_FIELDS)[MutableEntity][number];

export interface FieldDiff {
  readonly field: DiffField;
  /** undefined: that side has no record. */
  readonly mine: unknown;
  readonly theirs: unknown;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a ?? null, b ?? null);
}

const valueOf = (record: SharedRecord | null, path: string): unknown =>
  record === null
    ? undefined
    : path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

/** The fields that differ, in the order the panel lists them. A missing side differs in every field it has. */
export function conflictDiffs(conflict: Pick<Conflict, 'entity' | 'mine' | 'theirs'>): FieldDiff[] {
  const fields: readonly DiffField[] = isMutableEntity(conflict.entity) ? DIFF_FIELDS[conflict.entity] : [];
  const diffs: FieldDiff[] = [];
  for (const field of fields) {
    const mine = valueOf(conflict.mine, field);
    const theirs = valueOf(conflict.theirs, field);
    if (conflict.mine !== null && conflict.theirs !== null && sameValue(mine, theirs)) continue;
    if (mine === undefined && theirs === undefined) continue;
    // With one side missing, fields that are empty on the other say nothing.
    const oneSided = conflict.mine === null || conflict.theirs === null;
    if (oneSided && (conflict.mine === null ? theirs : mine) === null) continue;
    diffs.push({ field, mine, theirs });
  }
  return diffs;
}

/** The operation the conflict is about, as it is best known (mine first: it is what the person wrote). */
export function conflictOperation(conflict: Pick<Conflict, 'entity' | 'mine' | 'theirs'>): Operation | null {
  if (conflict.entity !== 'operation') return null;
  return (conflict.mine ?? conflict.theirs) as Operation | null;
}
