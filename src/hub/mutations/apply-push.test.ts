import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { ROLES, type Role } from '../../shared/auth/roles.ts';
import type { Unit } from '../../shared/live/units.ts';
import type { Operation } from '../../shared/operations/types.ts';
import { MUTATION_KINDS, mutationRoles, type Mutation, type MutationKind } from '../../shared/records/mutations.ts';
import type { MutationEnvelope } from '../../shared/hub-protocol/push.ts';
import { CHECKPOINT_PLAN } from '../test-support/checkpoint-plan.ts';
import type { HubStore } from '../store/hub-store.ts';
import { openTestStore } from '../test-support/test-store.ts';
import { applyPush } from './apply-push.ts';
import { seedDefaultSettings } from '../demo/seed-demo.ts';
import { ACTA, caseAt, HEARING_RECORD, hearingAt, notified } from '../../shared/records/test-support/court-cases.ts';
import { hearingSlotId } from '../../shared/court/hearing-slot.ts';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { complaintAt, incidentAt, NUEVA_CORDOBA, unitAt } from '../../shared/records/test-support/dispatch.ts';
import { NOTIFIED, noticeAt, trialAt } from '../../shared/records/test-support/notices.ts';

const CLIENT = '0190a8c0-0000-7000-8000-0000000000c1';
const OP = '0190a8c0-0000-7000-8000-000000000001';
const RUNNING = '0190a8c0-0000-7000-8000-000000000003'; // an operation in progress, to close
const plan = CHECKPOINT_PLAN;
const operation = (version = 1, status: Operation['status'] = 'planned'): Operation => ({
  id: OP,
  ...plan,
  status,
  lat: -31.41,
  lng: -64.18,
  resultSummary: null,
  cancelReason: null,
  createdAt: 1,
  updatedAt: 1,
  version,
});
const unit: Unit = unitAt('movil-01', { callSign: 'Móvil 01', crew: ['Ana'] });
const INCIDENT = '0190a8c0-0000-7000-8000-0000000000d1'; // received
const WORKED = '0190a8c0-0000-7000-8000-0000000000d2'; // movil-02 on scene

const CASE = {
  incoming: '0190a8c0-0000-7000-8000-0000000000c1',
  entered: '0190a8c0-0000-7000-8000-0000000000c2',
  opened: '0190a8c0-0000-7000-8000-0000000000c3',
  notified: '0190a8c0-0000-7000-8000-0000000000c4',
  lapsed: '0190a8c0-0000-7000-8000-0000000000c5',
  resolved: '0190a8c0-0000-7000-8000-0000000000c6',
  waiting: '0190a8c0-0000-7000-8000-0000000000c7', // descargo filed: waits for a hearing
  scheduled: '0190a8c0-0000-7000-8000-0000000000c8',
  held: '0190a8c0-0000-7000-8000-0000000000c9',
};
const NOTICE = {
  fresh: '0190a8c0-0000-7000-8000-0000000000e1', // not notified yet
  due: '0190a8c0-0000-7000-8000-0000000000e2', // notified, its deadline passed
  trial: '0190a8c0-0000-7000-8000-0000000000e3', // a trial that starts in the future
};
/** When the pushes are decided: a Thursday morning in Córdoba, with the default dated settings in the store. */
const NOW = cordobaInstant(2026, 12, 10, 10);
const DAY = 24 * 60 * 60 * 1000;
const HEARING = {
  scheduled: hearingAt(CASE.scheduled, 'scheduled'),
  held: hearingAt(CASE.held, 'held', {
    room: 'Sala 2',
    id: hearingSlotId('cpc-mercado-de-la-ciudad', 'Sala 2', cordobaInstant(2026, 12, 10, 9)),
  }),
  signed: hearingAt(CASE.resolved, 'held', {
    room: 'Sala 3',
    id: hearingSlotId('cpc-mercado-de-la-ciudad', 'Sala 3', cordobaInstant(2026, 12, 10, 9)),
    signed: { by: 'jueza', at: NOW - DAY },
  }),
};

/** One valid mutation of each kind, on records that exist (create: on a new id). */
const SAMPLE: Record<MutationKind, Mutation> = {
  'operation.create': { kind: 'operation.create', id: '0190a8c0-0000-7000-8000-000000000002', plan },
  'operation.update': { kind: 'operation.update', id: OP, patch: { team: 'Equipo 09' } },
  'operation.setStatus': { kind: 'operation.setStatus', id: OP, status: 'reserved' },
  'operation.cancel': { kind: 'operation.cancel', id: OP, reason: 'Lluvia' },
  'operation.assign': { kind: 'operation.assign', id: OP, assigned: { people: ['prom-001'], resources: ['alco-01'] } },
  'operation.setTypedPlan': {
    kind: 'operation.setTypedPlan',
    id: OP,
    typedPlan: { jurisdiction: 'city', checkpoint: 'Av. Colón y Cañada' },
  },
  'operation.close': { kind: 'operation.close', id: RUNNING, result: { tests: [], selfTests: 3 }, findings: [] },
  'setting.add': {
    kind: 'setting.add',
    id: '0190a8c0-0000-7000-8000-000000000009',
    entry: { key: 'roster.limits', value: { minRestHours: 10, maxWeeklyHours: 44 }, effectiveFrom: '2099-01-01' },
  },
  'unit.create': { kind: 'unit.create', id: 'movil-21', callSign: 'Móvil 21', unitKind: 'vehicle', crew: ['Ana Paz'] },
  'unit.setStatus': { kind: 'unit.setStatus', id: 'movil-02', status: 'break', at: NOW - 60_000 },
  'unit.setTask': { kind: 'unit.setTask', id: 'movil-01', task: { kind: 'operation', id: OP } },
  'unit.acknowledgeSilence': { kind: 'unit.acknowledgeSilence', id: 'movil-01', lastSeenAt: NOW - 600_000, at: NOW },
  'incident.open': {
    kind: 'incident.open',
    id: '0190a8c0-0000-7000-8000-0000000000d3',
    category: 'party',
    priorityOverride: null,
    place: NUEVA_CORDOBA,
    description: 'Fiesta en la terraza',
    complaint: complaintAt(NOW - 60_000),
  },
  'incident.linkComplaint': { kind: 'incident.linkComplaint', id: INCIDENT, complaint: complaintAt(NOW - 30_000) },
  'incident.setPriority': { kind: 'incident.setPriority', id: INCIDENT, at: NOW, priorityOverride: { priority: 1, reason: 'Hay menores' } },
  'incident.assign': { kind: 'incident.assign', id: INCIDENT, unitId: 'movil-01', replacing: null, at: NOW },
  'incident.release': { kind: 'incident.release', id: WORKED, unitId: 'movil-02', at: NOW },
  'incident.checkIn': { kind: 'incident.checkIn', id: WORKED, at: NOW, acknowledgesAlert: true },
  'incident.note': { kind: 'incident.note', id: INCIDENT, at: NOW, note: 'El vecino llamó de nuevo' },
  'incident.close': { kind: 'incident.close', id: WORKED, at: NOW, outcome: 'resolved_on_site', finding: null },
  'incident.cancel': { kind: 'incident.cancel', id: INCIDENT, at: NOW, reason: 'Llamada falsa' },
  'incident.refer': { kind: 'incident.refer', id: INCIDENT, at: NOW, to: 'Policía de Córdoba' },
  'notice.notify': {
    kind: 'notice.notify',
    id: NOTICE.fresh,
    channel: 'cidi',
    notifiedAt: NOW - DAY,
    reinspectionId: '0190a8c0-0000-7000-8000-0000000000e9',
  },
  'notice.reinspect': {
    kind: 'notice.reinspect',
    id: NOTICE.due,
    outcome: 'not_complied',
    at: NOW,
    actaId: '0190a8c0-0000-7000-8000-0000000000ea',
  },
  'notice_trial.define': {
    kind: 'notice_trial.define',
    id: '0190a8c0-0000-7000-8000-0000000000eb',
    definition: { ...trialAt(NOTICE.trial).definition, start: '2026-12-20', end: '2027-03-01' },
  },
  'notice_trial.stop': { kind: 'notice_trial.stop', id: NOTICE.trial },
  'court_case.open': { kind: 'court_case.open', id: CASE.incoming },
  'court_case.enter': { kind: 'court_case.enter', id: CASE.entered, origin: 'desk', record: ACTA, barrio: 'Centro', promoterName: null },
  'court_case.reassign': { kind: 'court_case.reassign', id: CASE.opened, courtId: 'ambiental-1', reason: 'Art. 208: ambiental' },
  'court_case.notify': { kind: 'court_case.notify', id: CASE.opened, channel: 'cidi', notifiedOn: '2026-12-09', offerUem: 50 },
  'court_case.payVoluntarily': { kind: 'court_case.payVoluntarily', id: CASE.notified, paidOn: '2026-12-10', receipt: 'R-0001' },
  'court_case.fileDefence': { kind: 'court_case.fileDefence', id: CASE.notified, filedOn: '2026-12-10', statement: 'No conducía yo.' },
  'court_case.expireTerm': { kind: 'court_case.expireTerm', id: CASE.lapsed },
  'court_case.settle': {
    kind: 'court_case.settle',
    id: CASE.resolved,
    hearingId: HEARING.signed.id,
    how: 'paid',
    on: '2026-12-10',
    note: '',
  },
  'hearing.schedule': {
    kind: 'hearing.schedule',
    id: hearingSlotId('cpc-mercado-de-la-ciudad', 'Sala 2', NOW + DAY),
    caseId: CASE.waiting,
    courtId: 'cpc-mercado-de-la-ciudad',
    room: 'Sala 2',
    judge: 'Dra. María Laura Ferreyra',
    start: NOW + DAY,
    end: NOW + DAY + 1_800_000,
    replaces: null,
    reason: null,
  },
  'hearing.cancel': { kind: 'hearing.cancel', id: HEARING.scheduled.id, reason: 'La jueza está de licencia' },
  'hearing.hold': { kind: 'hearing.hold', id: HEARING.scheduled.id, record: HEARING_RECORD },
  'hearing.record': { kind: 'hearing.record', id: HEARING.held.id, record: HEARING_RECORD },
  'hearing.sign': { kind: 'hearing.sign', id: HEARING.held.id },
  'hearing.amend': {
    kind: 'hearing.amend',
    id: hearingSlotId('cpc-mercado-de-la-ciudad', 'Sala 4', cordobaInstant(2026, 12, 10, 9)),
    amends: HEARING.signed.id,
    record: HEARING_RECORD,
    reason: 'Error en el DNI',
  },
  'resource.create': {
    kind: 'resource.create',
    id: 'alco-ds-2026-0415',
    instrument: 'breathalyser',
    label: 'Alcoholímetro 7',
    serial: 'DS-2026-0415',
    calibration: { on: '2026-12-01', certificate: 'INTI-2026-0415' },
  },
  'resource.calibrate': { kind: 'resource.calibrate', id: 'alco-01', calibratedOn: '2026-12-09', certificate: 'INTI-2026-0415' },
  'resource.createVehicle': { kind: 'resource.createVehicle', id: 'veh-ac-456-fg', plate: 'AC 456 FG', vehicleType: 'pickup', seats: 5 },
  'resource.setStatus': { kind: 'resource.setStatus', id: 'movil-01', status: 'workshop' },
  // A coordinator may change the people of the teams that name them: the matrix's coordinator coordinates eq-centro.
  'team.create': { kind: 'team.create', id: 'eq-equipo-sur', name: 'Equipo Sur', coordinators: ['u-coordinator'] },
  'team.update': { kind: 'team.update', id: 'eq-centro', base: 'CPC Colón' },
  'person.create': {
    kind: 'person.create',
    id: 'per-2001',
    staffNumber: '2001',
    name: 'Marta Ríos',
    qualifications: ['mediator'],
    team: 'eq-centro',
  },
  'person.update': { kind: 'person.update', id: 'per-1001', name: 'Ana María Paz' },
  'person.setActive': { kind: 'person.setActive', id: 'per-1001', active: false },
  'person.addAbsence': {
    kind: 'person.addAbsence',
    id: 'per-1001',
    absence: { id: 'aus-2', kind: 'sick', from: '2026-12-14', to: '2026-12-15' },
  },
  'person.removeAbsence': { kind: 'person.removeAbsence', id: 'per-1001', absenceId: 'aus-1' },
};
const CREATES: readonly MutationKind[] = [
  'operation.create',
  'setting.add',
  'court_case.enter',
  'hearing.schedule',
  'hearing.amend',
  'incident.open',
  'notice_trial.define',
  'resource.create',
  'resource.createVehicle',
  'unit.create',
  'team.create',
  'person.create',
];
const baseOf = (m: Mutation) => (CREATES.includes(m.kind) ? 0 : 1);

let store: HubStore;
afterEach(() => store?.close());

function setUp(): void {
  store = openTestStore(tempDir());
  store.transaction(() => {
    store.records.save('operation', operation(), 1);
    store.records.save(
      'resource',
      { id: 'alco-01', kind: 'breathalyser', label: 'Alcoholímetro 01', calibratedOn: NOW - 300 * DAY, version: 1 },
      1,
    );
    store.records.save('resource', { id: 'movil-01', kind: 'vehicle', label: 'Móvil 01', plate: 'AB 123 CD', seats: 5, version: 1 }, 1);
    store.records.save('team', { id: 'eq-centro', name: 'Equipo Centro', coordinators: ['u-coordinator'], version: 1 }, 1);
    store.records.save(
      'person',
      {
        id: 'per-1001',
        staffNumber: '1001',
        name: 'Ana Paz',
        qualifications: ['driver'],
        team: 'eq-centro',
        absences: [{ id: 'aus-1', kind: 'leave', from: '2026-12-07', to: '2026-12-11' }],
        version: 1,
      },
      1,
    );
    store.records.save('operation', { ...operation(1, 'in_progress'), id: RUNNING }, 1);
    store.records.save('unit', unit, 1);
    store.records.save('unit', unitAt('movil-02', { status: 'on_scene', task: { kind: 'incident', id: WORKED } }), 1);
    store.records.save('incident', incidentAt(INCIDENT, NOW - 600_000), 1);
    store.records.save(
      'incident',
      incidentAt(WORKED, NOW - 3_600_000, {
        status: 'on_scene',
        units: ['movil-02'],
        assignedAt: NOW - 3_000_000,
        arrivedAt: NOW - 2_400_000,
      }),
      1,
    );
    store.records.save('court_case', caseAt(CASE.incoming, 'incoming'), 1);
    store.records.save('court_case', caseAt(CASE.opened, 'opened'), 1);
    store.records.save('court_case', caseAt(CASE.notified, 'notified', { notification: notified('2026-12-09', '2026-12-16') }), 1);
    store.records.save('court_case', caseAt(CASE.lapsed, 'notified', { notification: notified('2026-11-20', '2026-12-01') }), 1);
    store.records.save('court_case', caseAt(CASE.resolved, 'term_expired'), 1);
    store.records.save('court_case', caseAt(CASE.waiting, 'defence_filed'), 1);
    store.records.save('court_case', caseAt(CASE.scheduled, 'term_expired'), 1);
    store.records.save('court_case', caseAt(CASE.held, 'term_expired'), 1);
    for (const hearing of Object.values(HEARING)) store.records.save('hearing', hearing, 1);
    store.records.save('notice', noticeAt(NOTICE.fresh), 1);
    store.records.save('notice', noticeAt(NOTICE.due, { notification: NOTIFIED }), 1);
    const future = trialAt(NOTICE.trial).definition;
    store.records.save('notice_trial', trialAt(NOTICE.trial, { definition: { ...future, start: '2026-12-20', end: '2027-03-01' } }), 1);
  });
  seedDefaultSettings(store, 1);
}
let seq = 0;
const envelope = (mutation: Mutation, baseVersion = baseOf(mutation), clientSeq = ++seq): MutationEnvelope => ({
  clientSeq,
  mutationId: `0190a8c0-0000-7000-8000-${String(clientSeq).padStart(12, '0')}`,
  baseVersion,
  madeAt: 1,
  mutation,
});
const push = (role: Role, mutations: MutationEnvelope[]) =>
  applyPush(store, { role, username: `u-${role}` }, { clientId: CLIENT, mutations }, NOW);

describe('a push at the hub', () => {
  describe('permission matrix: every mutation × every role', () => {
    for (const kind of MUTATION_KINDS) {
      for (const role of ROLES) {
        const allowed = mutationRoles(kind).includes(role);
        it(`${role} ${allowed ? 'may' : 'may not'} ${kind}`, () => {
          setUp();
          seq = 0;
          const before = store.changes.lastSeq();
          const { results, changes } = push(role, [envelope(SAMPLE[kind])]);
          expect(results[0]).toMatchObject(allowed ? { ok: true } : { ok: false, reason: 'forbidden' });
          // Its own change, and one per record it derived (a hearing moves its case): all logged, nothing else.
          expect(changes.length).toBe(allowed ? 1 + changes.filter((c) => c.entity !== SAMPLE[kind].kind.split('.')[0]).length : 0);
          expect(store.changes.lastSeq()).toBe(before + changes.length);
        });
      }
    }
  });

  it('applies in client-seq order, answers a replay with the original result, and refuses a gap', () => {
    setUp();
    seq = 0;
    const first = envelope(SAMPLE['operation.update']);
    const second = envelope({ kind: 'operation.setStatus', id: OP, status: 'reserved' }, 2);
    expect(push('coordinator', [first, second]).results.map((r) => r.ok)).toEqual([true, true]);
    const changesAfter = store.changes.lastSeq();
    const replay = push('coordinator', [first, second]);
    expect(replay.results).toEqual(push('coordinator', [first, second]).results);
    expect(replay.changes).toEqual([]);
    expect(store.changes.lastSeq()).toBe(changesAfter);
    expect(store.records.get('operation', OP)).toMatchObject({ version: 3, status: 'reserved', team: 'Equipo 09' });
    const gap = push('coordinator', [envelope(SAMPLE['operation.update'], 3, 5)]);
    expect(gap.results).toEqual([{ clientSeq: 5, ok: false, reason: 'out_of_order', expected: 3 }]);
  });

  it('refuses a stale base version and keeps the record as it was (no last-writer-wins)', () => {
    setUp();
    seq = 0;
    const [result] = push('coordinator', [envelope(SAMPLE['operation.update'], 0)]).results;
    expect(result).toMatchObject({ ok: false, reason: 'version_conflict', current: { version: 1, team: 'Equipo 05' } });
    expect(store.records.get('operation', OP)).toEqual(operation());
  });

  it('records a withdrawn mutation without applying it, so the next seq follows', () => {
    setUp();
    seq = 0;
    const withdrawn = { ...envelope(SAMPLE['operation.update']), withdrawn: true };
    const next = envelope({ kind: 'operation.setStatus', id: OP, status: 'reserved' }, 1);
    expect(push('coordinator', [withdrawn, next]).results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['withdrawn', 'ok']);
  });

  it('a reused client seq with another mutation id is refused, never answered with the other result', () => {
    setUp();
    seq = 0;
    const first = envelope(SAMPLE['operation.update']);
    push('coordinator', [first]);
    const impostor = { ...first, mutationId: '0190a8c0-0000-7000-8000-999999999999' };
    expect(push('coordinator', [impostor]).results).toEqual([{ clientSeq: first.clientSeq, ok: false, reason: 'invalid', current: null }]);
  });

  it('refuses a backdated setting: records already judged would change verdict', () => {
    setUp();
    seq = 0;
    const backdated = {
      ...SAMPLE['setting.add'],
      entry: { key: 'roster.limits', value: { minRestHours: 10, maxWeeklyHours: 44 }, effectiveFrom: '2020-01-01' },
    } as Mutation;
    const today = Date.UTC(2026, 10, 26, 15);
    const outcome = applyPush(
      store,
      { role: 'administrator', username: 'admin' },
      { clientId: CLIENT, mutations: [envelope(backdated)] },
      today,
    );
    expect(outcome.results[0]).toMatchObject({ ok: false, reason: 'retroactive' });
  });

  it('saves every kind in the records table and returns its change, with the origin; derived ones without', () => {
    setUp();
    seq = 0;
    const { changes } = push('dispatcher', [envelope(SAMPLE['incident.assign'])]);
    const sent = {
      ...unit,
      task: { kind: 'incident', id: INCIDENT },
      status: 'dispatched',
      statusAt: NOW,
      statusSource: 'dispatcher',
      version: 2,
    };
    expect(store.records.get('unit', 'movil-01')).toEqual(sent);
    expect(store.records.get('incident', INCIDENT)).toMatchObject({ status: 'assigned', units: ['movil-01'], version: 2 });
    expect(changes).toEqual([
      expect.objectContaining({ entity: 'incident', id: INCIDENT, origin: { clientId: CLIENT, clientSeq: 1 } }),
      expect.objectContaining({ entity: 'unit', id: 'movil-01', data: sent }),
    ]);
    expect(changes[1]).not.toHaveProperty('origin');
  });

  it('only dispatch roles change incidents and units; only administrators add units', () => {
    const dispatchKinds = MUTATION_KINDS.filter(
      (kind) => (kind.startsWith('incident.') || kind.startsWith('unit.')) && kind !== 'unit.create',
    );
    expect(dispatchKinds.length).toBeGreaterThanOrEqual(13);
    for (const kind of dispatchKinds) expect([...mutationRoles(kind)].sort()).toEqual(['administrator', 'dispatcher']);
    expect(mutationRoles('unit.create')).toEqual(['administrator']);
  });

  describe('rebase: a change decided on the current version', () => {
    it('is applied on the current version when the console made it on an older one', () => {
      setUp();
      seq = 0;
      const first = envelope({ kind: 'incident.note', id: INCIDENT, at: NOW, note: 'Primera llamada de vuelta' }, 1);
      const stale = envelope({ kind: 'incident.note', id: INCIDENT, at: NOW, note: 'Hecha sobre la versión 1' }, 1);
      expect(push('dispatcher', [first, stale]).results.map((r) => r.ok)).toEqual([true, true]);
      const incident = store.records.get('incident', INCIDENT)!;
      expect(incident.version).toBe(3);
      expect(incident.steps.map((step) => step.note)).toEqual([undefined, 'Primera llamada de vuelta', 'Hecha sobre la versión 1']);
    });

    it('is still refused by its own rule on the state it finds', () => {
      setUp();
      seq = 0;
      const other = '0190a8c0-0000-7000-8000-0000000000d9';
      store.transaction(() => store.records.save('incident', incidentAt(other, NOW - 60_000), 1));
      const first = envelope(SAMPLE['incident.assign'], 1);
      const second = envelope({ ...SAMPLE['incident.assign'], id: other } as Mutation, 1);
      const { results } = push('dispatcher', [first, second]);
      expect(results[1]).toMatchObject({ ok: false, reason: 'unit_busy', current: { id: other, status: 'received', version: 1 } });
    });

    it('a change that does not rebase is refused on a stale base', () => {
      setUp();
      seq = 0;
      const moved = envelope(SAMPLE['unit.acknowledgeSilence'], 1);
      const stale = envelope(SAMPLE['unit.setTask'], 1);
      const { results } = push('dispatcher', [moved, stale]);
      expect(results[1]).toMatchObject({ ok: false, reason: 'version_conflict', current: { id: 'movil-01', version: 2, task: null } });
      expect(store.records.get('unit', 'movil-01')).toMatchObject({ task: null, version: 2 });
    });
  });
});
