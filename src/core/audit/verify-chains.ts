// Runs in: Node. Checks the court's audit chains (src/shared/audit/audit-entry.ts), wherever they are kept — a
// console's cache or the hub's store — and names the first broken entry of each broken chain:
//
//   for each chain, entry by entry in id order (n = 1, 2, …):
//     n is not the next number              → out_of_order  (an entry deleted, inserted or renumbered)
//     hash ≠ sha256(text of the entry)      → modified      (an entry edited in place)
//     prevHash ≠ the hash of the entry before → broken_link (an entry deleted, inserted or swapped, hashes redone)
//   then, for each record the chain names, its last entry:
//     the record is at that version but hashes otherwise, or is further on with no local change to explain it
//                                           → data          (a record edited, or its last entry deleted)
import type { AuditBreak, AuditProblem, AuditReport } from '../../shared/api/court.ts';
import { auditEntryText, GENESIS, type AuditEntry } from '../../shared/audit/audit-entry.ts';
import { recordSha256, sha256Hex } from './hash.ts';

/** An entry as the check reads it: the fields it compares, and the text its hash is taken over. */
export type ChainEntry = Pick<
  AuditEntry,
  'id' | 'caseId' | 'n' | 'entity' | 'recordId' | 'recordVersion' | 'dataSha256' | 'prevHash' | 'hash'
> & {
  readonly text: string;
};

export const chainEntryOf = (entry: AuditEntry): ChainEntry => ({ ...entry, text: auditEntryText(entry) });

export interface ChainRecords {
  /** The record as kept beside the chain: its version and its JSON text (null: not kept here). */
  stored(entity: string, id: string): { readonly version: number; readonly json: string } | null;
  /** Whether a later version is this console's own change, not yet with the hub (never at the hub). */
  isLocal(entity: string, id: string): boolean;
}

/** One chain as it is read: where it stands, and the last entry naming each record. */
class ChainCheck {
  private expected = 1;
  private prevHash = GENESIS;
  private readonly last = new Map<string, ChainEntry>();
  broken: AuditBreak | null = null;

  constructor(readonly caseId: string) {}

  add(entry: ChainEntry): void {
    if (this.broken) return;
    const problem = this.problemOf(entry);
    if (problem) this.broken = { caseId: this.caseId, n: entry.n, entryId: entry.id, problem };
    this.expected = entry.n + 1;
    this.prevHash = entry.hash;
    // Keyed by id alone: the audited kinds' ids cannot meet (a case's is a UUID, a hearing's its slot).
    this.last.set(entry.recordId, entry);
  }

  private problemOf(entry: ChainEntry): AuditProblem | null {
    if (entry.n !== this.expected || entry.caseId !== this.caseId) return 'out_of_order';
    if (sha256Hex(entry.text) !== entry.hash) return 'modified';
    return entry.prevHash === this.prevHash ? null : 'broken_link';
  }

  /** The data check, once the chain is read. */
  finish(records: ChainRecords): AuditBreak | null {
    if (this.broken) return this.broken;
    for (const entry of this.last.values()) {
      const record = records.stored(entry.entity, entry.recordId);
      if (!record || !this.differs(entry, record, records)) continue;
      if (!this.broken || entry.n < this.broken.n) this.broken = { caseId: this.caseId, n: entry.n, entryId: entry.id, problem: 'data' };
    }
    return this.broken;
  }

  private differs(entry: ChainEntry, record: { readonly version: number; readonly json: string }, records: ChainRecords): boolean {
    // The console stores records as canonical JSON: its text is what was hashed. Other text is parsed first.
    if (record.version === entry.recordVersion)
      return sha256Hex(record.json) !== entry.dataSha256 && recordSha256(JSON.parse(record.json)) !== entry.dataSha256;
    return record.version < entry.recordVersion || !records.isLocal(entry.entity, entry.recordId);
  }
}

/** The case an entry's id puts it in (`<case uuid>#<n>`): the chain it is read in, whatever its fields say. */
const chainOf = (id: string) => id.slice(0, 36);

/** Entries chain by chain, each chain in order (ids sort so: `<case>#<n>`). */
export function verifyChains(entries: Iterable<ChainEntry>, records: ChainRecords): AuditReport {
  const broken: AuditBreak[] = [];
  let chains = 0;
  let count = 0;
  let chain = null as ChainCheck | null;
  const close = () => {
    const found = chain?.finish(records);
    if (found) broken.push(found);
  };
  for (const entry of entries) {
    if (chain === null || !entry.id.startsWith(chain.caseId)) {
      close();
      chain = new ChainCheck(chainOf(entry.id));
      chains++;
    }
    chain.add(entry);
    count++;
  }
  close();
  return { chains, entries: count, broken };
}
