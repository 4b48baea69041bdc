// Runs in: Node. The hearing record as it is being typed, one draft per hearing (cache migration 9): saved as the
// clerk types, so a crash or a closed window loses nothing; discarded once the record is with the write path.
import type { Database } from 'better-sqlite3';
import type { CourtDraft } from '../../shared/api/court.ts';
import { StatementCache } from '../cache/statements.ts';

export class DraftsRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  get(hearingId: string): CourtDraft {
    const row = this.statements.get('SELECT draft, saved_at AS savedAt FROM hearing_drafts WHERE hearing_id = ?').get(hearingId) as
      { draft: string; savedAt: number } | undefined;
    return row ? { draft: JSON.parse(row.draft) as Record<string, unknown>, savedAt: row.savedAt } : { draft: null, savedAt: null };
  }

  save(hearingId: string, draft: Readonly<Record<string, unknown>>, savedAt: number): CourtDraft {
    this.statements
      .get('INSERT OR REPLACE INTO hearing_drafts (hearing_id, draft, saved_at) VALUES (?, ?, ?)')
      .run(hearingId, JSON.stringify(draft), savedAt);
    return { draft, savedAt };
  }

  /** Whether there was one. */
  discard(hearingId: string): boolean {
    return this.statements.get('DELETE FROM hearing_drafts WHERE hearing_id = ?').run(hearingId).changes > 0;
  }
}
