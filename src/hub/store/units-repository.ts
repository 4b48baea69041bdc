// Runs in: Node. The units' shared records. Versions are decided by the caller (the change log's writer).
import type { Unit } from '../../shared/live/units.ts';
import type { StatementCache } from '../../core/cache/statements.ts';

interface UnitRow extends Omit<Unit, 'crew'> {
  crew: string;
}

export class UnitsRepository {
  constructor(private readonly statements: StatementCache) {}

  count(): number {
    return (this.statements.get('SELECT COUNT(*) AS n FROM units').get() as { n: number }).n;
  }

  all(): Unit[] {
    const rows = this.statements
      .get('SELECT id, call_sign AS callSign, kind, crew, status, assignment, version FROM units ORDER BY id')
      .all() as UnitRow[];
    return rows.map((row) => ({ ...row, crew: JSON.parse(row.crew) as string[] }));
  }

  save(unit: Unit, now: number): void {
    this.statements
      .get(
        `INSERT INTO units (id, call_sign, kind, crew, status, assignment, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET call_sign = excluded.call_sign, kind = excluded.kind, crew = excluded.crew,
           status = excluded.status, assignment = excluded.assignment, version = excluded.version, updated_at = excluded.updated_at`,
      )
      .run(unit.id, unit.callSign, unit.kind, JSON.stringify(unit.crew), unit.status, unit.assignment, unit.version, now);
  }
}
