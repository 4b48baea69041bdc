// The notice follow-up's reads through the real core and a real cache file (no hub: the notices, operations and court
// cases a hub would have sent are written into the file first; notifications and results go through
// 'records.mutate', so they wait in the outbox as they would offline). Roles are checked against a hub's accounts in
// src/hub/notices-follow-up.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Antecedentes, NoticesList } from '../../shared/api/insights.ts';
import type { NumberedFinding } from '../../shared/operations/details.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { Mutation } from '../../shared/records/mutations.ts';
import type { Notice } from '../../shared/records/notice-schema.ts';
import { caseAt } from '../../shared/records/test-support/court-cases.ts';
import { operationAt, uuidOf } from '../../shared/records/test-support/dispatch.ts';
import { NOTICE_RECORD, noticeAt } from '../../shared/records/test-support/notices.ts';
import { addDaysIso } from '../../shared/settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../../shared/time/cordoba.ts';
import { createCache } from '../cache/cache.ts';
import { CACHE_FILE_NAME } from '../cache/cache-session.ts';
import { createConsoleCore, type ConsoleCore } from '../console-core.ts';
import { tempDir } from '../test-support/temp-dir.ts';

/** The notice's facts without its deadline: what an acta about the same lot carries. */
const actaFields = (({ legalBasis, place, description, evidence, promoterId }) => ({
  legalBasis,
  place,
  description,
  evidence,
  promoterId,
}))(NOTICE_RECORD);

const NOW = Date.now();
const DAY = 86_400_000;
const TODAY = cordobaIsoDate(NOW);
const N = { toNotify: uuidOf(1), dueSoon: uuidOf(2), overdue: uuidOf(3), dueLater: uuidOf(4), complied: uuidOf(5) };
const REINSPECTION = uuidOf(11);

/** The first instant of the Córdoba day `days` from today: a notice due then may be re-inspected from that day. */
const dayStart = (days: number) => cordobaDayRange(addDaysIso(TODAY, days))![0];

function notice(id: string, foundDaysAgo: number, changes: Partial<Notice> = {}): Notice {
  const occurredAt = NOW - foundDaysAgo * DAY;
  return noticeAt(id, { record: { ...NOTICE_RECORD, occurredAt, deadline: occurredAt + 3 * DAY }, createdAt: occurredAt, ...changes });
}
const notification = (dueInDays: number): Notice['notification'] => ({
  channel: 'in_person',
  notifiedAt: dayStart(dueInDays - 4),
  lastDay: addDaysIso(TODAY, dueInDays - 1),
  dueBy: dayStart(dueInDays),
  by: 'coordinadora',
});

/** A closed vacant-lot operation whose findings a hub would have sent. */
function closedWith(id: string, daysAgo: number, findings: NumberedFinding[]): Operation {
  const at = NOW - daysAgo * DAY;
  return { ...operationAt(id, at, 'closed'), type: 'vacant_lot', barrio: 'Alta Córdoba', shift: 'morning', details: { findings } };
}

const LOT = NOTICE_RECORD.offender; // a property: 03-12-045-017
const PERSON = { kind: 'person', dni: '30111222', fullName: 'Juan Pérez' } as const;
const COMPANY = { kind: 'company', cuit: '20-12345678-6', name: 'Corralón Norte SRL' } as const;

function start(): ConsoleCore {
  const dataDir = tempDir();
  const cache = createCache(path.join(dataDir, CACHE_FILE_NAME));
  cache.records.putNewer('notice', [
    notice(N.toNotify, 2),
    notice(N.dueSoon, 2, { notification: notification(3), reinspectionId: REINSPECTION }),
    notice(N.overdue, 10, { notification: notification(-1), reinspectionId: uuidOf(12) }),
    notice(N.dueLater, 1, { notification: notification(20) }),
    notice(N.complied, 30, {
      notification: notification(-20),
      result: { outcome: 'complied_by_owner', at: NOW - 15 * DAY, by: 'coordinadora', comment: null, actaId: null },
    }),
  ]);
  cache.operations.put([
    { ...operationAt(REINSPECTION, dayStart(3) + 10 * 3_600_000, 'planned'), type: 'vacant_lot' },
    // The lot and a company were warned a month ago, the lot given a notice three weeks ago; Juan Pérez got an acta last year.
    closedWith(uuidOf(21), 30, [
      { id: uuidOf(31), finding: { outcome: 'warning', offender: LOT } },
      { id: uuidOf(35), finding: { outcome: 'warning', offender: COMPANY } },
    ]),
    closedWith(uuidOf(22), 20, [
      { id: uuidOf(32), finding: { outcome: 'guidance' } },
      {
        id: uuidOf(33),
        finding: { outcome: 'notice', record: { ...NOTICE_RECORD, occurredAt: NOW - 20 * DAY, deadline: NOW - 17 * DAY } },
      },
    ]),
    closedWith(uuidOf(23), 400, [
      {
        id: uuidOf(34),
        finding: {
          outcome: 'acta',
          record: { ...actaFields, kind: 'acta', offender: PERSON, occurredAt: NOW - 400 * DAY },
        },
      },
    ]),
  ]);
  cache.records.putNewer('court_case', [
    caseAt(uuidOf(34), 'incoming', { record: { ...caseAt(uuidOf(34), 'incoming').record, offender: PERSON } }),
  ]);
  cache.close();
  return createConsoleCore({ dataDir, host: 'browser', version: 'test', demo: false, hub: null, log: () => {} });
}

async function call<T>(core: ConsoleCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
const mutate = (core: ConsoleCore, mutation: Mutation) => core.dispatch('records.mutate', { mutation });
const ids = (list: NoticesList) => list.notices.map((v) => v.notice.id);

describe('notices.list', () => {
  it('lists every notice by urgency with its stage, its planned re-inspection and the counts by stage', async () => {
    const core = start();
    const list = await call<NoticesList>(core, 'notices.list', {});
    expect(list.today).toBe(TODAY);
    expect(ids(list)).toEqual([N.toNotify, N.overdue, N.dueSoon, N.dueLater, N.complied]);
    expect(list.notices.map((v) => v.stage)).toEqual(['to_notify', 'to_reinspect', 'running', 'running', 'complied']);
    expect(list.byStage).toEqual({ to_notify: 1, running: 2, to_reinspect: 1, complied: 1, city_repaired: 0, not_complied: 0 });
    const due = list.notices.find((v) => v.notice.id === N.dueSoon)!;
    expect(due.reinspection).toEqual({ plannedStart: dayStart(3) + 10 * 3_600_000, status: 'planned' });
    // Planned at the hub and not yet here: nothing to show rather than a guess.
    expect(list.notices.find((v) => v.notice.id === N.overdue)!.reinspection).toBeNull();
    expect(list.notices.every((v) => v.unsynced === null)).toBe(true);
    core.close();
  });

  it('filters by stage and by re-inspections due within some days (overdue ones included), counting over all', async () => {
    const core = start();
    const week = await call<NoticesList>(core, 'notices.list', { dueWithinDays: 7 });
    expect(ids(week)).toEqual([N.overdue, N.dueSoon]);
    expect(week.byStage.running).toBe(2);
    expect(ids(await call<NoticesList>(core, 'notices.list', { dueWithinDays: 2 }))).toEqual([N.overdue]);
    expect(ids(await call<NoticesList>(core, 'notices.list', { dueWithinDays: 3 }))).toEqual([N.overdue, N.dueSoon]);
    expect(ids(await call<NoticesList>(core, 'notices.list', { stages: ['running'] }))).toEqual([N.dueSoon, N.dueLater]);
    expect(ids(await call<NoticesList>(core, 'notices.list', { stages: ['running'], dueWithinDays: 7 }))).toEqual([N.dueSoon]);
    const page = await call<NoticesList>(core, 'notices.list', { limit: 2 });
    expect([ids(page), page.matched]).toEqual([[N.toNotify, N.overdue], 5]);
    const none = await call<NoticesList>(core, 'notices.list', { search: 'Nadie Conocido' });
    expect([ids(none), none.matched, none.byStage.running]).toEqual([[], 0, 2]);
    expect((await call<NoticesList>(core, 'notices.list', { search: 'cabrera 03.12' })).matched).toBe(5);
    const bad = [{ stages: ['archived'] }, { dueWithinDays: -1 }, { dueWithinDays: 1.5 }, { more: 1 }, { limit: 0 }, { limit: 201 }];
    for (const input of [...bad, { search: 'x'.repeat(201) }]) {
      expect(await core.dispatch('notices.list', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    core.close();
  });

  it('shows a notification as it is written: running, pending until the hub has it; a result before the deadline is refused', async () => {
    const core = start();
    const notifiedAt = NOW - 3_600_000;
    const notify = { kind: 'notice.notify', id: N.toNotify, channel: 'cidi', notifiedAt, reinspectionId: uuidOf(13) } as const;
    expect(await mutate(core, notify)).toMatchObject({ ok: true });
    const running = await call<NoticesList>(core, 'notices.list', { stages: ['running'] });
    const view = running.notices.find((v) => v.notice.id === N.toNotify);
    expect(view).toMatchObject({ stage: 'running', unsynced: 'pending', reinspection: null });
    expect(view!.notice.notification).toMatchObject({ channel: 'cidi', notifiedAt, lastDay: addDaysIso(cordobaIsoDate(notifiedAt), 3) });

    const result = (id: string) => ({ kind: 'notice.reinspect', id, outcome: 'not_complied', at: NOW, actaId: uuidOf(41) }) as const;
    expect(await mutate(core, result(N.dueSoon))).toEqual({
      ok: false,
      error: { code: 'refused', issues: [{ path: '', code: 'term_open' }] },
    });
    expect(await mutate(core, result(N.overdue))).toMatchObject({ ok: true });
    const list = await call<NoticesList>(core, 'notices.list', {});
    expect(list.byStage).toMatchObject({ to_notify: 0, running: 3, to_reinspect: 0, not_complied: 1 });
    expect(list.notices.find((v) => v.notice.id === N.dueSoon)!.unsynced).toBeNull();
    core.close();
  });
});

describe('notices.history', () => {
  const history = (core: ConsoleCore, offender: unknown) => call<Antecedentes>(core, 'notices.history', { offender });

  it('counts an identity’s earlier findings and cases and suggests what "warn first, sanction on repeat" calls for', async () => {
    const core = start();
    // The lot, typed with other separators: one parcel. A notice within the repeat window: a repeat.
    const lot = await history(core, { kind: 'property', cadastralId: '03.12.045.017 ' });
    expect(lot).toMatchObject({ key: 'cad:0312045017', counts: { warnings: 1, notices: 1, actas: 0, cases: 0 }, suggestion: 'repeat' });
    expect(lot.latest.map((f) => [f.findingId, f.outcome, f.operationType, f.category, f.barrio])).toEqual([
      [uuidOf(33), 'notice', 'vacant_lot', 'vacant_lot', 'Alta Córdoba'],
      [uuidOf(31), 'warning', 'vacant_lot', 'vacant_lot', 'Alta Córdoba'],
    ]);
    // An acta over a year ago still counts, but no longer makes a repeat.
    const person = await history(core, { kind: 'person', dni: '30.111.222' });
    expect(person).toMatchObject({
      key: 'dni:30111222',
      counts: { warnings: 0, notices: 0, actas: 1, cases: 1 },
      suggestion: 'first_time',
    });
    expect(await history(core, { kind: 'vehicle', plate: 'AB123CD' })).toEqual({
      key: 'plate:AB123CD',
      counts: { warnings: 0, notices: 0, actas: 0, cases: 0 },
      latest: [],
      suggestion: 'first_time',
    });
    core.close();
  });

  it('suggests "warned" for a warning within the follow-up window and nothing heavier', async () => {
    const core = start();
    const company = await history(core, { kind: 'company', cuit: '20123456786' });
    expect(company).toMatchObject({ key: 'cuit:20123456786', counts: { warnings: 1, notices: 0, actas: 0 }, suggestion: 'warned' });
    core.close();
  });

  it('refuses an identity that is not one, and a name it does not need', async () => {
    const core = start();
    for (const offender of [
      { kind: 'person', dni: '12' },
      { kind: 'company', cuit: '20-12345678-0' },
      { kind: 'property', cadastralId: '' },
      { kind: 'person', dni: '30111222', fullName: 'Juan Pérez' },
      { kind: 'ship', name: 'x' },
    ]) {
      expect(await core.dispatch('notices.history', { offender })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    core.close();
  });
});
