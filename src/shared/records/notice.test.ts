// The notice follow-up's mutations on a small in-memory side that saves what each change derives (the re-inspection
// a notification plans, the acta an unmet notice becomes), with the default dated settings: one table per step.
import { describe, expect, it } from 'vitest';
import { OperationSchema } from '../operations/operation-schema.ts';
import type { Operation } from '../operations/types.ts';
import { variantFor } from '../notices/trial-for.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import type { CourtCase } from './court-case-schema.ts';
import type { Mutation } from './mutations.ts';
import { NoticeSchema, type Notice, type NoticeResult } from './notice-schema.ts';
import { memorySide, uuidOf, type MemorySide } from './test-support/dispatch.ts';
import { FOUND_AT, NOTIFIED, noticeAt, trialAt } from './test-support/notices.ts';

const ID = uuidOf(40);
const REINSPECTION = uuidOf(41);
const ACTA_ID = uuidOf(42);
const TRIAL = uuidOf(43);
const LATER_TRIAL = uuidOf(44);
const NOW = cordobaInstant(2026, 12, 10, 11);

function side(notice: Notice = noticeAt(ID), now = NOW): MemorySide {
  const s = memorySide(now, DEFAULT_SETTINGS, 'coordinadora');
  s.put('notice', notice);
  s.put('person', { id: 'prom-001', name: 'Ana López', qualifications: [], version: 1 });
  s.put('notice_trial', trialAt(TRIAL));
  s.put('notice_trial', trialAt(LATER_TRIAL, { createdAt: cordobaInstant(2026, 11, 2) }));
  return s;
}
const noticeOf = (s: MemorySide) => NoticeSchema.parse(s.get('notice', ID));

const notify = (fields: Partial<Extract<Mutation, { kind: 'notice.notify' }>> = {}): Mutation => ({
  kind: 'notice.notify',
  id: ID,
  channel: 'cidi',
  notifiedAt: cordobaInstant(2026, 12, 1, 9, 30),
  reinspectionId: REINSPECTION,
  ...fields,
});
const reinspect = (outcome: NoticeResult, at: number, comment?: string): Mutation => ({
  kind: 'notice.reinspect',
  id: ID,
  outcome,
  at,
  actaId: ACTA_ID,
  ...(comment ? { comment } : {}),
});

describe('notice.notify', () => {
  it('fixes the deadline from the notification day, not the inspection, and plans the re-inspection the morning after', () => {
    const s = side();
    expect(s.apply(notify())).toMatchObject({ ok: true });
    expect(noticeOf(s)).toMatchObject({
      notification: {
        channel: 'cidi',
        notifiedAt: cordobaInstant(2026, 12, 1, 9, 30),
        lastDay: '2026-12-04',
        dueBy: cordobaInstant(2026, 12, 5),
      },
      reinspectionId: REINSPECTION,
      variant: null,
      version: 2,
    });
    const plan = OperationSchema.parse(s.get<Operation>('operation', REINSPECTION));
    // The morning shift starts at 06:00 by default: the visit is an hour later, for two hours.
    expect(plan).toMatchObject({
      type: 'vacant_lot',
      status: 'planned',
      barrio: 'Alta Córdoba',
      address: 'Jerónimo Luis de Cabrera 1450',
      plannedStart: cordobaInstant(2026, 12, 5, 7),
      plannedEnd: cordobaInstant(2026, 12, 5, 9),
      shift: 'morning',
    });
  });

  it('uses the days of the category for notices that are not about lots (notices.deadlineDays)', () => {
    const s = side(noticeAt(ID, { category: 'noise', operationType: 'noise_check', surfaceM2: null }));
    s.apply(notify());
    expect(noticeOf(s).notification?.lastDay).toBe('2026-12-11');
    expect(s.get<Operation>('operation', REINSPECTION)?.type).toBe('noise_check');
  });

  it('records the variant of the oldest trial covering the notice, when it is the one the seed gives', () => {
    const s = side();
    const key = variantFor(trialAt(TRIAL), ID);
    expect(s.apply(notify({ variant: { trialId: TRIAL, key } }))).toMatchObject({ ok: true });
    expect(noticeOf(s).variant).toEqual({ trialId: TRIAL, key });
  });

  it.each<[string, Notice, Partial<Extract<Mutation, { kind: 'notice.notify' }>>, string]>([
    ['an unknown notice', noticeAt(uuidOf(49)), {}, 'not_found'],
    ['a notice already notified', noticeAt(ID, { notification: NOTIFIED }), {}, 'not_editable'],
    ['a notification tomorrow', noticeAt(ID), { notifiedAt: NOW + 86_400_000 }, 'future_date'],
    ['a notification before the finding', noticeAt(ID), { notifiedAt: FOUND_AT - 60_000 }, 'invalid'],
    ['the variant the seed does not give', noticeAt(ID), { variant: { trialId: TRIAL, key: 'zz' } }, 'invalid'],
    ['a trial that does not exist', noticeAt(ID), { variant: { trialId: uuidOf(48), key: 'a' } }, 'invalid'],
    ['a trial of another barrio', noticeAt(ID, { barrio: 'Centro' }), { variant: { trialId: TRIAL, key: 'a' } }, 'invalid'],
  ])('refuses %s', (_name, notice, fields, reason) => {
    const s = side(notice);
    expect(s.apply(notify(fields))).toEqual({ ok: false, reason });
    expect(s.get('operation', REINSPECTION)).toBeNull();
  });

  it('refuses when no deadline is in force that day', () => {
    const s = memorySide(
      NOW,
      DEFAULT_SETTINGS.filter((e) => e.key !== 'vacantLot.noticeDeadlineDays'),
    );
    s.put('notice', noticeAt(ID));
    expect(s.apply(notify())).toEqual({ ok: false, reason: 'missing_settings' });
  });
});

describe('notice.reinspect', () => {
  const notified = () => noticeAt(ID, { notification: NOTIFIED, reinspectionId: REINSPECTION });
  const lastMinute = cordobaInstant(2026, 12, 3, 23, 59);
  const afterDeadline = cordobaInstant(2026, 12, 4, 8);

  it.each<[NonNullable<Notice['result']>['outcome'], number, number]>([
    ['complied_by_owner', lastMinute, 0],
    ['complied_by_owner', afterDeadline, 0],
    ['complied_by_city', afterDeadline, 1],
    ['not_complied', afterDeadline, 1],
  ])('%s at %i: recorded, %i acta', (outcome, at, actas) => {
    const s = side(notified());
    const applied = s.apply(reinspect(outcome, at, 'El terreno sigue con malezas.'));
    expect(applied).toMatchObject({ ok: true });
    expect(noticeOf(s).result).toEqual({
      outcome,
      at,
      by: 'coordinadora',
      comment: 'El terreno sigue con malezas.',
      actaId: actas ? ACTA_ID : null,
    });
    expect(applied.ok && (applied.derived ?? []).length).toBe(actas);
  });

  it('turns an unmet notice into an incoming acta dated at the re-inspection, with the promoter and the barrio', () => {
    const s = side(notified());
    s.apply(reinspect('not_complied', afterDeadline, 'Sin limpiar al vencer el plazo.'));
    const acta = s.get<CourtCase>('court_case', ACTA_ID);
    expect(acta).toMatchObject({
      origin: 'operation',
      operationId: REINSPECTION,
      operationType: 'vacant_lot',
      barrio: 'Alta Córdoba',
      promoterName: 'Ana López',
      status: 'incoming',
      record: {
        kind: 'acta',
        occurredAt: afterDeadline,
        description: 'Sin limpiar al vencer el plazo.',
        offender: notified().record.offender,
      },
    });
    expect(acta?.record).not.toHaveProperty('deadline');
  });

  it.each<[string, Notice, Mutation, string]>([
    ['before the notification', noticeAt(ID), reinspect('complied_by_owner', afterDeadline), 'not_notified'],
    ['the city stepping in before the deadline', notified(), reinspect('complied_by_city', lastMinute), 'term_open'],
    ['an acta before the deadline', notified(), reinspect('not_complied', lastMinute), 'term_open'],
    ['a result in the future', notified(), reinspect('complied_by_owner', NOW + 60_000), 'future_date'],
    [
      'a second result',
      noticeAt(ID, {
        notification: NOTIFIED,
        result: { outcome: 'complied_by_owner', at: lastMinute, by: null, comment: null, actaId: null },
      }),
      reinspect('not_complied', afterDeadline),
      'not_editable',
    ],
  ])('refuses %s', (_name, notice, mutation, reason) => {
    const s = side(notice);
    expect(s.apply(mutation)).toEqual({ ok: false, reason });
    expect(s.get('court_case', ACTA_ID)).toBeNull();
  });
});

describe('notice_trial', () => {
  const definition = trialAt(TRIAL).definition;
  it.each<[string, string, string | null]>([
    ['starting today', '2026-12-10', null],
    ['starting next month', '2027-01-01', null],
    ['starting yesterday', '2026-12-09', 'retroactive'],
  ])('define %s', (_name, start, reason) => {
    const s = memorySide(NOW, DEFAULT_SETTINGS, 'admin');
    const applied = s.apply({ kind: 'notice_trial.define', id: uuidOf(45), definition: { ...definition, start, end: '2027-03-01' } });
    expect(applied).toMatchObject(reason ? { ok: false, reason } : { ok: true, record: { createdBy: 'admin', stoppedAt: null } });
  });

  it.each<[string, Partial<ReturnType<typeof trialAt>>, string | null]>([
    ['a running trial', {}, null],
    ['a stopped one', { stoppedAt: NOW - 1 }, 'not_editable'],
    ['one that has ended', { definition: { ...definition, end: '2026-12-01' } }, 'not_editable'],
  ])('stop %s', (_name, changes, reason) => {
    const s = memorySide(NOW, DEFAULT_SETTINGS, 'admin');
    s.put('notice_trial', trialAt(TRIAL, changes));
    const applied = s.apply({ kind: 'notice_trial.stop', id: TRIAL });
    expect(applied).toMatchObject(reason ? { ok: false, reason } : { ok: true, record: { stoppedAt: NOW } });
  });
});
