// Issue 14's notice follow-up through the real hub and consoles: a coordinator closes a vacant-lot inspection with a
// notice (the lot, by its cadastral id) and a warning (its neighbour, by DNI); the hub makes the notice's follow-up.
// The notification, dated five days back, fixes the deadline and the hub plans the re-inspection; "no cumplió" after
// the deadline becomes an acta the court desk receives. Who reads what: the follow-up is the coordinators', the
// antecedentes are for those who write findings (a dispatcher too), and the court roles get neither.
import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { CourtCasesResult } from '../shared/api/court.ts';
import type { Antecedentes, NoticesList } from '../shared/api/insights.ts';
import type { Operation } from '../shared/operations/types.ts';
import { call, consoleFor, eventually, hubAt, untilLive } from './test-support/following-console.ts';

const mutate = (core: ConsoleCore, mutation: unknown) => call(core, 'records.mutate', { mutation });

const DAY = 86_400_000;
const INSPECTED = Date.now() - 7 * DAY;
const LOT = { kind: 'property', cadastralId: '03-12-045-017', address: 'Jerónimo Luis de Cabrera 1450' } as const;
const NEIGHBOUR = { kind: 'person', dni: '30111222', fullName: 'Juan Pérez' } as const;

describe('a vacant lot’s notice, from the inspection to the court desk', () => {
  it('is followed up by the coordinators and ends, unmet, as an acta', async () => {
    const hub = await hubAt(tempDir());
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    const dispatcher = consoleFor(hub, { role: 'dispatcher' });
    const clerk = consoleFor(hub, { role: 'court_clerk' });
    await Promise.all([untilLive(coordinator, 20_000), untilLive(dispatcher, 20_000), untilLive(clerk, 20_000)]);

    const plan = {
      type: 'vacant_lot',
      barrio: 'Alta Córdoba',
      address: LOT.address,
      plannedStart: INSPECTED,
      plannedEnd: INSPECTED + 2 * 3_600_000,
      shift: 'morning',
      team: 'Baldíos Norte',
    };
    const { operation } = await call<{ operation: Operation }>(coordinator, 'operations.create', { plan });
    for (const status of ['planned', 'reserved', 'in_progress'])
      await call(coordinator, 'operations.setStatus', { id: operation.id, status });
    const noticeId = crypto.randomUUID();
    await call(coordinator, 'operations.close', {
      id: operation.id,
      result: {
        inspectedAt: INSPECTED,
        kind: 'vacant_lot',
        origin: 'patrol',
        cadastralId: LOT.cadastralId,
        owner: null,
        surfaceM2: 450,
        riskGrade: 'medium',
        photos: [],
      },
      findings: [
        { id: crypto.randomUUID(), finding: { outcome: 'warning', offender: NEIGHBOUR } },
        {
          id: noticeId,
          finding: {
            outcome: 'notice',
            record: {
              kind: 'notice',
              offender: LOT,
              legalBasis: { norm: 'ord_12468', article: 208 },
              place: { address: LOT.address, lat: -31.3935, lng: -64.1757 },
              occurredAt: INSPECTED,
              description: 'Malezas de más de un metro y residuos.',
              evidence: [],
              promoterId: 'prom-001',
              deadline: INSPECTED + 3 * DAY,
            },
          },
        },
      ],
    });

    // The hub made the follow-up; the coordinators have it, to notify.
    const list = () => call<NoticesList>(coordinator, 'notices.list', {});
    const first = await eventually(list, (l) => l.notices.some((v) => v.notice.id === noticeId && v.unsynced === null), 20_000);
    expect(first.notices.find((v) => v.notice.id === noticeId)).toMatchObject({ stage: 'to_notify', reinspection: null });

    // Notified five days ago: the three days have passed. The hub plans the re-inspection as an operation.
    const reinspectionId = crypto.randomUUID();
    const notifiedAt = Date.now() - 5 * DAY;
    await mutate(coordinator, { kind: 'notice.notify', id: noticeId, channel: 'address', notifiedAt, reinspectionId });
    const notified = await eventually(list, (l) => l.notices.some((v) => v.notice.id === noticeId && v.reinspection !== null), 20_000);
    expect(notified.notices.find((v) => v.notice.id === noticeId)).toMatchObject({
      stage: 'to_reinspect',
      reinspection: { status: 'planned' },
      notice: { reinspectionId, notification: { channel: 'address', notifiedAt } },
    });
    const { operation: reinspection } = await call<{ operation: Operation }>(coordinator, 'operations.get', { id: reinspectionId });
    expect(reinspection).toMatchObject({ type: 'vacant_lot', barrio: 'Alta Córdoba', address: LOT.address, team: 'Baldíos Norte' });

    // Not complied: an acta the court desk receives.
    const actaId = crypto.randomUUID();
    await mutate(coordinator, { kind: 'notice.reinspect', id: noticeId, outcome: 'not_complied', at: Date.now() - DAY, actaId });
    const cases = await eventually(
      () => call<CourtCasesResult>(clerk, 'court.cases', {}),
      (r) => r.cases.some((c) => c.case.id === actaId),
      20_000,
    );
    expect(cases.cases.find((c) => c.case.id === actaId)).toMatchObject({
      status: 'incoming',
      case: { record: { kind: 'acta', offender: LOT }, operationId: reinspectionId, barrio: 'Alta Córdoba' },
    });
    await eventually(list, (l) => l.notices.some((v) => v.notice.id === noticeId && v.stage === 'not_complied' && v.unsynced === null));

    // The lot's antecedentes: its notice and the acta it became. The neighbour's warning, for a dispatcher too.
    const lot = await call<Antecedentes>(coordinator, 'notices.history', { offender: { kind: 'property', cadastralId: '03.12.045.017' } });
    expect(lot).toMatchObject({ counts: { notices: 1, actas: 1 }, suggestion: 'repeat' });
    const neighbour = await eventually(
      () => call<Antecedentes>(dispatcher, 'notices.history', { offender: { kind: 'person', dni: NEIGHBOUR.dni } }),
      (a) => a.counts.warnings === 1,
    );
    expect(neighbour.suggestion).toBe('warned');

    // Who may not: the follow-up is not the dispatcher's; nothing of it is the court's.
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    expect(await dispatcher.dispatch('notices.list', {})).toEqual(forbidden);
    expect(await clerk.dispatch('notices.list', {})).toEqual(forbidden);
    expect(await clerk.dispatch('notices.history', { offender: { kind: 'person', dni: NEIGHBOUR.dni } })).toEqual(forbidden);
  }, 60_000);
});
