// The shared rules the facts restate in SQL: identity keys and offence categories, row by row against the TypeScript.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { offenceCategory } from '../../../shared/court/offence-category.ts';
import { OPERATION_TYPES } from '../../../shared/operations/codes.ts';
import { CASE_ORIGINS } from '../../../shared/records/court-case-schema.ts';
import { OffenderSchema } from '../../../shared/rules/findings.ts';
import { identityKey } from '../../../shared/rules/identity.ts';
import { identityKeySql, offenceCategorySql } from './codes-sql.ts';

const db = new Database(':memory:');

describe('identity keys in SQL', () => {
  it.each([
    { kind: 'person', dni: '30.111.222', fullName: 'Ana Paz' },
    { kind: 'company', cuit: '30-71234567-1', name: 'Bar SRL' },
    { kind: 'property', cadastralId: '04-05.012/003 a', address: 'Calle 1' },
    { kind: 'vehicle', plate: 'ab 123 cd' },
  ])('is identityKey of the stored offender ($kind)', (typed) => {
    const offender = OffenderSchema.parse(typed);
    expect(
      db
        .prepare(`SELECT ${identityKeySql('@o')}`)
        .pluck()
        .get({ o: JSON.stringify(offender) }),
    ).toBe(identityKey(offender));
  });

  it('is NULL without an offender', () => {
    expect(
      db
        .prepare(`SELECT ${identityKeySql('@o')}`)
        .pluck()
        .get({ o: null }),
    ).toBeNull();
  });
});

describe('offence categories in SQL', () => {
  it('are offenceCategory for every origin and operation type', () => {
    const sql = db.prepare(`SELECT ${offenceCategorySql('@origin', '@type')}`).pluck();
    for (const origin of CASE_ORIGINS) {
      for (const type of [...OPERATION_TYPES, null]) expect(sql.get({ origin, type })).toBe(offenceCategory(origin, type));
    }
  });
});
