// Runs in: Node (tests only). Records the indicators count, valid under their schemas, in few words: closed
// operations with their typed results and findings, findings against people, businesses, properties and vehicles,
// notices, incidents and court cases, each checked by its kind's schema before a test writes it through the cache's
// real stores (so the facts' triggers run as they do for a sync).
import type { NumberedFinding } from '../../../shared/operations/details.ts';
import type { OperationType, Shift } from '../../../shared/operations/codes.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import { OPERATION_RESULT_SCHEMAS } from '../../../shared/operations/closing.ts';
import type { CourtCase } from '../../../shared/records/court-case-schema.ts';
import type { Incident } from '../../../shared/records/incident-schema.ts';
import type { Notice } from '../../../shared/records/notice-schema.ts';
import { RECORD_KINDS, type GenericCacheEntity, type RecordOf } from '../../../shared/records/registry.ts';
import { ACTA, caseAt } from '../../../shared/records/test-support/court-cases.ts';
import { incidentAt, operationAt, uuidOf } from '../../../shared/records/test-support/dispatch.ts';
import { NOTICE_RECORD, noticeAt } from '../../../shared/records/test-support/notices.ts';
import type { AlcoholResult } from '../../../shared/rules/alcohol.ts';
import type { Offender } from '../../../shared/rules/findings.ts';
import type { NoiseResult } from '../../../shared/rules/noise.ts';
import { cordobaInstant } from '../../../shared/time/cordoba.ts';
import type { Cache } from '../../cache/cache.ts';

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** A Córdoba wall-clock instant from "YYYY-MM-DD" and an hour. */
export const at = (day: string, hour = 0, minute = 0) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return cordobaInstant(y, m, d, hour, minute);
};

export const person = (dni: string): Offender => ({ kind: 'person', dni, fullName: `Persona ${dni}` });
export const company = (cuit: string): Offender => ({ kind: 'company', cuit, name: 'Bar La Esquina SRL' });
export const property = (cadastralId: string): Offender => ({ kind: 'property', cadastralId, address: 'Calle Falsa 123' });
export const vehicle = (plate: string): Offender => ({ kind: 'vehicle', plate });

export const warning = (id: string, offender: Offender): NumberedFinding => ({ id, finding: { outcome: 'warning', offender } });
export const guidance = (id: string): NumberedFinding => ({ id, finding: { outcome: 'guidance' } });
export const acta = (id: string, offender: Offender, occurredAt: number): NumberedFinding => ({
  id,
  finding: { outcome: 'acta', record: { ...ACTA, offender, occurredAt } },
});
export const notice = (id: string, offender: Offender, occurredAt: number): NumberedFinding => ({
  id,
  finding: { outcome: 'notice', record: { ...NOTICE_RECORD, offender, occurredAt, deadline: occurredAt + 3 * DAY } },
});

/** A finding id that sorts by the number (test ids are UUIDs: finding ids become notice and court case ids). */
export const findingId = (n: number) => uuidOf(n, 'a000');

export interface OperationFacts {
  readonly n: number;
  readonly type: OperationType;
  readonly barrio: string;
  readonly start: number;
  readonly shift: Shift;
  readonly status?: Operation['status'];
  readonly result?: unknown;
  readonly findings?: readonly NumberedFinding[];
}

/** An operation (closed unless said), its result checked against its type's schema. */
export function operation({ n, type, barrio, start, shift, status = 'closed', result, findings = [] }: OperationFacts): Operation {
  if (result !== undefined) OPERATION_RESULT_SCHEMAS[type].parse(result);
  const op: Operation = {
    ...operationAt(uuidOf(n), start, status),
    type,
    barrio,
    shift,
    plannedEnd: start + 3 * 60 * MINUTE,
    details: { result, findings: [...findings] },
  };
  return RECORD_KINDS.operation.schema.parse(op) as Operation;
}

export function alcoholTest(
  testedAt: number,
  firstReadingGL: number,
  retest: AlcoholResult['retest'],
  deviceVerifiedOn = '2026-01-10',
): AlcoholResult {
  return {
    testedAt,
    jurisdiction: 'city',
    driverDni: '30111222',
    licenceNumber: 'C-1234567',
    plate: 'AB123CD',
    deviceSerial: 'DRG-7510-01',
    deviceVerifiedOn,
    firstReadingGL,
    retest,
    actions: [],
  };
}

export function ambientNoise(measuredAt: number, backgroundDb: number, measuredDb: number): NoiseResult {
  return {
    meterId: 'SLM-01',
    meterCalibratedOn: '2026-01-05',
    measuredAt,
    source: { kind: 'ambient', zone: 'residential', backgroundDb, measuredDb },
    actions: [],
  };
}

export function cameraClip(reviewedAt: number, decision: 'discard' | 'warning' | 'acta') {
  return {
    clipRef: 'clip-1',
    cameraId: 'cam-12',
    recordedAt: reviewedAt - 60 * MINUTE,
    reviewedAt,
    infraction: 'double_parking',
    plate: 'AB123CD',
    decision,
    discardReason: decision === 'discard' ? 'no_infraction' : null,
  };
}

export function educationSession(heldAt: number, attended: number) {
  return {
    heldAt,
    place: 'Escuela Alberdi',
    audience: 'school',
    topics: ['Convivencia'],
    expected: 30,
    attended,
    facilitatorIds: ['prom-001'],
  };
}

/** A notice's follow-up: its finding's id and identity, notified with the given last day (or not), re-inspected or not. */
export function noticeOf(
  finding: NumberedFinding,
  changes: { lastDay?: string; result?: Notice['result']; barrio?: string } & Partial<Notice> = {},
): Notice {
  const { lastDay, ...rest } = changes;
  const record = finding.finding.outcome === 'notice' ? finding.finding.record : NOTICE_RECORD;
  const notification = lastDay
    ? { channel: 'cidi' as const, notifiedAt: at(lastDay, 9) - 3 * DAY, lastDay, dueBy: at(lastDay) + DAY, by: 'coordinadora' }
    : null;
  return RECORD_KINDS.notice.schema.parse(noticeAt(finding.id, { record, notification, ...rest })) as Notice;
}

/** A court case of an acta with its timeline of [status, instant] steps (the last is where it stands). */
export function courtCase(
  id: string,
  offender: Offender,
  steps: readonly [CourtCase['status'], number][],
  changes: Partial<CourtCase> = {},
): CourtCase {
  const timeline = steps.map(([status, when]) => ({ at: when, status, by: 'secretaria' }));
  const last = steps[steps.length - 1]!;
  const record = { ...ACTA, offender, occurredAt: steps[0]![1] - DAY };
  return RECORD_KINDS.court_case.schema.parse(caseAt(id, last[0], { record, timeline, createdAt: steps[0]![1], ...changes })) as CourtCase;
}

export function incident(id: string, openedAt: number, changes: Partial<Incident> = {}): Incident {
  return RECORD_KINDS.incident.schema.parse(
    incidentAt(id, openedAt, { status: 'closed', closedAt: openedAt + 60 * MINUTE, ...changes }),
  ) as Incident;
}

/** Writes records of a generic-table kind through the cache's store (one transaction). */
export function putRecords<E extends GenericCacheEntity>(cache: Cache, entity: E, records: readonly RecordOf<E>[]): void {
  cache.db.transaction(() => records.forEach((r) => cache.records.put(entity, r)))();
}
