import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/operations/types.ts';
import { cordobaInstant } from '../../../shared/time/cordoba.ts';
import {
  checkFinding,
  checkResult,
  closeIssuesToProblems,
  initialResultValues,
  newAlcoholRow,
  reservedInstrument,
  suggestActaForTest,
  type FindingDraft,
} from './closing-form.ts';
import { alcoholRowVerdict, FINDING_FIELDS, RESULT_SPECS, resultVerdict } from './result-specs.ts';
import { buildCandidate, issueFieldPath, parseDecimal } from '../../spec-form/spec-form.ts';

const FRIDAY_22H = cordobaInstant(2026, 12, 4, 22, 0);
const operation: Operation = {
  id: '0193a0b0-0000-7000-8000-000000000001',
  type: 'alcohol_test',
  status: 'in_progress',
  barrio: 'Nueva Córdoba',
  lat: -31.429,
  lng: -64.1868,
  address: 'Bv. Chacabuco y Bv. Illia',
  plannedStart: FRIDAY_22H,
  plannedEnd: FRIDAY_22H + 6 * 3_600_000,
  shift: 'night',
  team: 'Conducción Responsable',
  resultSummary: null,
  cancelReason: null,
  details: { assigned: { people: ['prom-001'], resources: ['movil-01', 'alco-02'] } },
  createdAt: 0,
  updatedAt: 0,
  version: 4,
};
const resources = [
  { id: 'alco-01', kind: 'breathalyser' as const, label: 'Alcoholímetro 1', calibratedOn: cordobaInstant(2026, 1, 10, 12), version: 1 },
  { id: 'alco-02', kind: 'breathalyser' as const, label: 'Alcoholímetro 2', calibratedOn: cordobaInstant(2026, 3, 1, 0, 30), version: 1 },
];

const row = (over: Record<string, string>) => ({
  ...newAlcoholRow(operation, reservedInstrument(operation, resources, 'breathalyser')),
  ...over,
});
const driver = { driverDni: '28.999.888', licenceNumber: 'L-1', plate: 'ac 456 ef' };

describe('closing form: alcohol checkpoint', () => {
  it('prefills the reserved breathalyser (Córdoba date of its verification) and the checkpoint start', () => {
    expect(reservedInstrument(operation, resources, 'breathalyser')).toEqual({ serial: 'alco-02', verifiedOn: '2026-03-01' });
    const values = initialResultValues(operation, {
      breathalyser: reservedInstrument(operation, resources, 'breathalyser'),
      soundMeter: null,
    });
    expect(values.tests).toEqual([
      expect.objectContaining({
        testedAt: '2026-12-04T22:00',
        deviceSerial: 'alco-02',
        deviceVerifiedOn: '2026-03-01',
        jurisdiction: 'city',
      }),
    ]);
    expect(values.selfTests).toBe('0');
  });

  it('reads Córdoba wall-clock times, decimal commas and an empty retest as null', () => {
    const values = {
      tests: [
        row({
          ...driver,
          testedAt: '2026-12-04T23:00',
          firstReadingGL: '0,95',
          'retest.at': '2026-12-04T23:10',
          'retest.readingGL': '0.88',
        }),
      ],
      selfTests: '14',
    };
    const checked = checkResult(operation, values);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const result = checked.value as {
      tests: {
        testedAt: number;
        retest: { at: number; readingGL: number } | null;
        driverDni: string;
        plate: string;
        firstReadingGL: number;
      }[];
      selfTests: number;
    };
    expect(result.tests[0]).toMatchObject({
      testedAt: Date.UTC(2026, 11, 5, 2),
      driverDni: '28999888',
      plate: 'AC456EF',
      firstReadingGL: 0.95,
      retest: { at: Date.UTC(2026, 11, 5, 2, 10), readingGL: 0.88 },
    });
    expect(result.selfTests).toBe(14);
    const noRetest = buildCandidate(RESULT_SPECS.alcohol_test, { tests: [row({ ...driver, firstReadingGL: '0.1' })], selfTests: '0' });
    expect((noRetest.candidate.tests as { retest: unknown }[])[0]!.retest).toBeNull();
  });

  it('says what is wrong with hostile values, field by field, and accepts nothing', () => {
    const values = {
      tests: [
        row({
          ...driver,
          testedAt: '3000-01-01T10:00',
          firstReadingGL: '40',
          'retest.at': '2026-12-04T23:10',
          'retest.readingGL': '',
          comment: 'x'.repeat(10_000_000),
        }),
      ],
      selfTests: '-1',
    };
    const checked = checkResult(operation, values);
    expect(checked.ok).toBe(false);
    expect(checked.problems).toMatchObject({
      'tests.0.testedAt': 'date_out_of_range',
      'tests.0.firstReadingGL': 'out_of_range',
      'tests.0.retest.readingGL': 'required',
      'tests.0.comment': 'too_long',
      selfTests: 'out_of_range',
    });
    const words = checkResult(operation, { tests: [row({ ...driver, firstReadingGL: 'mucho', driverDni: '123' })], selfTests: '0' });
    expect(words.problems).toMatchObject({ 'tests.0.firstReadingGL': 'not_a_number', 'tests.0.driverDni': 'invalid_dni' });
  });

  it('judges each row with the settings in force: a positive retested under the limit is negative', () => {
    const cleared = buildCandidate(RESULT_SPECS.alcohol_test, {
      tests: [
        row({
          ...driver,
          testedAt: '2026-12-04T23:00',
          firstReadingGL: '0.62',
          'retest.at': '2026-12-04T23:11',
          'retest.readingGL': '0.31',
        }),
      ],
    });
    const caught = buildCandidate(RESULT_SPECS.alcohol_test, {
      tests: [
        row({
          ...driver,
          testedAt: '2026-12-04T23:00',
          firstReadingGL: '0.95',
          'retest.at': '2026-12-04T23:10',
          'retest.readingGL': '0.88',
        }),
      ],
    });
    const pending = buildCandidate(RESULT_SPECS.alcohol_test, {
      tests: [row({ ...driver, testedAt: '2026-12-04T23:00', firstReadingGL: '0.95' })],
    });
    const first = (b: { candidate: Record<string, unknown> }) => (b.candidate.tests as unknown[])[0];
    expect(alcoholRowVerdict(first(cleared))?.verdict.status).toBe('negative');
    expect(alcoholRowVerdict(first(caught))?.verdict).toMatchObject({ status: 'positive', countedGL: 0.88, limitGL: 0.4 });
    expect(alcoholRowVerdict(first(pending))?.verdict.status).toBe('retest_required');
  });

  it('suggests an acta from a positive row: driver, ordinance, counted time, readings, promoter', () => {
    const candidate = buildCandidate(RESULT_SPECS.alcohol_test, {
      tests: [
        row({
          ...driver,
          testedAt: '2026-12-04T23:00',
          firstReadingGL: '0.95',
          'retest.at': '2026-12-04T23:10',
          'retest.readingGL': '0.88',
        }),
      ],
    });
    const judged = alcoholRowVerdict((candidate.candidate.tests as unknown[])[0])!;
    const id = '0193a0b0-0000-7000-8000-0000000000aa';
    const draft = suggestActaForTest(
      id,
      'row-1',
      judged.test,
      judged.verdict,
      operation,
      'prom-001',
      (f) => `Positivo ${f.countedGL} (límite ${f.limitGL}) ${f.plate}`,
    );
    expect(draft).toMatchObject({ id, fromTest: 'row-1' });
    expect(draft.values).toMatchObject({
      outcome: 'acta',
      'record.offender.dni': '28999888',
      'record.legalBasis.norm': 'ord_10216',
      'record.occurredAt': '2026-12-04T23:10',
      'record.place.address': operation.address,
      'record.promoterId': 'prom-001',
      'record.description': 'Positivo 0.88 (límite 0.4) AC456EF',
      'record.evidence': [
        { kind: 'reading', ref: 'alco-02 2026-12-04 23:00 0,95 g/L' },
        { kind: 'reading', ref: 'alco-02 2026-12-04 23:10 0,88 g/L' },
      ],
    });
    // The name and the article are the promoter's to fill; once they are, the finding is a valid acta.
    expect(checkFinding(operation, draft.values).problems).toMatchObject({
      'record.offender.fullName': 'required',
      'record.legalBasis.article': 'required',
    });
    const done = checkFinding(operation, { ...draft.values, 'record.offender.fullName': 'Juan Pérez', 'record.legalBasis.article': '1' });
    expect(done.ok).toBe(true);
    if (done.ok && done.value.outcome === 'acta') {
      expect(done.value.record).toMatchObject({
        kind: 'acta',
        place: { address: operation.address, lat: operation.lat, lng: operation.lng },
        operationId: operation.id,
        occurredAt: Date.UTC(2026, 11, 5, 2, 10),
      });
    }
  });
});

describe('closing form: findings and issue paths', () => {
  it('a guidance needs no record; a notice needs its deadline after the finding', () => {
    expect(checkFinding(operation, { outcome: 'guidance', comment: 'Se explicó la norma' }).ok).toBe(true);
    const notice = checkFinding(operation, {
      outcome: 'notice',
      'record.offender.kind': 'company',
      'record.offender.cuit': '20-12345678-6',
      'record.offender.name': 'Bar SA',
      'record.legalBasis.norm': 'ord_12468',
      'record.legalBasis.article': '300',
      'record.place.address': 'Obispo Trejo 200',
      'record.occurredAt': '2026-12-04T23:00',
      'record.deadline': '2026-12-04T22:00',
      'record.promoterId': 'prom-001',
      'record.description': 'Música alta',
      'record.evidence': [],
    });
    expect(notice.problems).toMatchObject({ 'record.legalBasis.article': 'out_of_range', 'record.deadline': 'deadline_before_finding' });
  });

  it('maps issue paths onto form fields, rows and null groups included', () => {
    const specs = RESULT_SPECS.alcohol_test;
    expect(issueFieldPath(specs, 'tests.0.firstReadingGL')).toBe('tests.0.firstReadingGL');
    expect(issueFieldPath(specs, ['tests', 2, 'retest', 'at'])).toBe('tests.2.retest.at');
    expect(issueFieldPath(specs, 'tests.1.retest')).toBe('tests.1.retest.at');
    expect(issueFieldPath(specs, 'tests')).toBe('tests');
    expect(issueFieldPath(specs, 'nothing')).toBeNull();
    expect(issueFieldPath(RESULT_SPECS.education_session, 'topics.3')).toBe('topics');
    expect(issueFieldPath(FINDING_FIELDS, 'record.evidence.0.ref')).toBe('record.evidence.0.ref');
  });

  it("maps the core's answer of operations.close onto the result and the findings", () => {
    const drafts: FindingDraft[] = [
      { id: 'a', values: { outcome: 'guidance' } },
      { id: 'b', values: { outcome: 'acta', 'record.offender.kind': 'person', 'record.offender.dni': '1' } },
    ];
    const mapped = closeIssuesToProblems(operation, { tests: [row({})] }, drafts, [
      { path: 'result.tests.0.firstReadingGL', code: 'out_of_range' },
      { path: 'findings.1.finding.record.offender.dni', code: 'invalid_dni' },
      { path: 'id', code: 'invalid_format' },
    ]);
    expect(mapped.result).toEqual({ 'tests.0.firstReadingGL': 'out_of_range' });
    expect(mapped.findings).toEqual({ 1: { 'record.offender.dni': 'invalid_dni' } });
    expect(mapped.rest).toEqual([{ path: 'id', code: 'invalid_format' }]);
  });

  it('reads decimal commas and refuses words', () => {
    expect(parseDecimal('0,4')).toBe(0.4);
    expect(parseDecimal('-12')).toBe(-12);
    expect(parseDecimal('1e3')).toBeNull();
    expect(parseDecimal('4 g')).toBeNull();
  });
});

describe('closing form: other types', () => {
  it('noise check: the period is computed in Córdoba time and the verdict shown once the values check', () => {
    const noise = { ...operation, type: 'noise_check' as const, details: {} };
    const values = {
      ...initialResultValues(noise, { breathalyser: null, soundMeter: { serial: 'sono-01', verifiedOn: '2026-06-01' } }),
      'source.zone': 'residential',
      'source.backgroundDb': '45,3',
      'source.measuredDb': '52.4',
    };
    const checked = checkResult(noise, values);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(resultVerdict('noise_check', checked.value)).toMatchObject({
      kind: 'status',
      status: 'non_compliant',
      reasons: ['over_background_margin'],
      facts: [
        { fact: 'period', value: 'night' },
        { fact: 'limitDb', value: 50.3 },
        { fact: 'excessDb', value: 2.1 },
      ],
    });
    const negative = checkResult(noise, { ...values, 'source.backgroundDb': '-5' });
    expect(negative.problems).toMatchObject({ 'source.backgroundDb': 'out_of_range' });
  });

  it('street vending: a seizure needs its inventory, and the place follows its kind', () => {
    const vending = { ...operation, type: 'street_vending' as const, details: {} };
    const values = {
      ...initialResultValues(vending, { breathalyser: null, soundMeter: null }),
      vendorDni: '',
      goods: 'Medias',
      actions: 'seizure',
    };
    const checked = checkResult(vending, values);
    expect(checked.problems).toEqual({ seizure: 'seizure_inventory_required' });
  });
});
