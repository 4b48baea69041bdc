// Runs in: Node. What the hub has decided for each console's mutations: the last client seq per client id and
// the result of every one, so that a replay is answered exactly as the first time.
import type { StatementCache } from '../../core/cache/statements.ts';
import type { PushResult } from '../../shared/hub-protocol/push.ts';

export interface DecidedMutation {
  readonly mutationId: string;
  readonly result: PushResult;
}

export class ClientMutationsRepository {
  constructor(private readonly statements: StatementCache) {}

  lastSeq(clientId: string): number {
    const row = this.statements.get('SELECT last_seq FROM client_cursors WHERE client_id = ?').get(clientId) as
      { last_seq: number } | undefined;
    return row?.last_seq ?? 0;
  }

  decided(clientId: string, clientSeq: number): DecidedMutation | undefined {
    const row = this.statements
      .get('SELECT mutation_id AS mutationId, result FROM client_results WHERE client_id = ? AND client_seq = ?')
      .get(clientId, clientSeq) as { mutationId: string; result: string } | undefined;
    return row && { mutationId: row.mutationId, result: JSON.parse(row.result) as PushResult };
  }

  /** Records the decision on the next seq of `clientId` (the caller checked it is the next one). */
  record(clientId: string, mutationId: string, username: string, result: PushResult, now: number): void {
    this.statements
      .get('INSERT INTO client_results (client_id, client_seq, mutation_id, username, result, decided_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(clientId, result.clientSeq, mutationId, username, JSON.stringify(result), now);
    this.statements
      .get(
        `INSERT INTO client_cursors (client_id, last_seq, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (client_id) DO UPDATE SET last_seq = excluded.last_seq, updated_at = excluded.updated_at`,
      )
      .run(clientId, result.clientSeq, now);
  }
}
