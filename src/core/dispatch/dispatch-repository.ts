// Runs in: Node. What Despacho reads of the cache: incidents out of the generic records table through the partial
// index on when they closed (cache migration 10: null while open), so a desk that has kept a year of incidents
// reads only the open ones and the last hours' — INDEXED BY, because without statistics the planner prefers the
// primary key and would read every incident; and units with their latest position, one query for all of them, for
// the recommendation and the alerts, as arrays with only the columns those need (no crew, no JSON but a silence).
import type { Database } from 'better-sqlite3';
import type { Unit, UnitKind, UnitStatus } from '../../shared/live/units.ts';
import type { OperationStatus } from '../../shared/operations/codes.ts';
import type { Incident } from '../../shared/records/incident-schema.ts';
import { StatementCache } from '../cache/statements.ts';

const INCIDENTS = `SELECT data FROM records INDEXED BY records_incident_closed_at WHERE entity = 'incident'`;
const OPEN = `json_extract(data, '$.closedAt') IS NULL`;

/** A unit as the recommendation weighs it: [id, call sign, kind, status, task kind, task id, lat, lng, receivedAt]. */
export type CandidateRow = [
  id: string,
  callSign: string,
  kind: UnitKind,
  status: UnitStatus,
  taskKind: 'incident' | 'operation' | null,
  taskId: string | null,
  lat: number | null,
  lng: number | null,
  receivedAt: number | null,
];

/** The units open incidents list; the operations units are kept for. (The units themselves: candidateUnits().) */
export interface Candidates {
  readonly onOpenIncidents: ReadonlySet<string>;
  readonly operations: ReadonlyMap<string, { readonly status: OperationStatus; readonly plannedStart: number }>;
}

// Three statements, each its cheapest form (measured on 2,000 units: joining the other two into the first cost
// more than running them apart): the units and positions as arrays; the units of open incidents straight from the
// index, which holds each incident's `units` beside its closedAt (the incidents themselves are not parsed); and only
// the operations some unit is kept for.
const CANDIDATES = `SELECT u.id, u.call_sign, u.kind, u.status, u.task_kind, u.task_id, p.lat, p.lng, p.received_at
  FROM units AS u LEFT JOIN unit_positions AS p ON p.unit_id = u.id`;
const ON_OPEN_INCIDENTS = `SELECT DISTINCT j.value FROM records AS r INDEXED BY records_incident_closed_at,
    json_each(json_extract(r.data, '$.units')) AS j
  WHERE r.entity = 'incident' AND json_extract(r.data, '$.closedAt') IS NULL`;
const TASK_OPERATIONS = `SELECT id, status, planned_start FROM operations
  WHERE id IN (SELECT task_id FROM units WHERE task_kind = 'operation')`;

/** A unit as the alerts watch it: its silence acknowledgement and when the hub last heard from it. */
export interface SilenceRow {
  readonly unit: Pick<Unit, 'id' | 'status' | 'silenceAck'>;
  readonly callSign: string;
  readonly lastSeenAt: number | null;
}

const parse = (rows: unknown[]) => (rows as string[]).map((data) => JSON.parse(data) as Incident);

export class DispatchRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  /** Incidents not closed, cancelled or referred. */
  openIncidents(): Incident[] {
    return parse(this.statements.get(`${INCIDENTS} AND ${OPEN}`).pluck().all());
  }

  /** Incidents that ended (closed, cancelled, referred) at or after `since`. */
  endedSince(since: number): Incident[] {
    return parse(this.statements.get(`${INCIDENTS} AND json_extract(data, '$.closedAt') >= ?`).pluck().all(since));
  }

  /** Every unit with its latest position (kept in memory by UnitMirror between reads). */
  candidateUnits(): CandidateRow[] {
    return this.statements.get(CANDIDATES).raw().all() as CandidateRow[];
  }

  candidates(): Candidates {
    const operations = this.statements.get(TASK_OPERATIONS).raw().all() as [string, OperationStatus, number][];
    return {
      onOpenIncidents: new Set(this.statements.get(ON_OPEN_INCIDENTS).pluck().all() as string[]),
      operations: new Map(operations.map(([id, status, plannedStart]) => [id, { status, plannedStart }])),
    };
  }

  silences(): SilenceRow[] {
    const rows = this.statements
      .get(
        `SELECT u.id, u.call_sign, u.status, u.silence_ack, p.received_at
         FROM units AS u LEFT JOIN unit_positions AS p ON p.unit_id = u.id`,
      )
      .raw()
      .all() as [string, string, UnitStatus, string | null, number | null][];
    return rows.map(([id, callSign, status, ack, lastSeenAt]) => ({
      unit: { id, status, silenceAck: ack === null ? null : (JSON.parse(ack) as Unit['silenceAck']) },
      callSign,
      lastSeenAt,
    }));
  }

  /** Call signs of these units, by id (units this cache lacks are left out). */
  callSigns(ids: readonly string[]): Map<string, string> {
    if (!ids.length) return new Map();
    const rows = this.statements
      .get('SELECT id, call_sign FROM units WHERE id IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(ids)) as [string, string][];
    return new Map(rows);
  }
}
