// Runs in: Node. Field devices: which unit a device token reports for, by the token's SHA-256. A revoked device
// stays (administrators see what was paired and when it was revoked) but no longer reports: every lookup of a
// token ignores it.
import type { SqlDb } from './sql/sql-db.ts';

export interface NewDevice {
  readonly id: string;
  readonly tokenSha256: Buffer;
  readonly unitId: string;
  readonly label: string;
  /** The administrator who paired it; null for the demo's and the CLI's. */
  readonly createdBy: string | null;
}

export interface StoredDevice {
  readonly id: string;
  readonly unitId: string;
  readonly label: string;
  readonly createdAt: number;
  readonly createdBy: string | null;
  readonly revokedAt: number | null;
}

/** A device that may report: not revoked. */
export interface LiveDevice {
  readonly id: string;
  readonly unitId: string;
}

const COLUMNS = 'id, unit_id AS "unitId", label, created_at AS "createdAt", created_by AS "createdBy", revoked_at AS "revokedAt"';

export class DevicesRepository {
  constructor(private readonly db: SqlDb) {}

  add(device: NewDevice, now: number): void {
    this.db.run(
      'INSERT INTO devices (id, token_sha256, unit_id, label, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
      device.id,
      device.tokenSha256,
      device.unitId,
      device.label,
      now,
      device.createdBy,
    );
  }

  /** The device of a token, unless it was revoked. */
  live(tokenSha256: Buffer): LiveDevice | undefined {
    return this.db.get<LiveDevice>(
      'SELECT id, unit_id AS "unitId" FROM devices WHERE token_sha256 = ? AND revoked_at IS NULL',
      tokenSha256,
    );
  }

  unitFor(tokenSha256: Buffer): string | undefined {
    return this.live(tokenSha256)?.unitId;
  }

  /** The ids of every device that may report (one query, for a sweep over many connections). */
  liveIds(): Set<string> {
    return new Set(this.db.column<string>('SELECT id FROM devices WHERE revoked_at IS NULL'));
  }

  isLive(id: string): boolean {
    return this.db.get('SELECT 1 FROM devices WHERE id = ? AND revoked_at IS NULL', id) !== undefined;
  }

  byId(id: string): StoredDevice | undefined {
    return this.db.get<StoredDevice>(`SELECT ${COLUMNS} FROM devices WHERE id = ?`, id);
  }

  /** Every device, revoked ones too, oldest first. */
  list(): StoredDevice[] {
    return this.db.all<StoredDevice>(`SELECT ${COLUMNS} FROM devices ORDER BY created_at, id`);
  }

  /** False when there is no such device or it was already revoked. */
  revoke(id: string, now: number): boolean {
    return this.db.run('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', now, id) === 1;
  }
}
