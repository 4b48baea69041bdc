// The tamper-evident audit of court records (docs/DOMAIN.md, Court procedure): every accepted change to a case or
// to one of its hearings appends an entry to that case's hash chain, at the hub, in the change's own transaction:
//
//   entry n = {case, n, the change's seq, when, who, from which console, what record and version, the mutation,
//              sha256 of the record's canonical JSON, the hash of entry n-1}
//   hash(n) = sha256(entryText(n))           entry 1 links to GENESIS
//
// Editing, deleting, inserting or reordering an entry breaks a link; editing a record breaks its data hash. The
// hashing itself needs Node (src/core/audit); this module is the format both sides agree on.
import { z } from 'zod';

export const GENESIS = '0'.repeat(64);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'invalid_value');

export const AuditEntrySchema = z
  .object({
    /** `<caseId>#<n>`: the chain's entries sort by id in chain order. */
    id: z.string().regex(/^[0-9a-f-]{36}#\d{6}$/, 'invalid_value'),
    caseId: z.string().uuid(),
    n: z.number().int().min(1),
    changeSeq: z.number().int().min(1),
    at: z.number().int().min(0),
    by: z.string().max(64).nullable(),
    clientId: z.string().uuid().nullable(),
    entity: z.string().min(1).max(40),
    recordId: z.string().min(1).max(100),
    recordVersion: z.number().int().min(1),
    /** The mutation that made the change ('operation.close' for the cases a closing makes). */
    action: z.string().min(1).max(60),
    dataSha256: sha256Hex,
    prevHash: sha256Hex,
    hash: sha256Hex,
    /** Entries are never changed: always 1. */
    version: z.literal(1),
  })
  .strict();
export type AuditEntry = z.output<typeof AuditEntrySchema>;

export const auditEntryId = (caseId: string, n: number) => `${caseId}#${String(n).padStart(6, '0')}`;

/** The fields an entry's hash is taken over, in this order (every field but the hash and the constant version). */
export const AUDIT_TEXT_FIELDS = [
  'id',
  'caseId',
  'n',
  'changeSeq',
  'at',
  'by',
  'clientId',
  'entity',
  'recordId',
  'recordVersion',
  'action',
  'dataSha256',
  'prevHash',
] as const satisfies readonly (keyof AuditEntry)[];

/** The text an entry's hash is taken over: those fields one per line, an absent one (null) as an empty line. */
export function auditEntryText(entry: Omit<AuditEntry, 'hash'>): string {
  return AUDIT_TEXT_FIELDS.map((field) => entry[field] ?? '').join('\n');
}

const NUMERIC: ReadonlySet<string> = new Set(['n', 'changeSeq', 'at', 'recordVersion']);
const NULLABLE: ReadonlySet<string> = new Set(['by', 'clientId']);

/** The entry an entry's text and hash stand for (auditEntryText's inverse): how consoles keep entries. */
export function parseAuditEntryText(text: string, hash: string): AuditEntry {
  const lines = text.split('\n');
  const fields = Object.fromEntries(
    AUDIT_TEXT_FIELDS.map((field, i) => {
      const line = lines[i] ?? '';
      return [field, NUMERIC.has(field) ? Number(line) : NULLABLE.has(field) && line === '' ? null : line];
    }),
  );
  return { ...(fields as Omit<AuditEntry, 'hash' | 'version'>), hash, version: 1 };
}
