// Record kind: an entry of a case's tamper-evident audit chain (../audit/audit-entry.ts). Only the hub makes them,
// one per accepted change to a court record, in the change's transaction; consoles of the court roles receive them
// like any record and keep them in a table of their own, to verify chains quickly (a few hundred thousand rows).
import { AuditEntrySchema, type AuditEntry } from '../audit/audit-entry.ts';
import { defineRecordKind } from './kind.ts';

export const auditEntryKind = defineRecordKind<AuditEntry>()({
  entity: 'audit_entry',
  schema: AuditEntrySchema,
  readers: ['court_clerk', 'judge', 'administrator'],
  cache: 'own',
  mutations: {},
});
