// What the conflict inbox compares: the fields in which "Mi versión" (what this console showed before the hub
// refused the change) and "Versión del hub" differ. Values stay raw here; the panel formats them.
import type { Conflict } from '../../shared/sync/conflict.ts';
import type { SharedRecord } from '../../shared/records/registry.ts';
import type { Operation } from '../../shared/operations/types.ts';

export const OPERATION_DIFF_FIELDS = [
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
] as const satisfies readonly (keyof Operation)[];
export const UNIT_DIFF_FIELDS = ['callSign', 'status', 'crew', 'assignment'] as const;
export type OperationDiffField = (typeof OPERATION_DIFF_FIELDS)[number];
export type UnitDiffField = (typeof UNIT_DIFF_FIELDS)[number];

export interface FieldDiff {
  readonly field: OperationDiffField | UnitDiffField;
  /** undefined: that side has no record. */
  readonly mine: unknown;
  readonly theirs: unknown;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  return Object.is(a ?? null, b ?? null);
}

const valueOf = (record: SharedRecord | null, field: string): unknown =>
  record === null ? undefined : (record as unknown as Record<string, unknown>)[field];

/** The fields that differ, in the order the panel lists them. A missing side differs in every field it has. */
export function conflictDiffs(conflict: Pick<Conflict, 'entity' | 'mine' | 'theirs'>): FieldDiff[] {
  const fields = conflict.entity === 'operation' ? OPERATION_DIFF_FIELDS : UNIT_DIFF_FIELDS;
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
