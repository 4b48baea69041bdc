// Runs in: Node (tests only). A small data set the indicators' expected values were counted from by hand: March and
// April 2026, seen from 30 November 2026. What each record adds is said beside it; dashboard.test.ts lists the sums.
//
// Identities: P1 a driver with an acta in September 2025 and another in March (a repeat offender); P2 a vendor
// warned in March whose acta came in October (too late: not followed within 6 months); C1 a bar warned in March and
// given an acta in May (followed); V1 a car warned by camera in April and given an acta by a patrol a week later
// (followed); L1, L2, L3 lots with notices (L1 complied by the owner, L2 not: an acta at the re-inspection; L3's
// notice, from a complaint, still waiting for its re-inspection).
import { uuidOf } from '../../../shared/records/test-support/dispatch.ts';
import { complaintAt } from '../../../shared/records/test-support/dispatch.ts';
import type { Cache } from '../../cache/cache.ts';
import {
  acta,
  alcoholTest,
  ambientNoise,
  at,
  cameraClip,
  company,
  courtCase,
  educationSession,
  findingId,
  guidance,
  incident,
  notice,
  noticeOf,
  operation,
  person,
  property,
  putRecords,
  vehicle,
  warning,
} from './insight-records.ts';

export const NOW = at('2026-11-30', 12);
export const MARCH_APRIL = { from: '2026-03-01', to: '2026-04-30' } as const;

export const P1 = person('30111222');
export const P2 = person('25111333');
export const C1 = company('30712345671');
export const V1 = vehicle('AB123CD');
export const L1 = property('04-05-012-003');
export const L2 = property('04-05-012-004');
export const L3 = property('04-05-012-005');

export const F = {
  p1Acta: findingId(1),
  p1OldActa: findingId(2),
  c1Warning: findingId(3),
  c1Acta: findingId(4),
  v1Warning: findingId(5),
  v1Acta: findingId(6),
  p2Warning: findingId(7),
  p2Acta: findingId(8),
  l1Notice: findingId(9),
  l2Notice: findingId(10),
  l3Notice: findingId(11),
  l2ReinspectionActa: findingId(12),
  guidance: findingId(13),
  outOfRangeNotice: findingId(14),
  unnotified: findingId(15),
} as const;

export const INCIDENT = { i1: uuidOf(1, 'b000'), i2: uuidOf(2, 'b000'), i3: uuidOf(3, 'b000'), i4: uuidOf(4, 'b000') } as const;
export const CASE = { c1: F.p1Acta, c2: uuidOf(2, '9c00'), c3: uuidOf(3, '9c00'), c4: uuidOf(4, '9c00'), c5: uuidOf(5, '9c00') } as const;

export const OPERATIONS = [
  // O1: a checkpoint (night of 6 March): a negative, a positive (retest at 11 minutes), a retest still due; 10 self-tests.
  operation({
    n: 1,
    type: 'alcohol_test',
    barrio: 'Centro',
    start: at('2026-03-06', 23),
    shift: 'night',
    result: {
      tests: [
        alcoholTest(at('2026-03-06', 23), 0.2, null),
        alcoholTest(at('2026-03-06', 23, 8), 0.6, { at: at('2026-03-06', 23, 19), readingGL: 0.5 }),
        alcoholTest(at('2026-03-06', 23, 16), 0.6, null),
      ],
      selfTests: 10,
    },
    findings: [acta(F.p1Acta, P1, at('2026-03-06', 23, 19))],
  }),
  // O2: the same night after midnight (its shift's day is the 6th): one test on a breathalyser out of verification.
  operation({
    n: 2,
    type: 'alcohol_test',
    barrio: 'Centro',
    start: at('2026-03-07', 1, 30),
    shift: 'night',
    result: {
      tests: [alcoholTest(at('2026-03-07', 1, 30), 0.9, { at: at('2026-03-07', 1, 41), readingGL: 0.8 }, '2024-01-10')],
      selfTests: 0,
    },
  }),
  // O3: 52.1 dB over a 45 dB background at night in a residential zone (limit 50): over; C1 warned.
  operation({
    n: 3,
    type: 'noise_check',
    barrio: 'Nueva Córdoba',
    start: at('2026-03-10', 23),
    shift: 'night',
    result: ambientNoise(at('2026-03-10', 23, 30), 45, 52.1),
    findings: [warning(F.c1Warning, C1)],
  }),
  // O4: 56 dB over 50 in the afternoon (limit 57): within; guidance given.
  operation({
    n: 4,
    type: 'noise_check',
    barrio: 'Nueva Córdoba',
    start: at('2026-04-02', 15),
    shift: 'afternoon',
    result: ambientNoise(at('2026-04-02', 15, 30), 50, 56),
    findings: [guidance(F.guidance)],
  }),
  // O5, O6: two camera clips on the morning of 3 April: V1 warned, the other discarded.
  operation({
    n: 5,
    type: 'camera_review',
    barrio: 'Centro',
    start: at('2026-04-03', 10),
    shift: 'morning',
    result: cameraClip(at('2026-04-03', 10, 10), 'warning'),
    findings: [warning(F.v1Warning, V1)],
  }),
  operation({
    n: 6,
    type: 'camera_review',
    barrio: 'Centro',
    start: at('2026-04-03', 11),
    shift: 'morning',
    result: cameraClip(at('2026-04-03', 11), 'discard'),
  }),
  // O7: L1's lot inspected on 2 March: a notice.
  operation({
    n: 7,
    type: 'vacant_lot',
    barrio: 'Alta Córdoba',
    start: at('2026-03-02', 9),
    shift: 'morning',
    findings: [notice(F.l1Notice, L1, at('2026-03-02', 9, 30))],
  }),
  // O8: an education session, 25 attended.
  operation({
    n: 8,
    type: 'education_session',
    barrio: 'Centro',
    start: at('2026-04-20', 10),
    shift: 'morning',
    result: educationSession(at('2026-04-20', 10), 25),
  }),
  // O9: closed before the range; O10: in the range but not closed. Neither counts.
  operation({
    n: 9,
    type: 'noise_check',
    barrio: 'Centro',
    start: at('2026-02-27', 23),
    shift: 'night',
    result: ambientNoise(at('2026-02-27', 23), 40, 60),
  }),
  operation({ n: 10, type: 'noise_check', barrio: 'Centro', start: at('2026-04-25', 23), shift: 'night', status: 'planned' }),
  // O11: C1's acta in May (follows its March warning).
  operation({
    n: 11,
    type: 'noise_check',
    barrio: 'Nueva Córdoba',
    start: at('2026-05-15', 23),
    shift: 'night',
    findings: [acta(F.c1Acta, C1, at('2026-05-15', 23, 30))],
  }),
  // O12: P2 warned while vending on 20 March; O13: P2's acta on 1 October (after the 6 months).
  operation({
    n: 12,
    type: 'street_vending',
    barrio: 'Centro',
    start: at('2026-03-20', 10),
    shift: 'morning',
    findings: [warning(F.p2Warning, P2)],
  }),
  operation({
    n: 13,
    type: 'street_vending',
    barrio: 'Centro',
    start: at('2026-10-01', 10),
    shift: 'morning',
    findings: [acta(F.p2Acta, P2, at('2026-10-01', 10, 30))],
  }),
  // O14: P1's first acta, September 2025, in another barrio.
  operation({
    n: 14,
    type: 'alcohol_test',
    barrio: 'Nueva Córdoba',
    start: at('2025-09-05', 23),
    shift: 'night',
    findings: [acta(F.p1OldActa, P1, at('2025-09-05', 23, 40))],
  }),
  // O15: L2's lot inspected on 20 March: a notice.
  operation({
    n: 15,
    type: 'vacant_lot',
    barrio: 'Alta Córdoba',
    start: at('2026-03-20', 9),
    shift: 'morning',
    findings: [notice(F.l2Notice, L2, at('2026-03-20', 9, 30))],
  }),
];

export const NOTICES = [
  // Last day 5 March, complied by the owner.
  noticeOf(notice(F.l1Notice, L1, at('2026-03-02', 9, 30)), {
    lastDay: '2026-03-05',
    result: { outcome: 'complied_by_owner', at: at('2026-03-06', 10), by: 'coordinadora', comment: null, actaId: null },
  }),
  // Last day 24 March, not complied: an acta at the re-inspection.
  noticeOf(notice(F.l2Notice, L2, at('2026-03-20', 9, 30)), {
    lastDay: '2026-03-24',
    result: { outcome: 'not_complied', at: at('2026-03-26', 10), by: 'coordinadora', comment: null, actaId: F.l2ReinspectionActa },
  }),
  // From the complaint I2 (citizens' app): last day 15 April, not re-inspected yet.
  noticeOf(notice(F.l3Notice, L3, at('2026-03-15', 20, 40)), {
    lastDay: '2026-04-15',
    origin: 'complaint',
    sourceId: INCIDENT.i2,
    operationType: null,
    category: 'other',
  }),
  // Last day in May; and one never notified. Neither counts.
  noticeOf(notice(F.outOfRangeNotice, L3, at('2026-05-01', 9)), { lastDay: '2026-05-10' }),
  noticeOf(notice(F.unnotified, L3, at('2026-04-01', 9))),
];

export const INCIDENTS = [
  // I1: two complaints (103, WhatsApp), the first unit on scene after 12 minutes, V1's acta.
  incident(INCIDENT.i1, at('2026-04-10', 10), {
    complaints: [complaintAt(at('2026-04-10', 10)), complaintAt(at('2026-04-10', 10, 5), { id: uuidOf(11, '9000'), channel: 'whatsapp' })],
    assignedAt: at('2026-04-10', 10, 2),
    arrivedAt: at('2026-04-10', 10, 12),
    outcome: 'acta',
    finding: acta(F.v1Acta, V1, at('2026-04-10', 10, 30)),
  }),
  // I2: through the citizens' app, a unit after 30 minutes, L3's notice.
  incident(INCIDENT.i2, at('2026-03-15', 20), {
    place: { barrio: 'Alta Córdoba', address: null, lat: -31.39, lng: -64.18, precision: 'barrio' },
    complaints: [complaintAt(at('2026-03-15', 20), { channel: 'citizens_app', reporter: null })],
    assignedAt: at('2026-03-15', 20, 5),
    arrivedAt: at('2026-03-15', 20, 30),
    outcome: 'notice',
    finding: notice(F.l3Notice, L3, at('2026-03-15', 20, 40)),
  }),
  // I3: a 103 call in Centro no unit reached; I4: before the range.
  incident(INCIDENT.i3, at('2026-04-20', 8), { place: { barrio: 'Centro', address: null, lat: -31.41, lng: -64.18, precision: 'barrio' } }),
  incident(INCIDENT.i4, at('2026-02-20', 8), { complaints: [complaintAt(at('2026-02-20', 8), { channel: 'help_line' })] }),
];

export const CASES = [
  // C1 (P1's acta): notified 10 March, paid voluntarily, closed 16 March: 9 days.
  courtCase(
    CASE.c1,
    P1,
    [
      ['incoming', at('2026-03-07', 10)],
      ['opened', at('2026-03-08', 10)],
      ['notified', at('2026-03-10', 10)],
      ['paid_voluntarily', at('2026-03-15', 10)],
      ['closed', at('2026-03-16', 10)],
    ],
    {
      barrio: 'Centro',
      notification: { channel: 'cidi', notifiedOn: '2026-03-10', due: '2026-03-17', offerUem: 200, uemValueArs: 10_808, discountPct: 40 },
      voluntaryPayment: { paidOn: '2026-03-15', amountCents: 129_696_000, receipt: 'R-1' },
    },
  ),
  // C2: entered at the desk, notified 25 March, its term expired 10 April: waiting at the end of April.
  courtCase(
    CASE.c2,
    P2,
    [
      ['incoming', at('2026-03-20', 10)],
      ['opened', at('2026-03-20', 10, 5)],
      ['notified', at('2026-03-25', 10)],
      ['term_expired', at('2026-04-10', 10)],
    ],
    {
      origin: 'desk',
      operationId: null,
      operationType: null,
      barrio: 'Centro',
      notification: { channel: 'cidi', notifiedOn: '2026-03-25', due: '2026-04-09', offerUem: 200, uemValueArs: 10_808, discountPct: 40 },
    },
  ),
  // C3: came in on 28 April (a noise acta).
  courtCase(CASE.c3, C1, [['incoming', at('2026-04-28', 10)]], { operationType: 'noise_check' }),
  // C4: came in 1 February, resolved 5 April (63 days), closed only in May: resolved at the end of April.
  courtCase(
    CASE.c4,
    P1,
    [
      ['incoming', at('2026-02-01', 10)],
      ['opened', at('2026-02-02', 10)],
      ['notified', at('2026-02-05', 10)],
      ['term_expired', at('2026-02-20', 10)],
      ['hearing_scheduled', at('2026-03-01', 10)],
      ['hearing_held', at('2026-04-01', 10)],
      ['resolved', at('2026-04-05', 10)],
      ['paid', at('2026-05-10', 10)],
      ['closed', at('2026-05-20', 10)],
    ],
    { notification: { channel: 'cidi', notifiedOn: '2026-02-05', due: '2026-02-19', offerUem: 200, uemValueArs: 10_808, discountPct: 40 } },
  ),
  // C5: came in after the range.
  courtCase(CASE.c5, V1, [['incoming', at('2026-05-02', 10)]]),
];

/** Writes the data set through the cache's stores, as a sync would. */
export function writeHandChecked(cache: Cache): void {
  cache.db.transaction(() => cache.operations.put(OPERATIONS))();
  putRecords(cache, 'notice', NOTICES);
  putRecords(cache, 'incident', INCIDENTS);
  putRecords(cache, 'court_case', CASES);
}
