// An entry's text is its fields one per line, in a fixed order; parsing it gives the entry back, absent fields too.
import { describe, expect, it } from 'vitest';
import { auditEntryText, GENESIS, parseAuditEntryText, type AuditEntry } from './audit-entry.ts';

const ENTRY: AuditEntry = {
  id: '0190a8c0-0000-7000-8000-0000000000c1#000002',
  caseId: '0190a8c0-0000-7000-8000-0000000000c1',
  n: 2,
  changeSeq: 41,
  at: 1_796_900_000_000,
  by: 'mesa',
  clientId: '0190a8c0-0000-7000-8000-0000000000aa',
  entity: 'court_case',
  recordId: '0190a8c0-0000-7000-8000-0000000000c1',
  recordVersion: 2,
  action: 'court_case.notify',
  dataSha256: 'a'.repeat(64),
  prevHash: GENESIS,
  hash: 'b'.repeat(64),
  version: 1,
};

describe('an audit entry’s text', () => {
  it.each([
    ['with who and from which console', ENTRY],
    ['made by the hub (no person, no console)', { ...ENTRY, by: null, clientId: null }],
  ])('round-trips %s', (_name, entry) => {
    const text = auditEntryText(entry);
    expect(text.split('\n')).toHaveLength(13);
    expect(text.endsWith(`\n${entry.prevHash}`)).toBe(true);
    expect(parseAuditEntryText(text, entry.hash)).toEqual(entry);
  });
});
