// Runs in: Node. Field devices: which unit a device token reports for.
import type { StatementCache } from '../../core/cache/statements.ts';

export class DevicesRepository {
  constructor(private readonly statements: StatementCache) {}

  add(tokenSha256: Buffer, unitId: string, now: number): void {
    this.statements.get('INSERT INTO devices (token_sha256, unit_id, created_at) VALUES (?, ?, ?)').run(tokenSha256, unitId, now);
  }

  unitFor(tokenSha256: Buffer): string | undefined {
    const row = this.statements.get('SELECT unit_id AS unitId FROM devices WHERE token_sha256 = ?').get(tokenSha256) as
      { unitId: string } | undefined;
    return row?.unitId;
  }
}
