// Issue 5's flow through the real hub and consoles: a coordinator plans a Friday-night alcohol checkpoint,
// reserves a qualified team and a verified breathalyser (no roster conflicts), runs it and closes it with two
// positive screenings — one retested under the limit — and the acta of the other reaches the court desk.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { RosterWeekView } from '../shared/api/planning.ts';
import type { Operation } from '../shared/operations/types.ts';
import type { CaseDetail, CourtCasesResult } from '../shared/api/court.ts';
import { alcoholVerdict } from '../shared/rules/alcohol.ts';
import { settingsAt } from '../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../shared/settings/defaults.ts';
import { call, consoleFor, eventually, hubAt, untilLive } from './test-support/following-console.ts';

const FRIDAY_22H = Date.UTC(2026, 11, 5, 1); // Friday 4 Dec 2026, 22:00 in Córdoba (UTC−3)
const MIN = 60_000;

function driverTest(dni: string, plate: string, first: number, retest: { minutes: number; reading: number } | null) {
  return {
    testedAt: FRIDAY_22H + 60 * MIN,
    jurisdiction: 'city',
    driverDni: dni,
    licenceNumber: `L-${dni}`,
    plate,
    deviceSerial: 'ALC-0001',
    deviceVerifiedOn: '2026-03-01',
    firstReadingGL: first,
    retest: retest && { at: FRIDAY_22H + 60 * MIN + retest.minutes * MIN, readingGL: retest.reading },
    actions: retest && retest.reading > 0.4 ? ['licence_retained', 'acta'] : [],
  };
}

describe('an alcohol checkpoint, from plan to the court desk', () => {
  it('plans, staffs, closes with findings and delivers the acta', async () => {
    const hub = await hubAt(tempDir());
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    const clerk = consoleFor(hub, { role: 'court_clerk' });
    await Promise.all([untilLive(coordinator), untilLive(clerk)]);

    const plan = {
      type: 'alcohol_test',
      barrio: 'Nueva Córdoba',
      address: 'Bv. Chacabuco y Bv. Illia',
      plannedStart: FRIDAY_22H,
      plannedEnd: FRIDAY_22H + 6 * 60 * MIN,
      shift: 'night',
      team: 'Conducción Responsable',
    };
    const { operation } = await call<{ operation: Operation }>(coordinator, 'operations.create', { plan });
    // The type's own plan: a city checkpoint (its alcohol limit follows from that); a bad value is a field issue.
    const badPlan = await coordinator.dispatch('operations.setTypedPlan', {
      id: operation.id,
      typedPlan: { jurisdiction: 'moon', checkpoint: 'x' },
    });
    expect(badPlan).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'typedPlan.jurisdiction' }] } });
    await call(coordinator, 'operations.setTypedPlan', {
      id: operation.id,
      typedPlan: { jurisdiction: 'city', checkpoint: 'Chacabuco e Illia' },
    });
    const week = await eventually(
      () => call<RosterWeekView>(coordinator, 'roster.week', { date: '2026-12-04' }),
      (w) => w.people.length > 0 && w.operations.some((o) => o.id === operation.id),
    );
    const operator = week.people.find((p) => p.qualifications.includes('alcohol_test_operator'))!;
    const driver = week.people.find((p) => p.qualifications.includes('driver') && p.id !== operator.id)!;
    const device = week.resources.find((r) => r.kind === 'breathalyser' && r.calibratedOn! > FRIDAY_22H - 300 * 24 * 60 * MIN)!;
    const unstaffed = week.conflicts.filter((c) => 'operationId' in c && c.operationId === operation.id).map((c) => c.kind);
    expect(unstaffed).toEqual(expect.arrayContaining(['missing_qualification', 'missing_equipment']));

    await call(coordinator, 'operations.assign', {
      id: operation.id,
      assigned: { people: [operator.id, driver.id], resources: [device.id, 'movil-01'] },
    });
    const staffed = await call<RosterWeekView>(coordinator, 'roster.week', { date: '2026-12-04' });
    expect(staffed.conflicts.filter((c) => JSON.stringify(c).includes(operation.id))).toEqual([]);
    for (const status of ['planned', 'reserved', 'in_progress'])
      await call(coordinator, 'operations.setStatus', { id: operation.id, status });

    // Two positive screenings: one retested under the limit (negative), one over it (positive → acta).
    const cleared = driverTest('30111222', 'AB123CD', 0.62, { minutes: 11, reading: 0.31 });
    const caught = driverTest('28999888', 'AC456EF', 0.95, { minutes: 10, reading: 0.88 });
    const rules = settingsAt(
      DEFAULT_SETTINGS,
      ['alcohol.limitsGL', 'alcohol.retestWindowMinutes', 'alcohol.deviceVerificationMonths', 'alcohol.provincialTiers'],
      FRIDAY_22H,
    );
    if (!rules.ok) throw new Error('no alcohol settings');
    expect(alcoholVerdict(cleared as never, rules.values).status).toBe('negative');
    expect(alcoholVerdict(caught as never, rules.values).status).toBe('positive');

    // Hostile input is refused with field issues, and nothing is closed.
    const bad = await coordinator.dispatch('operations.close', {
      id: operation.id,
      result: { tests: [{ ...caught, firstReadingGL: 40 }], selfTests: 0 },
      findings: [],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'result.tests.0.firstReadingGL', code: 'out_of_range' }] },
    });

    const actaId = crypto.randomUUID();
    const findings = [
      { id: crypto.randomUUID(), finding: { outcome: 'guidance', comment: 'Retest bajo el límite' } },
      {
        id: actaId,
        finding: {
          outcome: 'acta',
          record: {
            kind: 'acta',
            offender: { kind: 'person', dni: '28999888', fullName: 'Conductor de prueba' },
            legalBasis: { norm: 'ord_10216', article: 1 },
            place: { address: plan.address, lat: -31.429, lng: -64.187 },
            occurredAt: caught.retest!.at,
            description: 'Alcoholemia positiva 0,88 g/L en el retest',
            evidence: [{ kind: 'reading', ref: 'ALC-0001 #2' }],
            promoterId: operator.id,
          },
        },
      },
    ];
    const closed = await call<{ operation: Operation }>(coordinator, 'operations.close', {
      id: operation.id,
      result: { tests: [cleared, caught], selfTests: 14 },
      findings,
    });
    expect(closed.operation.status).toBe('closed');
    expect(closed.operation.details?.timeline?.map((t) => t.status)).toEqual(['draft', 'planned', 'reserved', 'in_progress', 'closed']);
    expect(closed.operation.details?.typedPlan).toEqual({ jurisdiction: 'city', checkpoint: 'Chacabuco e Illia' });

    const { cases: views } = await eventually(
      () => call<CourtCasesResult>(clerk, 'court.cases', {}),
      (r) => r.cases.some((view) => view.case.id === actaId),
    );
    // The demo court's own cases are there too; this one is the acta's.
    const view = views.find((v) => v.case.id === actaId)!;
    expect(view).toMatchObject({ status: 'incoming', term: null, offer: { offered: false, reason: 'not_notified' } });
    const cases = [view.case];
    expect(cases[0]).toMatchObject({
      id: actaId,
      operationId: operation.id,
      operationType: 'alcohol_test',
      status: 'incoming',
      record: { kind: 'acta', offender: { dni: '28999888' } },
    });
    // The acta names its author as the court desk knows them (court roles do not read the roster).
    expect(cases[0]!.promoterName).toBe(operator.name);
    // The coordinator's role does not read court cases; the clerk's does not read units.
    expect(await coordinator.dispatch('court.cases', {})).toEqual({ ok: false, error: { code: 'forbidden' } });
    // The case's audit chain came with it: its first entry is the closing that made it.
    const { detail } = await eventually(
      () => call<{ detail: CaseDetail | null }>(clerk, 'court.case', { id: actaId }),
      (r) => (r.detail?.history.length ?? 0) === 1,
    );
    expect(detail!.history[0]).toMatchObject({ n: 1, entity: 'court_case', action: 'operation.close', recordVersion: 1 });
    expect(await call(clerk, 'court.audit.verify', { caseId: actaId })).toEqual({ chains: 1, entries: 1, broken: [] });
  });
});
