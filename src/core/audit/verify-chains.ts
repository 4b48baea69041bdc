// Runs in: Node. Checks the court's audit chains (src/shared/audit/audit-entry.ts), wherever they are kept — a
// console's cache or the hub's store — and names the first broken entry of each broken chain:
//
//   for each chain, entry by entry in id order (`<case>#<n>`, n = 1, 2, …):
//     n is not the next number                  → out_of_order  (an entry deleted, inserted or renumbered)
//     its text is not its id's, or hash ≠ sha256(text)
//                                               → modified      (an entry edited in place)
//     its previous hash ≠ the entry before's    → broken_link   (an entry rewritten with its hash redone)
//   then, for each record the chains name, its last entry:
//     the record is at that version but hashes otherwise, or is further on with no local change to explain it
//                                               → data          (a record edited, or its last entry deleted)
//
// The entry pass reads each entry's id, text and hash and nothing else — n from the id, the previous hash from the
// text's last line — so that it costs little more than the hashing (bench court:audit).
import type { AuditBreak, AuditProblem, AuditReport } from '../../shared/api/court.ts';
import { auditEntryText, GENESIS, parseAuditEntryText, type AuditEntry } from '../../shared/audit/audit-entry.ts';
import { recordSha256, sha256Hex } from './hash.ts';

/** An entry as the entry pass reads it (the record id only to find each record's last entry). */
export interface ChainLink {
  readonly id: string;
  readonly recordId: string;
  readonly text: string;
  readonly hash: string;
}

export const chainLinkOf = (entry: AuditEntry): ChainLink => ({
  id: entry.id,
  recordId: entry.recordId,
  text: auditEntryText(entry),
  hash: entry.hash,
});

export interface ChainSource {
  /** Every entry to check, chain by chain, each chain in id order. */
  links(): Iterable<ChainLink>;
  /** The record as kept beside the chain: its version and its JSON text (null: not kept here). */
  stored(entity: string, id: string): { readonly version: number; readonly json: string } | null;
  /** Whether a later version is this console's own change, not yet with the hub (never at the hub). */
  isLocal(entity: string, id: string): boolean;
}

/** The case an entry's id puts it in (`<case uuid>#<n>`), and its number there — whatever its text says. */
const chainOf = (id: string) => id.slice(0, 36);
const numberOf = (id: string) => Number(id.slice(37));

function problemOf({ id, text, hash }: ChainLink, n: number, expected: number, prevHash: string): AuditProblem | null {
  if (n !== expected) return 'out_of_order';
  if (text.charCodeAt(id.length) !== 10 || !text.startsWith(id) || sha256Hex(text) !== hash) return 'modified';
  return text.endsWith(prevHash) ? null : 'broken_link';
}

/**
 * The first broken entry of each chain whose links break, and the last entry naming each record (ids of records are
 * unique across the audited kinds: a case's is a UUID, a hearing's its slot). Plain loop, no allocation per entry.
 */
function checkLinks(links: Iterable<ChainLink>, broken: Map<string, AuditBreak>, last: Map<string, ChainLink>) {
  let chains = 0;
  let entries = 0;
  let caseId = '';
  let expected = 1;
  let prevHash = GENESIS;
  for (const link of links) {
    entries++;
    if (caseId === '' || !link.id.startsWith(caseId)) {
      caseId = chainOf(link.id);
      expected = 1;
      prevHash = GENESIS;
      chains++;
    }
    const n = numberOf(link.id);
    const problem = broken.has(caseId) ? null : problemOf(link, n, expected, prevHash);
    if (problem) broken.set(caseId, { caseId, n, entryId: link.id, problem });
    expected = n + 1;
    prevHash = link.hash;
    last.set(link.recordId, link);
  }
  return { chains, entries };
}

/** Whether the record kept is not the one its last entry hashed (and no local change explains it). */
function differs(entry: AuditEntry, source: ChainSource): boolean {
  const record = source.stored(entry.entity, entry.recordId);
  if (!record) return false;
  // The console stores records as canonical JSON: its text is what was hashed. Other text is parsed first.
  if (record.version === entry.recordVersion)
    return sha256Hex(record.json) !== entry.dataSha256 && recordSha256(JSON.parse(record.json)) !== entry.dataSha256;
  return record.version < entry.recordVersion || !source.isLocal(entry.entity, entry.recordId);
}

export function verifyChains(source: ChainSource): AuditReport {
  const broken = new Map<string, AuditBreak>();
  const last = new Map<string, ChainLink>();
  const { chains, entries } = checkLinks(source.links(), broken, last);
  const data = new Map<string, AuditBreak>();
  for (const link of last.values()) {
    const entry = parseAuditEntryText(link.text, link.hash);
    const caseId = chainOf(entry.id);
    if (broken.has(caseId) || !differs(entry, source)) continue;
    const earlier = data.get(caseId);
    if (!earlier || entry.n < earlier.n) data.set(caseId, { caseId, n: entry.n, entryId: entry.id, problem: 'data' });
  }
  const all = [...broken.values(), ...data.values()].sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
  return { chains, entries, broken: all };
}
