// Runs in: Node. The hashes of the audit chain (src/shared/audit/audit-entry.ts): of a record's canonical JSON, and
// of an entry's text — the same functions at the hub that appends and in every place that verifies.
import { hash } from 'node:crypto';
import { auditEntryText, type AuditEntry } from '../../shared/audit/audit-entry.ts';
import { canonicalJson } from '../../shared/text/canonical-json.ts';

// crypto.hash: the one-shot form, without a Hash object per call (the check hashes every entry).
export const sha256Hex = (text: string): string => hash('sha256', text, 'hex');

export const recordSha256 = (record: unknown): string => sha256Hex(canonicalJson(record));

/** The entry with its hash. */
export const sealed = (entry: Omit<AuditEntry, 'hash'>): AuditEntry => ({ ...entry, hash: sha256Hex(auditEntryText(entry)) });
