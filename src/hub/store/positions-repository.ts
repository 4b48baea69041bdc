// Runs in: Node. Where units are: the latest position per unit, and the track history behind it.
import type { TrackPoint } from '../../shared/hub-protocol/tracks.ts';
import type { UnitPosition } from '../../shared/live/units.ts';
import { jsonRows } from './sql/dialect.ts';
import type { SqlDb } from './sql/sql-db.ts';

const TRACK_COLUMNS = [
  ['unit_id', 'TEXT'],
  ['device_time', 'BIGINT'],
  ['lat', 'DOUBLE PRECISION'],
  ['lng', 'DOUBLE PRECISION'],
  ['speed_kmh', 'DOUBLE PRECISION'],
  ['heading', 'DOUBLE PRECISION'],
] as const;
const LATEST_COLUMNS = [...TRACK_COLUMNS, ['accuracy_m', 'DOUBLE PRECISION'], ['received_at', 'BIGINT']] as const;

const trackRow = (p: UnitPosition) => ({
  unit_id: p.unitId,
  device_time: p.deviceTime,
  lat: p.lat,
  lng: p.lng,
  speed_kmh: p.speedKmh,
  heading: p.heading,
});

// Telemetry is written a flush at a time (live/telemetry-ingest.ts): each of its writes is one statement over a JSON
// array of rows (sql/dialect.ts jsonRows).
export class PositionsRepository {
  constructor(private readonly db: SqlDb) {}

  latest(): UnitPosition[] {
    return this.db.all<UnitPosition>(
      `SELECT unit_id AS "unitId", lat, lng, accuracy_m AS "accuracyM", speed_kmh AS "speedKmh", heading,
              device_time AS "deviceTime", received_at AS "receivedAt"
       FROM unit_positions ORDER BY unit_id`,
    );
  }

  /** Keeps each position as its unit's latest unless a newer one (by device time) is already stored; one per unit. */
  saveLatest(positions: readonly UnitPosition[]): void {
    if (positions.length === 0) return;
    const rows = positions.map((p) => ({ ...trackRow(p), accuracy_m: p.accuracyM, received_at: p.receivedAt }));
    this.db.run(
      `INSERT INTO unit_positions (unit_id, lat, lng, accuracy_m, speed_kmh, heading, device_time, received_at)
       SELECT unit_id, lat, lng, accuracy_m, speed_kmh, heading, device_time, received_at
       FROM ${jsonRows(this.db.dialect, LATEST_COLUMNS)} AS r WHERE true
       ON CONFLICT (unit_id) DO UPDATE SET lat = excluded.lat, lng = excluded.lng, accuracy_m = excluded.accuracy_m,
         speed_kmh = excluded.speed_kmh, heading = excluded.heading, device_time = excluded.device_time,
         received_at = excluded.received_at
       WHERE excluded.device_time >= unit_positions.device_time`,
      JSON.stringify(rows),
    );
  }

  /** Appends to the units' tracks; a repeated (unit, device time) — a resent message — is ignored. */
  addTrackPoints(positions: readonly UnitPosition[]): void {
    if (positions.length === 0) return;
    this.db.run(
      `INSERT INTO unit_tracks (unit_id, device_time, lat, lng, speed_kmh, heading)
       SELECT unit_id, device_time, lat, lng, speed_kmh, heading FROM ${jsonRows(this.db.dialect, TRACK_COLUMNS)} AS r WHERE true
       ON CONFLICT DO NOTHING`,
      JSON.stringify(positions.map(trackRow)),
    );
  }

  /**
   * The unit's track between `from` and `to` (device time, both included), in time order, at most `maxPoints`
   * (≥ 2) points. Up to that many points in the window they are all returned; beyond it the window is cut into
   * maxPoints − 1 equal time slices, each giving its first point, and the window's last point is appended so the
   * replay ends where the unit really was. Every read is a seek on the (unit, device time) key: a 24 h window of
   * a 4 Hz device costs ~2,000 seeks, not a scan of its 345,600 points.
   */
  track(unitId: string, from: number, to: number, maxPoints: number): TrackPoint[] {
    const columns = 'device_time AS t, lat, lng, speed_kmh AS speed, heading';
    const all = this.db.all<TrackPoint>(
      `SELECT ${columns} FROM unit_tracks WHERE unit_id = ? AND device_time BETWEEN ? AND ? ORDER BY device_time LIMIT ?`,
      unitId,
      from,
      to,
      maxPoints + 1,
    );
    if (all.length <= maxPoints) return all;

    const firstIn = `SELECT ${columns} FROM unit_tracks WHERE unit_id = ? AND device_time >= ? AND device_time < ? ORDER BY device_time LIMIT 1`;
    const slices = maxPoints - 1;
    const points: TrackPoint[] = [];
    for (let i = 0; i < slices; i++) {
      const start = from + Math.floor(((to - from) * i) / slices);
      const end = i === slices - 1 ? to : from + Math.floor(((to - from) * (i + 1)) / slices);
      const point = this.db.get<TrackPoint>(firstIn, unitId, start, end);
      if (point) points.push(point);
    }
    const last = this.db.get<TrackPoint>(
      `SELECT ${columns} FROM unit_tracks WHERE unit_id = ? AND device_time BETWEEN ? AND ? ORDER BY device_time DESC LIMIT 1`,
      unitId,
      from,
      to,
    );
    if (last && points.at(-1)?.t !== last.t) points.push(last);
    return points;
  }

  /**
   * Deletes track points older than `cutoff` (device time). Driven unit by unit so that each delete is a range
   * of the (unit, device time) key instead of a scan of the whole table.
   */
  pruneTracks(cutoff: number): number {
    return this.db.run(
      `DELETE FROM unit_tracks WHERE unit_id IN (SELECT id FROM records WHERE entity = 'unit') AND device_time < ?`,
      cutoff,
    );
  }
}
