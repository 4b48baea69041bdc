// Runs in: Node. Accepted telemetry is buffered and written in one transaction per flush (every ~100 ms):
// a transaction per message would cap the hub at a few thousand messages a second.
//
//   flush ─► BEGIN ─► every point → track; newest point per unit → latest position;
//                     a status its device reports → unit version+1 (+ the incident it works, on its timeline)
//                     + change log entries (next seqs)
//         ─► COMMIT ─► changes published (seq order; the unit book follows them) ─► device acks {ok:true}
//
// Changes go out only after they are durable, so a console can never see a seq the log does not hold. A device's
// ack means "stored": it is sent after the commit.
//
// A device repeats its status in every report: only a change of what it reports is a status report, decided like
// a dispatcher's (statusReported: the newest by time wins, and the unit's incident records it either way). The
// first report after the hub started is only a baseline — the hub does not know what the device said before — and
// is applied only over a status nobody set yet or the device itself set, never over a dispatcher's.
import type { Change } from '../../shared/hub-protocol/changes.ts';
import type { Unit, UnitPosition, UnitStatus } from '../../shared/live/units.ts';
import { isRecordEntity, type SharedRecord } from '../../shared/records/registry.ts';
import { statusReported } from '../../shared/records/unit.ts';
import type { HubLog } from '../hub-log.ts';
import { hubContext } from '../mutations/hub-context.ts';
import type { HubStore } from '../store/hub-store.ts';
import { refusal, type Reply } from './socket-requests.ts';

interface Pending {
  readonly position: UnitPosition;
  readonly status: UnitStatus;
  /** The newest report of its unit when it arrived: only such a report may change the unit's status. */
  readonly newest: boolean;
  readonly reply: Reply;
}

interface Written {
  readonly changes: Change[];
  /** The status each unit's device reported last in the batch. */
  readonly reported: ReadonlyMap<string, UnitStatus>;
}

/** Whether a device's first report since the hub started sets its unit's status. */
const baselineApplies = (unit: Unit, status: UnitStatus) => unit.status !== status && unit.statusSource !== 'dispatcher';

export class TelemetryIngest {
  private pending: Pending[] = [];
  /** What each unit's device last reported since the hub started (committed reports only). */
  private readonly deviceStatus = new Map<string, UnitStatus>();

  constructor(
    private readonly store: HubStore,
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
    let written: Written;
    try {
      written = this.store.transaction(() => this.write(batch));
    } catch (err) {
      this.log.error('could not store telemetry', { count: batch.length, err });
      for (const entry of batch) entry.reply(refusal('internal'));
      return;
    }
    for (const [unitId, status] of written.reported) this.deviceStatus.set(unitId, status);
    this.publish(written.changes);
    for (const entry of batch) entry.reply({ ok: true, value: null });
  }

  private write(batch: readonly Pending[]): Written {
    const at = this.now();
    const newestPerUnit = new Map<string, UnitPosition>();
    const changed = new Map<string, Unit>(); // statuses changed earlier in this batch
    const reported = new Map<string, UnitStatus>();
    const changes: Change[] = [];
    const save = (entity: string, record: SharedRecord) => {
      if (!isRecordEntity(entity)) throw new Error(`a status report derived a record of an unknown kind: ${entity}`);
      this.store.records.save(entity, record as never, at);
      changes.push(this.store.changes.append({ at, entity, id: record.id, data: record } as Omit<Change, 'seq'>));
    };
    this.store.positions.addTrackPoints(batch.map((entry) => entry.position));
    for (const { position, status, newest } of batch) {
      if (!newest) continue;
      const { unitId } = position;
      newestPerUnit.set(unitId, position);
      const before = reported.get(unitId) ?? this.deviceStatus.get(unitId);
      reported.set(unitId, status);
      if (before === status) continue;
      // From the store, in this transaction: another hub process on the same database may have just changed it.
      const unit = changed.get(unitId) ?? this.store.records.get('unit', unitId) ?? undefined;
      if (!unit || (before === undefined && !baselineApplies(unit, status))) continue;
      const report = { status, at: position.deviceTime, source: 'device' } as const;
      const { unit: next, derived } = statusReported(unit, report, hubContext(this.store, at, unitId, null));
      save('unit', next);
      for (const record of derived) save(record.entity, record.record as SharedRecord);
      changed.set(unitId, next);
    }
    this.store.positions.saveLatest([...newestPerUnit.values()]);
    return { changes, reported };
  }
}
