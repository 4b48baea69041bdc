// Runs in: Node. The units and their latest positions as the recommendation weighs them, kept in memory between
// reads: ranking 2,000 live units for an incident must take a few milliseconds, and reading them back from SQLite
// alone costs that much (bench/dispatch-recommend.ts). The mirror follows the core's own events — every unit
// change and every position batch is announced as 'units.changed' with its rows after its transaction — and
// reads the cache again whenever it cannot be sure: a different cache (rebuilt, another data folder), every unit
// replaced at once ('records.changed' with no ids: a first sync, another hub), the signed-in person changing.
import type { EventPayload } from '../../shared/api/contract.ts';
import type { EventName } from '../../shared/api/names.ts';
import type { UnitRow } from '../../shared/live/unit-row.ts';
import type { Cache } from '../cache/cache.ts';
import type { CandidateRow } from './dispatch-repository.ts';

const rowOf = ({ id, callSign, kind, status, task, position }: UnitRow): CandidateRow => [
  id,
  callSign,
  kind,
  status,
  task?.kind ?? null,
  task?.id ?? null,
  position?.lat ?? null,
  position?.lng ?? null,
  position?.receivedAt ?? null,
];

export class UnitMirror {
  /** The cache the rows were read from; null: read again at the next use. */
  private source: Cache | null = null;
  private rows = new Map<string, CandidateRow>();
  private list: CandidateRow[] | null = null;

  observe<E extends EventName>(event: E, payload: EventPayload<E>): void {
    if (event === 'units.changed') {
      if (this.source === null) return;
      for (const unit of (payload as EventPayload<'units.changed'>).units) this.rows.set(unit.id, rowOf(unit));
      this.list = null;
    } else if (
      event === 'session.changed' ||
      (event === 'records.changed' && this.replacesUnits(payload as EventPayload<'records.changed'>))
    ) {
      this.source = null;
    }
  }

  /** Every unit of `cache` with its latest position. */
  units(cache: Cache): readonly CandidateRow[] {
    if (this.source !== cache) {
      this.rows = new Map(cache.dispatch.candidateUnits().map((row) => [row[0], row]));
      this.source = cache;
      this.list = null;
    }
    return (this.list ??= [...this.rows.values()]);
  }

  private replacesUnits({ entity, ids }: EventPayload<'records.changed'>): boolean {
    return entity === 'unit' && ids === null;
  }
}
