// Runs in: Node. The administration log: every change an administrator (or the hub's CLI) made to accounts and
// devices, append-only, read newest first a page at a time. The detail is JSON and never holds a secret.
import type { SqlDb } from './sql/sql-db.ts';
import type { AdminLogEntry } from '../../shared/hub-protocol/admin.ts';

export type NewAdminLogEntry = Omit<AdminLogEntry, 'seq'>;

export class AdminLogRepository {
  constructor(private readonly db: SqlDb) {}

  append(entry: NewAdminLogEntry): void {
    this.db.run(
      'INSERT INTO admin_log (at, "by", action, target, detail) VALUES (?, ?, ?, ?, ?)',
      entry.at,
      entry.by,
      entry.action,
      entry.target,
      JSON.stringify(entry.detail),
    );
  }

  /** Up to `limit` entries before `before` (from the newest without it), newest first. */
  page(before: number | undefined, limit: number): AdminLogEntry[] {
    const rows = this.db.all<Omit<AdminLogEntry, 'detail'> & { detail: string }>(
      'SELECT seq, at, "by", action, target, detail FROM admin_log WHERE seq < ? ORDER BY seq DESC LIMIT ?',
      before ?? Number.MAX_SAFE_INTEGER,
      limit,
    );
    return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as AdminLogEntry['detail'] }));
  }
}
