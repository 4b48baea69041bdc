// Closing an operation from the form: the initial values of its result form (prefilled from the operation and
// its reserved breathalyser or sound meter), the findings (checked one by one against FindingSchema; the record's
// place coordinates and operation id come from the operation), the acta suggested for a positive alcohol test,
// and the core's invalid_input issues ('result.tests.0.firstReadingGL', 'findings.1.finding.record.offender.dni')
// mapped back onto the fields.
import type { ApiIssue } from '../../../shared/api/result.ts';
import { OPERATION_RESULT_SCHEMAS } from '../../../shared/operations/closing.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import type { ResourceRecord } from '../../../shared/records/resource.ts';
import type { AlcoholResult, AlcoholVerdict } from '../../../shared/rules/alcohol.ts';
import { FINDING_OUTCOMES, FindingSchema, needsRecord, type Finding } from '../../../shared/rules/findings.ts';
import { cordobaIsoDate } from '../../../shared/time/cordoba.ts';
import { isOneOf } from '../../../shared/util/one-of.ts';
import { toCordobaDateTimeInput } from '../../writes/cordoba-datetime.ts';
import { ALCOHOL_TEST_FIELDS, FINDING_FIELDS, RESULT_SPECS } from './result-specs.ts';
import {
  checkSpecForm,
  emptyRow,
  initialSpecValues,
  issuesToProblems,
  type RowValues,
  type SpecChecked,
  type SpecProblem,
  type SpecValues,
} from '../../spec-form/spec-form.ts';

/** What the form knows about the instruments reserved for the operation (from the roster's resources). */
export interface ReservedInstrument {
  readonly serial: string;
  /** Last official verification / calibration, Córdoba date; null when never. */
  readonly verifiedOn: string | null;
}

/** The first reserved resource of that kind, as the form prefills it; null when none is reserved or known. */
export function reservedInstrument(
  operation: Operation,
  resources: readonly ResourceRecord[],
  kind: 'breathalyser' | 'sound_meter',
): ReservedInstrument | null {
  const ids = operation.details?.assigned?.resources ?? [];
  const found = resources.find((r) => r.kind === kind && ids.includes(r.id));
  if (!found) return null;
  return { serial: found.id, verifiedOn: found.calibratedOn === undefined ? null : cordobaIsoDate(found.calibratedOn) };
}

/** The time field of each result type that says when it happened (prefilled with the planned start). */
const TIME_FIELD: Partial<Record<Operation['type'], string>> = {
  noise_check: 'measuredAt',
  public_event: 'observedAt',
  street_vending: 'observedAt',
  vacant_lot: 'inspectedAt',
  education_session: 'heldAt',
  election_oversight: 'heldAt',
  camera_review: 'reviewedAt',
};

/** A new alcohol test row: the checkpoint's start and its reserved breathalyser. */
export function newAlcoholRow(operation: Operation, breathalyser: ReservedInstrument | null): Record<string, string> {
  return {
    ...emptyRow({ path: 'tests', kind: 'rows', fields: ALCOHOL_TEST_FIELDS }),
    testedAt: toCordobaDateTimeInput(operation.plannedStart),
    deviceSerial: breathalyser?.serial ?? '',
    deviceVerifiedOn: breathalyser?.verifiedOn ?? '',
  };
}

export function initialResultValues(
  operation: Operation,
  instruments: { breathalyser: ReservedInstrument | null; soundMeter: ReservedInstrument | null },
): Record<string, string | RowValues[]> {
  const values = initialSpecValues(RESULT_SPECS[operation.type]);
  if (operation.type === 'alcohol_test') {
    values.tests = [newAlcoholRow(operation, instruments.breathalyser)];
    return values;
  }
  const timeField = TIME_FIELD[operation.type];
  if (timeField) values[timeField] = toCordobaDateTimeInput(operation.plannedStart);
  if (operation.type === 'noise_check' && instruments.soundMeter) {
    values.meterId = instruments.soundMeter.serial;
    values.meterCalibratedOn = instruments.soundMeter.verifiedOn ?? '';
  }
  if (operation.type === 'street_vending') values['place.address'] = operation.address;
  if (operation.type === 'public_event' || operation.type === 'education_session')
    values[operation.type === 'public_event' ? 'venueName' : 'place'] = operation.address;
  return values;
}

export const checkResult = (operation: Operation, values: SpecValues): SpecChecked<unknown> =>
  checkSpecForm(RESULT_SPECS[operation.type], values, resultSchemaFor(operation));

const resultSchemaFor = (operation: Operation) => OPERATION_RESULT_SCHEMAS[operation.type];

/** A finding being written: its id (made when it is added; an acta or notice keeps it as a court case id). */
export interface FindingDraft {
  readonly id: string;
  readonly values: Record<string, string | readonly RowValues[]>;
  /** The alcohol test row (its key) the finding was suggested from, if any. */
  readonly fromTest?: string;
}

export function newFinding(id: string, operation: Operation, promoterId: string): FindingDraft {
  const values = initialSpecValues(FINDING_FIELDS);
  values.outcome = 'warning';
  values['record.place.address'] = operation.address;
  values['record.occurredAt'] = toCordobaDateTimeInput(operation.plannedStart);
  values['record.promoterId'] = promoterId;
  return { id, values };
}

/** The record adds its kind (the outcome), the operation's coordinates and id; the form asks for the rest. */
function completeRecord(operation: Operation, candidate: Record<string, unknown>): Record<string, unknown> {
  const outcome = candidate.outcome;
  const record = candidate.record;
  if (
    typeof outcome !== 'string' ||
    !isOneOf(FINDING_OUTCOMES, outcome) ||
    !needsRecord(outcome) ||
    typeof record !== 'object' ||
    record === null
  )
    return candidate;
  const r = record as Record<string, unknown>;
  return {
    ...candidate,
    record: { ...r, kind: outcome, operationId: operation.id, place: { ...(r.place as object), lat: operation.lat, lng: operation.lng } },
  };
}

export const checkFinding = (operation: Operation, values: SpecValues): SpecChecked<Finding> =>
  checkSpecForm(FINDING_FIELDS, values, FindingSchema, (candidate) => completeRecord(operation, candidate));

/** The words of a suggested acta's description (the view fills them in the UI language). */
export interface ActaDescription {
  (facts: { readonly countedGL: number; readonly limitGL: number; readonly plate: string }): string;
}

const glText = (value: number) => value.toFixed(2).replace('.', ',');

/**
 * The acta suggested for a positive alcohol test: the driver by DNI (the name is for the promoter to fill), the
 * ordinance of the test's jurisdiction, the time of the reading that counts, the device's readings as evidence
 * and the promoter chosen for the operation.
 */
export function suggestActaForTest(
  id: string,
  rowKey: string,
  test: AlcoholResult,
  verdict: AlcoholVerdict,
  operation: Operation,
  promoterId: string,
  describe: ActaDescription,
): FindingDraft {
  const base = newFinding(id, operation, promoterId);
  const countedAt = test.retest?.at ?? test.testedAt;
  const readings = [`${test.deviceSerial} ${toCordobaDateTimeInput(test.testedAt).replace('T', ' ')} ${glText(test.firstReadingGL)} g/L`];
  if (test.retest)
    readings.push(`${test.deviceSerial} ${toCordobaDateTimeInput(test.retest.at).replace('T', ' ')} ${glText(test.retest.readingGL)} g/L`);
  return {
    id,
    fromTest: rowKey,
    values: {
      ...base.values,
      outcome: 'acta',
      'record.offender.kind': 'person',
      'record.offender.dni': test.driverDni,
      'record.offender.fullName': '',
      'record.legalBasis.norm': test.jurisdiction === 'city' ? 'ord_10216' : 'law_10181',
      'record.occurredAt': toCordobaDateTimeInput(countedAt),
      'record.description': describe({ countedGL: verdict.countedGL ?? test.firstReadingGL, limitGL: verdict.limitGL, plate: test.plate }),
      'record.evidence': readings.map((ref) => ({ kind: 'reading', ref })),
    },
  };
}

/** The core's issues of an 'operations.close' call, split by where they belong. */
export interface CloseIssues {
  readonly result: Record<string, SpecProblem>;
  /** By finding index. */
  readonly findings: Record<number, Record<string, SpecProblem>>;
  readonly rest: ApiIssue[];
}

export function closeIssuesToProblems(
  operation: Operation,
  resultValues: SpecValues,
  findings: readonly FindingDraft[],
  issues: readonly ApiIssue[],
): CloseIssues {
  const out: CloseIssues = { result: {}, findings: {}, rest: [] };
  for (const issue of issues) {
    const parts = issue.path.split('.');
    if (parts[0] === 'result') {
      const mapped = issuesToProblems(
        RESULT_SPECS[operation.type],
        resultValues,
        [{ path: parts.slice(1), code: issue.code, message: issue.code }],
        out.result,
      );
      Object.assign(out.result, mapped.problems);
      out.rest.push(...mapped.rest.map(() => issue));
      continue;
    }
    const index = Number(parts[1]);
    const draft = parts[0] === 'findings' && Number.isInteger(index) ? findings[index] : undefined;
    if (draft && parts[2] === 'finding') {
      const mapped = issuesToProblems(
        FINDING_FIELDS,
        draft.values,
        [{ path: parts.slice(3), code: issue.code, message: issue.code }],
        out.findings[index] ?? {},
      );
      out.findings[index] = mapped.problems;
      out.rest.push(...mapped.rest.map(() => issue));
      continue;
    }
    out.rest.push(issue);
  }
  return out;
}

export { glText };
