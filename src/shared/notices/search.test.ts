import { describe, expect, it } from 'vitest';
import { NOTICE_RECORD, noticeAt } from '../records/test-support/notices.ts';
import { matchesNotice } from './search.ts';

// A lot in Alta Córdoba, Jerónimo Luis de Cabrera 1450, cadastral id 03-12-045-017.
const NOTICES = {
  lot: noticeAt('0190a8c0-0000-7000-8000-0000000000a1'),
  person: noticeAt('0190a8c0-0000-7000-8000-0000000000a2', {
    record: { ...NOTICE_RECORD, offender: { kind: 'person', dni: '30111222', fullName: 'José Pérez' } },
  }),
};

describe('matchesNotice', () => {
  it.each<[string, keyof typeof NOTICES, boolean]>([
    ['', 'lot', true],
    ['cabrera', 'lot', true],
    ['ALTA cordoba', 'lot', true],
    ['03.12.045.017', 'lot', true],
    ['0312045017', 'lot', true],
    ['03-12-045', 'lot', true],
    ['cabrera centro', 'lot', false],
    ['jose perez', 'person', true],
    ['30.111.222', 'person', true],
    ['30111223', 'person', false],
  ])('%j in the %s notice: %s', (query, notice, expected) => {
    expect(matchesNotice(NOTICES[notice], query)).toBe(expected);
  });
});
