// Runs in: Node. The console's copy of the court's audit chains (cache migration 9): each entry kept as the text
// its hash is taken over and that hash (src/shared/audit/audit-entry.ts), parsed back only to be shown. Entries are
// immutable: a newer version never comes, so "put newer" keeps the first copy of an id. The check reads pages of
// (id, record id, text, hash): a few strings a row, nothing parsed.
import type { Database } from 'better-sqlite3';
import { auditEntryText, parseAuditEntryText, type AuditEntry } from '../../shared/audit/audit-entry.ts';
import { StatementCache } from '../cache/statements.ts';
import { KEEP_LOCAL_CHANGES } from '../records/keep-local-changes.ts';
import type { ChainLink } from './verify-chains.ts';

const PAGE = 5_000;
const INSERT = 'INTO audit_entries (id, record_id, text, hash) VALUES (?, ?, ?, ?)';
const parse = (rows: unknown[]) => (rows as { text: string; hash: string }[]).map((r) => parseAuditEntryText(r.text, r.hash));
/** The ids of one case's chain (`<case>#…`), or of every chain. */
const rangeOf = (caseId?: string) => (caseId ? [`${caseId}#`, `${caseId}$`] : ['', '\uffff']);

export class AuditRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  get(id: string): AuditEntry | null {
    return parse(this.statements.get('SELECT text, hash FROM audit_entries WHERE id = ?').all(id))[0] ?? null;
  }

  /** One case's chain, in order. */
  chain(caseId: string): AuditEntry[] {
    return parse(this.statements.get('SELECT text, hash FROM audit_entries WHERE id > ? AND id < ? ORDER BY id').all(...rangeOf(caseId)));
  }

  /** Every entry (or one case's), chain by chain in order, a page at a time, as the check reads them. */
  *links(caseId?: string): Generator<ChainLink> {
    const [from, to] = rangeOf(caseId);
    const page = this.statements.get(
      `SELECT id, record_id AS recordId, text, hash FROM audit_entries WHERE id > ? AND id < ? ORDER BY id LIMIT ${PAGE}`,
    );
    for (let after = from; ;) {
      const rows = page.all(after, to) as ChainLink[];
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows.at(-1)!.id;
    }
  }

  put(entry: AuditEntry): void {
    this.statements.get(`INSERT OR REPLACE ${INSERT}`).run(entry.id, entry.recordId, auditEntryText(entry), entry.hash);
  }

  /** Entries from the hub: an id already here is kept as it is (entries never change). */
  putNewer(entries: readonly AuditEntry[]): void {
    const insert = this.statements.get(`INSERT OR IGNORE ${INSERT}`);
    for (const entry of entries) insert.run(entry.id, entry.recordId, auditEntryText(entry), entry.hash);
  }

  remove(id: string): void {
    this.statements.get('DELETE FROM audit_entries WHERE id = ?').run(id);
  }

  resetForHub(): void {
    this.statements.get(`DELETE FROM audit_entries WHERE ${KEEP_LOCAL_CHANGES}`).run({ entity: 'audit_entry' });
  }
}
