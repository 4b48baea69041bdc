// Runs in: anywhere (tests only). Court cases at each step of their lifecycle, valid under CourtCaseSchema, for
// the court tests: an alcohol-test acta from a Friday-night checkpoint in Nueva Córdoba.
import type { CaseStatus } from '../../court/case-status.ts';
import type { ActaRecord } from '../../rules/findings.ts';
import type { CourtCase } from '../court-case-schema.ts';
import type { Hearing, HearingRecord } from '../hearing-schema.ts';
import { hearingSlotId } from '../../court/hearing-slot.ts';
import { cordobaInstant } from '../../time/cordoba.ts';

export const ACTA: ActaRecord = {
  kind: 'acta',
  offender: { kind: 'person', dni: '30111222', fullName: 'Juan Pérez' },
  legalBasis: { norm: 'ord_10216', article: 1 },
  place: { address: 'Bv. Chacabuco 500', lat: -31.429, lng: -64.1868 },
  occurredAt: Date.UTC(2026, 10, 14, 3),
  description: 'Conducía con 0,9 g/L en el segundo control, repetido a los 11 minutos.',
  evidence: [],
  promoterId: 'prom-001',
};

/** A case with the given status and fields; an opened one is numbered and at the CPC court of Nueva Córdoba. */
export function caseAt(id: string, status: CaseStatus, changes: Partial<CourtCase> = {}): CourtCase {
  const opened = status !== 'incoming';
  return {
    id,
    origin: 'operation',
    operationId: '0190a8c0-0000-7000-8000-000000000003',
    operationType: 'alcohol_test',
    record: ACTA,
    promoterName: 'Ana López',
    barrio: 'Nueva Córdoba',
    status,
    number: opened ? 'TF-2026-000007' : null,
    courtId: opened ? 'cpc-mercado-de-la-ciudad' : null,
    competence: opened ? { why: 'barrio_cpc', uncertain: true } : null,
    courtHistory: opened ? [{ courtId: 'cpc-mercado-de-la-ciudad', at: 1, by: 'secretaria', reason: null }] : [],
    notification: null,
    defence: null,
    voluntaryPayment: null,
    settlement: null,
    timeline: [{ at: 1, status, by: null }],
    createdAt: 1,
    version: 1,
    ...changes,
  };
}

/** The notification of a case notified on `notifiedOn` whose term ends on `due`: 200 UEM at $ 10.808, 40 % off. */
export const notified = (notifiedOn: string, due: string): NonNullable<CourtCase['notification']> => ({
  channel: 'cidi',
  notifiedOn,
  due,
  offerUem: 200,
  uemValueArs: 10_808,
  discountPct: 40,
});

/** What a clerk records at the hearing of ACTA: the offender present and identified, a statement, a fine of 200 UEM. */
export const HEARING_RECORD: HearingRecord = {
  parties: [{ role: 'offender', fullName: 'Juan Pérez', dni: '30111222', attendance: 'present' }],
  identity: { checked: true, fullName: 'Juan Pérez', document: 'dni', number: '30111222' },
  interpreter: { needed: false },
  statement: { given: true, by: 'Juan Pérez', text: 'Reconozco que había tomado dos cervezas.' },
  evidence: [{ kind: 'acta', description: 'Acta de constatación con las dos lecturas del alcoholímetro' }],
  resolution: {
    inAbsentia: false,
    measures: [{ kind: 'fine', fine: { uem: 200, uemValueCents: 1_080_800, amountCents: 216_160_000 }, paymentDeadline: '2026-12-30' }],
    legalBasis: [{ norm: 'ord_10216', article: 1 }],
  },
};

/** A hearing of case `caseId` on 2026-12-10 at 09:00 in Sala 1 of the Mercado de la Ciudad's court. */
export function hearingAt(caseId: string, status: Hearing['status'], changes: Partial<Hearing> = {}): Hearing {
  const start = cordobaInstant(2026, 12, 10, 9);
  return {
    id: hearingSlotId('cpc-mercado-de-la-ciudad', 'Sala 1', start),
    caseId,
    caseNumber: 'TF-2026-000007',
    offenderName: 'Juan Pérez',
    courtId: 'cpc-mercado-de-la-ciudad',
    room: 'Sala 1',
    judge: 'Dra. María Laura Ferreyra',
    start,
    end: start + 30 * 60_000,
    status,
    history: [],
    record: status === 'scheduled' ? null : HEARING_RECORD,
    signed: null,
    amends: null,
    version: 1,
    ...changes,
  };
}
