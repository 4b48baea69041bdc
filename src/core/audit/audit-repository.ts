// Runs in: Node. The console's copy of the court's audit chains (cache migration 9). Entries are immutable: a
// newer version never comes, so "put newer" keeps the first copy of an id. The check reads them in pages of raw
// rows: each entry's text as SQLite joins it, and its hash — not an object of fourteen fields, nor an iterator step
// per row (200,000 entries a few times a second: bench court:audit).
import type { Database } from 'better-sqlite3';
import { AUDIT_TEXT_FIELDS, type AuditEntry } from '../../shared/audit/audit-entry.ts';
import { StatementCache } from '../cache/statements.ts';
import { KEEP_LOCAL_CHANGES } from '../records/keep-local-changes.ts';
import type { ChainEntry } from './verify-chains.ts';

type StoredField = (typeof AUDIT_TEXT_FIELDS)[number] | 'hash';
const COLUMN: Readonly<Record<StoredField, string>> = {
  id: 'id',
  caseId: 'case_id',
  n: 'n',
  changeSeq: 'change_seq',
  at: 'at',
  by: 'by',
  clientId: 'client_id',
  entity: 'entity',
  recordId: 'record_id',
  recordVersion: 'record_version',
  action: 'action',
  dataSha256: 'data_sha256',
  prevHash: 'prev_hash',
  hash: 'hash',
};
const FIELDS: readonly StoredField[] = [...AUDIT_TEXT_FIELDS, 'hash'];
const SELECT = `SELECT ${FIELDS.map((f) => `${COLUMN[f]} AS ${f}`).join(', ')} FROM audit_entries`;
/** An entry's text, joined by SQLite (one string per row crosses into JavaScript, not thirteen), and its hash. */
export const TEXT_SELECT = `SELECT ${AUDIT_TEXT_FIELDS.map((f) => `coalesce(${COLUMN[f]}, '')`).join(' || char(10) || ')}, hash FROM audit_entries`;
const INSERT = `INTO audit_entries (${FIELDS.map((f) => COLUMN[f]).join(', ')}) VALUES (${FIELDS.map((f) => `@${f}`).join(', ')})`;
const PAGE = 5_000;
const at = (field: (typeof AUDIT_TEXT_FIELDS)[number]) => AUDIT_TEXT_FIELDS.indexOf(field);
const [ID, CASE, N, ENTITY, RECORD_ID, RECORD_VERSION, DATA, PREV] = (
  ['id', 'caseId', 'n', 'entity', 'recordId', 'recordVersion', 'dataSha256', 'prevHash'] as const
).map(at) as [number, number, number, number, number, number, number, number];

/** A row as the check reads it: the fields it compares, split back out of the entry's text. */
function chainEntry([text, hash]: [string, string]): ChainEntry {
  const f = text.split('\n');
  // One literal of a fixed shape (no spreads): this runs for every entry of every chain.
  return {
    id: f[ID]!,
    caseId: f[CASE]!,
    n: Number(f[N]),
    entity: f[ENTITY]!,
    recordId: f[RECORD_ID]!,
    recordVersion: Number(f[RECORD_VERSION]),
    dataSha256: f[DATA]!,
    prevHash: f[PREV]!,
    hash,
    text,
  };
}

export class AuditRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  get(id: string): AuditEntry | null {
    const row = this.statements.get(`${SELECT} WHERE id = ?`).get(id) as Omit<AuditEntry, 'version'> | undefined;
    return row ? { ...row, version: 1 } : null;
  }

  /** One case's chain, in order. */
  chain(caseId: string): AuditEntry[] {
    const rows = this.statements.get(`${SELECT} WHERE id > ? AND id < ? ORDER BY id`).all(`${caseId}#`, `${caseId}$`);
    return (rows as Omit<AuditEntry, 'version'>[]).map((row) => ({ ...row, version: 1 }));
  }

  /** Every entry (or one case's), chain by chain in order, a page at a time, as the check reads them. */
  *chainEntries(caseId?: string): Generator<ChainEntry> {
    const [from, to] = caseId ? [`${caseId}#`, `${caseId}$`] : ['', '\uffff'];
    const page = this.statements.get(`${TEXT_SELECT} WHERE id > ? AND id < ? ORDER BY id LIMIT ${PAGE}`).raw();
    for (let after = from; ;) {
      const rows = (page.all(after, to) as [string, string][]).map(chainEntry);
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows.at(-1)!.id;
    }
  }

  put(entry: AuditEntry): void {
    this.statements.get(`INSERT OR REPLACE ${INSERT}`).run(entry);
  }

  /** Entries from the hub: an id already here is kept as it is (entries never change). */
  putNewer(entries: readonly AuditEntry[]): void {
    const insert = this.statements.get(`INSERT OR IGNORE ${INSERT}`);
    for (const entry of entries) insert.run(entry);
  }

  remove(id: string): void {
    this.statements.get('DELETE FROM audit_entries WHERE id = ?').run(id);
  }

  resetForHub(): void {
    this.statements.get(`DELETE FROM audit_entries WHERE ${KEEP_LOCAL_CHANGES}`).run({ entity: 'audit_entry' });
  }
}
