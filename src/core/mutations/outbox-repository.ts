// Runs in: Node. The outbox: mutations made here that the hub has not decided yet, in client-seq order.
import type { Database } from 'better-sqlite3';
import type { Mutation } from '../../shared/records/mutations.ts';
import type { MutationEnvelope } from '../../shared/hub-protocol/push.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import { StatementCache } from '../cache/statements.ts';

export interface OutboxEntry extends MutationEnvelope {
  readonly entity: RecordEntity;
  readonly recordId: string;
  readonly author: string | null;
}

const LIVE = 'withdrawn = 0';

interface OutboxRow {
  clientSeq: number;
  mutationId: string;
  entity: RecordEntity;
  recordId: string;
  baseVersion: number;
  mutation: string;
  author: string | null;
  madeAt: number;
  withdrawn: 0 | 1;
}

const SELECT = `SELECT client_seq AS clientSeq, mutation_id AS mutationId, entity, record_id AS recordId,
  base_version AS baseVersion, mutation, author, made_at AS madeAt, withdrawn FROM outbox`;

const toEntry = ({ mutation, withdrawn, ...row }: OutboxRow): OutboxEntry => ({
  ...row,
  mutation: JSON.parse(mutation) as Mutation,
  ...(withdrawn ? { withdrawn: true } : {}),
});

export class OutboxRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  /** Appends and returns the entry's client seq. */
  append(entry: Omit<OutboxEntry, 'clientSeq'>): number {
    return this.statements
      .get(
        `INSERT INTO outbox (mutation_id, entity, record_id, base_version, mutation, author, made_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING client_seq`,
      )
      .pluck()
      .get(
        entry.mutationId,
        entry.entity,
        entry.recordId,
        entry.baseVersion,
        JSON.stringify(entry.mutation),
        entry.author,
        entry.madeAt,
      ) as number;
  }

  /** The oldest entries, at most `limit`. */
  head(limit: number): OutboxEntry[] {
    return (this.statements.get(`${SELECT} ORDER BY client_seq LIMIT ?`).all(limit) as OutboxRow[]).map(toEntry);
  }

  get(clientSeq: number): OutboxEntry | undefined {
    const row = this.statements.get(`${SELECT} WHERE client_seq = ?`).get(clientSeq) as OutboxRow | undefined;
    return row && toEntry(row);
  }

  /** The record's mutations still in effect (not withdrawn), oldest first. */
  pendingFor(entity: string, recordId: string): OutboxEntry[] {
    const sql = `${SELECT} WHERE entity = ? AND record_id = ? AND ${LIVE} ORDER BY client_seq`;
    return (this.statements.get(sql).all(entity, recordId) as OutboxRow[]).map(toEntry);
  }

  /** Ids of the entity's records with mutations still in effect. */
  pendingIds(entity: string): string[] {
    return this.statements.get(`SELECT DISTINCT record_id FROM outbox WHERE entity = ? AND ${LIVE}`).pluck().all(entity) as string[];
  }

  hasPending(entity: string, recordId: string): boolean {
    return !!this.statements.get(`SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? AND ${LIVE} LIMIT 1`).get(entity, recordId);
  }

  /** Rolled back: kept so that the hub still sees every client seq, but no longer in effect. */
  withdraw(clientSeq: number): void {
    this.statements.get('UPDATE outbox SET withdrawn = 1 WHERE client_seq = ?').run(clientSeq);
  }

  remove(clientSeq: number): boolean {
    return this.statements.get('DELETE FROM outbox WHERE client_seq = ?').run(clientSeq).changes > 0;
  }

  /** Mutations still in effect and waiting for the hub (what "n cambios sin sincronizar" counts). */
  count(): number {
    return this.statements.get('SELECT pending FROM outbox_count').pluck().get() as number;
  }
}
