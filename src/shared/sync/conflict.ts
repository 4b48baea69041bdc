// A mutation the hub refused, as the conflict inbox shows it: what this console wanted (mine), what the hub
// has (theirs) and why. Resolving: keep mine (sent again on top of theirs), take theirs, or edit.
import type { RefusalReason } from '../records/refusals.ts';
import type { Mutation } from '../records/mutations.ts';
import type { RecordEntity, SharedRecord } from '../records/registry.ts';

export interface Conflict {
  readonly id: number;
  readonly entity: RecordEntity;
  readonly recordId: string;
  readonly reason: RefusalReason;
  /** The refused mutation and the ones after it on the same record, which were rolled back with it. */
  readonly mutations: readonly Mutation[];
  /** The record as this console showed it before the rollback (null: it did not exist). */
  readonly mine: SharedRecord | null;
  /** The record as the hub has it (null: the hub does not have it). */
  readonly theirs: SharedRecord | null;
  readonly createdAt: number;
}
