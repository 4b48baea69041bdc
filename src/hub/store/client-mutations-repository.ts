// Runs in: Node. What the hub has decided for each console's mutations: the last client seq per client id and
// the result of every one, so that a replay is answered exactly as the first time.
import type { SqlDb } from './sql/sql-db.ts';
import type { PushResult } from '../../shared/hub-protocol/push.ts';

export interface DecidedMutation {
  readonly mutationId: string;
  readonly result: PushResult;
}

export class ClientMutationsRepository {
  constructor(private readonly db: SqlDb) {}

  lastSeq(clientId: string): number {
    return this.db.value<number>('SELECT last_seq FROM client_cursors WHERE client_id = ?', clientId) ?? 0;
  }

  decided(clientId: string, clientSeq: number): DecidedMutation | undefined {
    const row = this.db.get<{ mutationId: string; result: string }>(
      'SELECT mutation_id AS "mutationId", result FROM client_results WHERE client_id = ? AND client_seq = ?',
      clientId,
      clientSeq,
    );
    return row && { mutationId: row.mutationId, result: JSON.parse(row.result) as PushResult };
  }

  /** Records the decision on the next seq of `clientId` (the caller checked it is the next one). */
  record(clientId: string, mutationId: string, username: string, result: PushResult, now: number): void {
    this.db.run(
      'INSERT INTO client_results (client_id, client_seq, mutation_id, username, result, decided_at) VALUES (?, ?, ?, ?, ?, ?)',
      clientId,
      result.clientSeq,
      mutationId,
      username,
      JSON.stringify(result),
      now,
    );
    this.db.run(
      `INSERT INTO client_cursors (client_id, last_seq, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (client_id) DO UPDATE SET last_seq = excluded.last_seq, updated_at = excluded.updated_at`,
      clientId,
      result.clientSeq,
      now,
    );
  }
}
