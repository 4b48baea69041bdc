// Runs in: Node. Accepted telemetry is buffered and written in one transaction per flush (every ~100 ms):
// a transaction per message would cap the hub at a few thousand messages a second.
//
//   flush ─► BEGIN ─► every point → track; newest point per unit → latest position;
//                     a newer report with another status → unit version+1 + change log entry (next seq)
//         ─► COMMIT ─► changes published (seq order; the unit book follows them) ─► device acks {ok:true}
//
// Changes go out only after they are durable, so a console can never see a seq the log does not hold. A device's
// ack means "stored": it is sent after the commit.
import type { Change, ChangeOf } from '../../shared/hub-protocol/changes.ts';
import type { Unit, UnitPosition, UnitStatus } from '../../shared/live/units.ts';
import type { HubLog } from '../hub-log.ts';
import type { HubStore } from '../store/hub-store.ts';
import { refusal, type Reply } from './socket-requests.ts';
import type { UnitBook } from './unit-book.ts';

interface Pending {
  readonly position: UnitPosition;
  readonly status: UnitStatus;
  /** The newest report of its unit when it arrived: only such a report may change the unit's status. */
  readonly newest: boolean;
  readonly reply: Reply;
}

export class TelemetryIngest {
  private pending: Pending[] = [];

  constructor(
    private readonly store: HubStore,
    private readonly book: UnitBook,
    private readonly publish: (changes: readonly Change[]) => void,
    private readonly now: () => number,
    private readonly log: HubLog,
  ) {}

  accept(entry: Pending): void {
    this.pending.push(entry);
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    let changes: ChangeOf<'unit'>[];
    try {
      changes = this.store.transaction(() => this.write(batch));
    } catch (err) {
      this.log.error('could not store telemetry', { count: batch.length, err });
      for (const entry of batch) entry.reply(refusal('internal'));
      return;
    }
    this.publish(changes);
    for (const entry of batch) entry.reply({ ok: true, value: null });
  }

  private write(batch: readonly Pending[]): ChangeOf<'unit'>[] {
    const at = this.now();
    const newestPerUnit = new Map<string, UnitPosition>();
    const changed = new Map<string, Unit>(); // statuses changed earlier in this batch
    const changes: ChangeOf<'unit'>[] = [];
    for (const { position, status, newest } of batch) {
      this.store.positions.addTrackPoint(position);
      if (!newest) continue;
      newestPerUnit.set(position.unitId, position);
      const unit = changed.get(position.unitId) ?? this.book.unit(position.unitId);
      if (!unit || unit.status === status) continue;
      const next: Unit = { ...unit, status, version: unit.version + 1 };
      this.store.records.save('unit', next, at);
      changes.push(this.store.changes.append<ChangeOf<'unit'>>({ at, entity: 'unit', id: next.id, data: next }));
      changed.set(next.id, next);
    }
    for (const position of newestPerUnit.values()) this.store.positions.saveLatest(position);
    return changes;
  }
}
