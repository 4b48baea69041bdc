// Runs in: Node. The conflict inbox: refused mutations with both versions, until the person resolves them.
import type { Database } from 'better-sqlite3';
import type { Conflict } from '../../shared/sync/conflict.ts';
import { StatementCache } from '../cache/statements.ts';

interface ConflictRow {
  id: number;
  entity: Conflict['entity'];
  recordId: string;
  reason: Conflict['reason'];
  mutations: string;
  mine: string | null;
  theirs: string | null;
  createdAt: number;
}

const SELECT = `SELECT id, entity, record_id AS recordId, reason, mutations, mine, theirs, created_at AS createdAt FROM conflicts`;
const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));
const toConflict = (row: ConflictRow): Conflict => ({
  ...row,
  mutations: JSON.parse(row.mutations) as Conflict['mutations'],
  mine: parse(row.mine),
  theirs: parse(row.theirs),
});

export class ConflictsRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  add(conflict: Omit<Conflict, 'id'>): number {
    const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
    return this.statements
      .get(
        `INSERT INTO conflicts (entity, record_id, reason, mutations, mine, theirs, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .pluck()
      .get(
        conflict.entity,
        conflict.recordId,
        conflict.reason,
        JSON.stringify(conflict.mutations),
        json(conflict.mine),
        json(conflict.theirs),
        conflict.createdAt,
      ) as number;
  }

  list(): Conflict[] {
    return (this.statements.get(`${SELECT} ORDER BY id`).all() as ConflictRow[]).map(toConflict);
  }

  get(id: number): Conflict | undefined {
    const row = this.statements.get(`${SELECT} WHERE id = ?`).get(id) as ConflictRow | undefined;
    return row && toConflict(row);
  }

  remove(id: number): boolean {
    return this.statements.get('DELETE FROM conflicts WHERE id = ?').run(id).changes > 0;
  }

  /** Ids of the entity's records in the inbox. */
  recordIds(entity: Conflict['entity']): string[] {
    return this.statements.get('SELECT DISTINCT record_id FROM conflicts WHERE entity = ?').pluck().all(entity) as string[];
  }

  count(): number {
    return this.statements.get('SELECT COUNT(*) FROM conflicts').pluck().get() as number;
  }
}
