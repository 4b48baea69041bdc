// Runs in: Node. Where a first sync's bulk load stands, kept in the new cache file itself (cache_meta, key
// BULK_STATE_KEY) and written in the same transaction as each page it covers — so that a restart resumes after the
// last record written when it follows the same hub as the same role, and starts over otherwise.
//
//   paging ──every kind's last page written──► build: indexes, address search, facts, cursor S ──► built ──► swap
//
// `seq` stays the snapshot seq of the load's first run: records paged after a restart are at least that new, and the
// change log after it, pulled once the file is in place, brings every record up to date (replays change nothing).
import type { Role } from '../../../shared/auth/roles.ts';
import type { RecordEntity } from '../../../shared/records/registry.ts';
import type { DerivedStructure } from '../../operations/bulk-build.ts';

export const BULK_STATE_KEY = 'bulk_load';

export interface KindProgress {
  readonly entity: RecordEntity;
  /** The last id written (records come in id order); null before the first page. */
  readonly after: string | null;
  readonly received: number;
  readonly complete: boolean;
}

/** What a load is asked to bring: this hub's records of these kinds, as this role. */
export interface BulkTarget {
  readonly hubUrl: string;
  readonly role: Role;
  /** The hub's seq at the snapshot: the cursor the built file gets. */
  readonly seq: number;
  /** The hub's count of each kind at that snapshot (empty from a hub that does not count). */
  readonly counts: Partial<Record<RecordEntity, number>>;
  readonly kinds: readonly RecordEntity[];
}

/** The target of the load's first run (its seq: see above), how far each kind is, and what the build restores. */
export interface BulkState extends Omit<BulkTarget, 'kinds'> {
  readonly kinds: readonly KindProgress[];
  /** The indexes and triggers dropped at the start, rebuilt at the end. */
  readonly derived: readonly DerivedStructure[];
  readonly phase: 'paging' | 'built';
}

/** A load of `state` can go on for `target`: same hub, same role, same kinds. */
export const resumable = (state: BulkState, target: BulkTarget): boolean =>
  state.hubUrl === target.hubUrl && state.role === target.role && state.kinds.map((k) => k.entity).join() === target.kinds.join();

/** The next page to ask for: the first kind not complete, after its last id; null when every kind is. */
export function nextPage(kinds: readonly KindProgress[]): { entity: RecordEntity; after: string | null } | null {
  const kind = kinds.find((k) => !k.complete);
  return kind ? { entity: kind.entity, after: kind.after } : null;
}

/** The kinds after a page of `entity` whose last id is `lastId` (null: empty page) and with `hasMore`. */
export function afterPage(
  kinds: readonly KindProgress[],
  entity: RecordEntity,
  count: number,
  lastId: string | null,
  hasMore: boolean,
): KindProgress[] {
  return kinds.map((k) =>
    k.entity === entity ? { entity, after: lastId ?? k.after, received: k.received + count, complete: !hasMore } : k,
  );
}
