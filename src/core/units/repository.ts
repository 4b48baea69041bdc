// Runs in: Node. The console's copy of units and their latest positions, and the sync cursor.
import type { Database } from 'better-sqlite3';
import type { UnitRow } from '../../shared/live/unit-row.ts';
import type { Unit, UnitPosition } from '../../shared/live/units.ts';
import { StatementCache } from '../cache/statements.ts';
import { KEEP_LOCAL_CHANGES } from '../records/keep-local-changes.ts';

const UNIT_COLUMNS = `u.id, u.call_sign AS callSign, u.kind, u.crew, u.status, u.status_at AS statusAt, u.status_source AS statusSource,
    u.task_kind AS taskKind, u.task_id AS taskId, u.silence_ack AS silenceAck, u.version`;

const ROWS = `SELECT ${UNIT_COLUMNS},
    p.lat, p.lng, p.accuracy_m AS accuracyM, p.speed_kmh AS speedKmh, p.heading, p.device_time AS deviceTime,
    p.received_at AS receivedAt
  FROM units AS u LEFT JOIN unit_positions AS p ON p.unit_id = u.id`;

const WRITTEN_COLUMNS = '(id, call_sign, kind, crew, status, status_at, status_source, task_kind, task_id, silence_ack, version)';
const WRITTEN_VALUES = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** A unit as its row stores it: the task as two columns (Despacho joins an operation by id), JSON for the rest. */
type UnitColumns = Omit<Unit, 'crew' | 'task' | 'silenceAck'> & {
  crew: string;
  taskKind: NonNullable<Unit['task']>['kind'] | null;
  taskId: string | null;
  silenceAck: string | null;
};
type RowRecord = UnitColumns & Partial<Omit<UnitPosition, 'unitId'>>;

const toUnit = ({ crew, taskKind, taskId, silenceAck, ...unit }: UnitColumns): Unit => ({
  ...unit,
  crew: JSON.parse(crew) as string[],
  task: taskKind && taskId !== null ? { kind: taskKind, id: taskId } : null,
  silenceAck: silenceAck === null ? null : (JSON.parse(silenceAck) as Unit['silenceAck']),
});

const columnsOf = (u: Unit) => [
  u.id,
  u.callSign,
  u.kind,
  JSON.stringify(u.crew),
  u.status,
  u.statusAt,
  u.statusSource,
  u.task?.kind ?? null,
  u.task?.id ?? null,
  u.silenceAck && JSON.stringify(u.silenceAck),
  u.version,
];

function toUnitRow({ lat, lng, accuracyM, speedKmh, heading, deviceTime, receivedAt, ...unit }: RowRecord): UnitRow {
  const position =
    lat === undefined || lat === null
      ? null
      : {
          unitId: unit.id,
          lat,
          lng: lng!,
          accuracyM: accuracyM!,
          speedKmh: speedKmh!,
          heading: heading!,
          deviceTime: deviceTime!,
          receivedAt: receivedAt!,
        };
  return { ...toUnit(unit), position };
}

export interface SyncCursor {
  readonly hubUrl: string;
  readonly lastSeq: number;
  readonly dataAsOf: number | null;
}

export class UnitsRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  list(): UnitRow[] {
    return (this.statements.get(`${ROWS} ORDER BY u.call_sign`).all() as RowRecord[]).map(toUnitRow);
  }

  rows(ids: readonly string[]): UnitRow[] {
    if (!ids.length) return [];
    const sql = `${ROWS} WHERE u.id IN (SELECT value FROM json_each(?))`;
    return (this.statements.get(sql).all(JSON.stringify(ids)) as RowRecord[]).map(toUnitRow);
  }

  /** Applies records from the hub; an older version never overwrites a newer one (replays are harmless). */
  upsertUnits(units: Iterable<Unit>): void {
    const upsert = this.statements.get(`INSERT INTO units ${WRITTEN_COLUMNS} VALUES ${WRITTEN_VALUES}
      ON CONFLICT (id) DO UPDATE SET call_sign = excluded.call_sign, kind = excluded.kind, crew = excluded.crew,
        status = excluded.status, status_at = excluded.status_at, status_source = excluded.status_source,
        task_kind = excluded.task_kind, task_id = excluded.task_id, silence_ack = excluded.silence_ack, version = excluded.version
      WHERE excluded.version >= units.version`);
    for (const u of units) upsert.run(columnsOf(u));
  }

  get(id: string): Unit | null {
    const row = this.statements.get(`SELECT ${UNIT_COLUMNS} FROM units AS u WHERE u.id = ?`).get(id) as UnitColumns | undefined;
    return row ? toUnit(row) : null;
  }

  /** Writes a record as it is (the write path's own versions, which may go back on a rollback). */
  put(u: Unit): void {
    this.statements.get(`INSERT OR REPLACE INTO units ${WRITTEN_COLUMNS} VALUES ${WRITTEN_VALUES}`).run(columnsOf(u));
  }

  remove(id: string): void {
    this.statements.get('DELETE FROM units WHERE id = ?').run(id);
  }

  /** Keeps the newest position per unit (by device time). */
  upsertPositions(positions: Iterable<UnitPosition>): void {
    const upsert = this.statements.get(`INSERT INTO unit_positions
        (unit_id, lat, lng, accuracy_m, speed_kmh, heading, device_time, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (unit_id) DO UPDATE SET lat = excluded.lat, lng = excluded.lng, accuracy_m = excluded.accuracy_m,
        speed_kmh = excluded.speed_kmh, heading = excluded.heading, device_time = excluded.device_time,
        received_at = excluded.received_at
      WHERE excluded.device_time >= unit_positions.device_time`);
    for (const p of positions) upsert.run(p.unitId, p.lat, p.lng, p.accuracyM, p.speedKmh, p.heading, p.deviceTime, p.receivedAt);
  }

  cursor(): SyncCursor | undefined {
    return this.statements.get('SELECT hub_url AS hubUrl, last_seq AS lastSeq, data_as_of AS dataAsOf FROM hub_sync WHERE id = 1').get() as
      SyncCursor | undefined;
  }

  saveCursor(cursor: SyncCursor): void {
    this.statements
      .get(
        `INSERT INTO hub_sync (id, hub_url, last_seq, data_as_of) VALUES (1, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET hub_url = excluded.hub_url, last_seq = excluded.last_seq, data_as_of = excluded.data_as_of`,
      )
      .run(cursor.hubUrl, cursor.lastSeq, cursor.dataAsOf);
  }

  /** Following a different hub: its units replace these (but for those with local changes), its positions all of these. */
  resetForHub(): void {
    this.statements.get(`DELETE FROM units WHERE ${KEEP_LOCAL_CHANGES}`).run({ entity: 'unit' });
    this.statements.get('DELETE FROM unit_positions').run();
  }
}
