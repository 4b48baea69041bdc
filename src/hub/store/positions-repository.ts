// Runs in: Node. Where units are: the latest position per unit, and the track history behind it.
import type { TrackPoint } from '../../shared/hub-protocol/tracks.ts';
import type { UnitPosition } from '../../shared/live/units.ts';
import type { StatementCache } from '../../core/cache/statements.ts';

export class PositionsRepository {
  constructor(private readonly statements: StatementCache) {}

  latest(): UnitPosition[] {
    return this.statements
      .get(
        `SELECT unit_id AS unitId, lat, lng, accuracy_m AS accuracyM, speed_kmh AS speedKmh, heading,
                device_time AS deviceTime, received_at AS receivedAt
         FROM unit_positions ORDER BY unit_id`,
      )
      .all() as UnitPosition[];
  }

  /** Keeps the position as the unit's latest unless a newer one (by device time) is already stored. */
  saveLatest(p: UnitPosition): void {
    this.statements
      .get(
        `INSERT INTO unit_positions (unit_id, lat, lng, accuracy_m, speed_kmh, heading, device_time, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (unit_id) DO UPDATE SET lat = excluded.lat, lng = excluded.lng, accuracy_m = excluded.accuracy_m,
           speed_kmh = excluded.speed_kmh, heading = excluded.heading, device_time = excluded.device_time,
           received_at = excluded.received_at
         WHERE excluded.device_time >= unit_positions.device_time`,
      )
      .run(p.unitId, p.lat, p.lng, p.accuracyM, p.speedKmh, p.heading, p.deviceTime, p.receivedAt);
  }

  /** Appends to the unit's track; a repeated (unit, device time) — a resent message — is ignored. */
  addTrackPoint(p: UnitPosition): void {
    this.statements
      .get('INSERT OR IGNORE INTO unit_tracks (unit_id, device_time, lat, lng, speed_kmh, heading) VALUES (?, ?, ?, ?, ?, ?)')
      .run(p.unitId, p.deviceTime, p.lat, p.lng, p.speedKmh, p.heading);
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
    const all = this.statements
      .get(`SELECT ${columns} FROM unit_tracks WHERE unit_id = ? AND device_time BETWEEN ? AND ? ORDER BY device_time LIMIT ?`)
      .all(unitId, from, to, maxPoints + 1) as TrackPoint[];
    if (all.length <= maxPoints) return all;

    const firstIn = this.statements.get(
      `SELECT ${columns} FROM unit_tracks WHERE unit_id = ? AND device_time >= ? AND device_time < ? ORDER BY device_time LIMIT 1`,
    );
    const slices = maxPoints - 1;
    const points: TrackPoint[] = [];
    for (let i = 0; i < slices; i++) {
      const start = from + Math.floor(((to - from) * i) / slices);
      const end = i === slices - 1 ? to : from + Math.floor(((to - from) * (i + 1)) / slices);
      const point = firstIn.get(unitId, start, end) as TrackPoint | undefined;
      if (point) points.push(point);
    }
    const last = this.statements
      .get(`SELECT ${columns} FROM unit_tracks WHERE unit_id = ? AND device_time BETWEEN ? AND ? ORDER BY device_time DESC LIMIT 1`)
      .get(unitId, from, to) as TrackPoint | undefined;
    if (last && points.at(-1)?.t !== last.t) points.push(last);
    return points;
  }

  /**
   * Deletes track points older than `cutoff` (device time). Driven unit by unit so that each delete is a range
   * of the (unit, device time) key instead of a scan of the whole table.
   */
  pruneTracks(cutoff: number): number {
    return this.statements
      .get(`DELETE FROM unit_tracks WHERE unit_id IN (SELECT id FROM records WHERE entity = 'unit') AND device_time < ?`)
      .run(cutoff).changes;
  }
}
