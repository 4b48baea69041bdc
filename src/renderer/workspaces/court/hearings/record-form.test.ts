// The hearing record's draft: prefilled from the case, read back from a saved record, checked with the hub's schema
// (problems at their field paths), the fine's amount and a payment plan that adds up to it.
import { describe, expect, it } from 'vitest';
import { caseAt, HEARING_RECORD } from '../../../../shared/records/test-support/court-cases.ts';
import {
  checkRecord,
  draftFromCase,
  draftFromRecord,
  fineCents,
  newMeasure,
  readDraft,
  splitInstalments,
  withAttendance,
  type RecordDraft,
} from './record-form.ts';

const CASE = '0190a8c0-0000-7000-8000-0000000000a1';
const words = { acta: 'Acta de constatación', evidence: (kind: string) => `Evidencia (${kind})` };
const withEvidence = caseAt(CASE, 'defence_filed', {
  record: { ...caseAt(CASE, 'defence_filed').record, evidence: [{ kind: 'photo', ref: 'foto-123.jpg' }] },
  defence: { filedOn: '2026-12-01', statement: 'No conducía yo.' },
});
const UEM = 10_808;

describe('record draft', () => {
  it('prefills the parties, identity, statement, evidence and legal basis from the case', () => {
    const draft = draftFromCase(withEvidence, words);
    expect(draft.parties.map((p) => [p.role, p.fullName, p.dni, p.attendance])).toEqual([
      ['offender', 'Juan Pérez', '30111222', 'present'],
      ['promoter', 'Ana López', '', 'present'],
    ]);
    expect(draft.identity).toMatchObject({ checked: true, fullName: 'Juan Pérez', document: 'dni', number: '30111222' });
    expect(draft.statement).toEqual({ mode: 'given', by: 'Juan Pérez', text: 'No conducía yo.' });
    expect(draft.evidence).toEqual([
      { kind: 'acta', description: 'Acta de constatación', ref: 'TF-2026-000007' },
      { kind: 'photo', description: 'Evidencia (photo)', ref: 'foto-123.jpg' },
    ]);
    expect(draft.legalBasis).toEqual([{ norm: 'ord_10216', article: '1', suffix: '', paragraph: '', offence: '' }]);
    expect(draft.measures).toEqual([]);
  });

  it('a company appears through its representative, whose name is asked', () => {
    const company = caseAt(CASE, 'term_expired', {
      record: { ...caseAt(CASE, 'term_expired').record, offender: { kind: 'company', cuit: '30712345671', name: 'Boliche SRL' } },
      promoterName: null,
    });
    expect(draftFromCase(company, words).parties.map((p) => [p.role, p.fullName])).toEqual([
      ['legal_representative', ''],
      ['offender', 'Boliche SRL'],
    ]);
  });

  it('a recorded hearing reads back into the same record', () => {
    const checked = checkRecord(draftFromRecord(HEARING_RECORD, 'es-AR'), UEM);
    expect(checked).toEqual({ ok: true, record: HEARING_RECORD });
  });

  it('a prefilled record without measures leaves the resolution for later', () => {
    const checked = checkRecord(draftFromCase(withEvidence, words), UEM);
    expect(checked.ok && checked.record.resolution).toBeNull();
  });

  it('the offender absent makes the resolution in absentia', () => {
    const draft = draftFromRecord(HEARING_RECORD, 'es-AR');
    const absent = { ...draft, parties: draft.parties.map((p) => ({ ...p, attendance: 'absent' as const })) };
    const checked = checkRecord(absent, UEM);
    expect(checked.ok && checked.record.resolution?.inAbsentia).toBe(true);
  });

  const base = draftFromRecord(HEARING_RECORD, 'es-AR');
  const fine = base.measures[0]!;
  it.each<[string, Partial<RecordDraft>, number | undefined, Record<string, string>]>([
    ['a party without a name', { parties: [{ ...base.parties[0]!, fullName: ' ' }] }, UEM, { 'parties.0.fullName': 'required' }],
    ['a bad DNI', { parties: [{ ...base.parties[0]!, dni: '12' }] }, UEM, { 'parties.0.dni': 'invalid_dni' }],
    ['nobody', { parties: [] }, UEM, { parties: 'required' }],
    ['identity not checked, no reason', { identity: { ...base.identity, checked: false } }, UEM, { 'identity.reason': 'required' }],
    [
      'an interpreter without a language',
      { interpreter: { needed: true, fullName: 'Eva Ruiz', language: '', dni: '' } },
      UEM,
      { 'interpreter.language': 'required' },
    ],
    ['a statement without text', { statement: { mode: 'given', by: 'Juan Pérez', text: '' } }, UEM, { 'statement.text': 'required' }],
    ['a fine in words', { measures: [{ ...fine, uem: 'doscientas' }] }, UEM, { 'resolution.measures.0.fine.uem': 'not_a_number' }],
    ['a fine with no UEM value', { measures: [fine] }, undefined, { 'resolution.measures.0.fine.uem': 'missing_uem_value' }],
    [
      'a fine without a deadline',
      { measures: [{ ...fine, paymentDeadline: '' }] },
      UEM,
      { 'resolution.measures.0.paymentDeadline': 'invalid_date' },
    ],
    ['no legal basis', { legalBasis: [] }, UEM, { 'resolution.legalBasis': 'required' }],
    [
      'an article in words',
      { legalBasis: [{ ...base.legalBasis[0]!, article: 'uno' }] },
      UEM,
      { 'resolution.legalBasis.0.article': 'not_a_number' },
    ],
    ['absolution and a fine', { measures: [newMeasure('absolution'), fine] }, UEM, { 'resolution.measures': 'absolution_with_sanction' }],
    [
      'community work with fractional hours',
      { measures: [{ ...newMeasure('community_service'), hours: '2,5', programme: 'Escuela de Convivencia', deadline: '2027-01-30' }] },
      UEM,
      { 'resolution.measures.0.hours': 'not_integer' },
    ],
    [
      'a payment plan that does not add up',
      {
        measures: [
          fine,
          {
            ...newMeasure('payment_plan'),
            instalments: [
              { dueOn: '2027-01-10', amount: '1000' },
              { dueOn: '2027-02-10', amount: '1000' },
            ],
          },
        ],
      },
      UEM,
      { 'resolution.measures': 'instalments_do_not_add_up' },
    ],
    [
      'a payment plan with an amount in words',
      {
        measures: [
          fine,
          {
            ...newMeasure('payment_plan'),
            instalments: [
              { dueOn: '2027-01-10', amount: 'mil' },
              { dueOn: '2027-02-10', amount: '' },
            ],
          },
        ],
      },
      UEM,
      { 'resolution.measures.1.instalments.0.amountCents': 'not_a_number', 'resolution.measures.1.instalments.1.amountCents': 'required' },
    ],
  ])('problem: %s', (_, changes, uemValueArs, expected) => {
    const checked = checkRecord({ ...base, ...changes }, uemValueArs);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toMatchObject(expected);
  });

  it('a payment plan split evenly adds up to the fine', () => {
    const total = fineCents('200', UEM)!;
    const plan = splitInstalments(total + 1, 3, '2027-01-31');
    expect(plan).toEqual([
      { dueOn: '2027-01-31', amountCents: 72_053_335 },
      { dueOn: '2027-02-28', amountCents: 72_053_333 },
      { dueOn: '2027-03-31', amountCents: 72_053_333 },
    ]);
    expect(plan.reduce((sum, i) => sum + i.amountCents, 0)).toBe(total + 1);
  });

  it.each([
    ['200', UEM, 216_160_000],
    ['12,5', UEM, 13_510_000],
    ['0', UEM, null],
    ['x', UEM, null],
    ['200', undefined, null],
  ])('fineCents(%s UEM at %s) = %s', (uem, value, expected) => expect(fineCents(uem, value)).toBe(expected));

  it.each<[string, RecordDraft['statement'], 'absent' | 'present', RecordDraft['statement']['mode']]>([
    ['the offender absent, nothing typed: did not appear', { mode: 'given', by: 'Juan Pérez', text: '' }, 'absent', 'absent'],
    ['present again: a statement to type', { mode: 'absent', by: 'Juan Pérez', text: '' }, 'present', 'given'],
    ['a typed statement stays', { mode: 'given', by: 'Juan Pérez', text: 'Dijo algo.' }, 'absent', 'given'],
    ['declined stays declined', { mode: 'declined', by: 'Juan Pérez', text: '' }, 'absent', 'declined'],
  ])('attendance: %s', (_, statement, attendance, mode) => {
    const draft = { ...draftFromCase(withEvidence, words), statement };
    const next = withAttendance(draft, 0, attendance);
    expect(next.parties[0]!.attendance).toBe(attendance);
    expect(next.statement.mode).toBe(mode);
  });

  it('another party’s attendance leaves the statement alone', () => {
    const draft = { ...draftFromCase(withEvidence, words), statement: { mode: 'given' as const, by: 'Juan Pérez', text: '' } };
    expect(withAttendance(draft, 1, 'absent').statement.mode).toBe('given');
  });

  it('restores only drafts of this shape', () => {
    expect(readDraft(base)).toEqual(base);
    expect(readDraft({ version: 2 })).toBeNull();
    expect(readDraft({ ...base, parties: 'Juan' })).toBeNull();
  });
});
