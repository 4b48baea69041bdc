// The incident kind's mutations through the lifecycle — received → assigned → en route → on scene → closed, and
// cancelled or referred — on a small in-memory side that saves what each change derives (the units an assignment
// sends and frees, the case an acta makes), with the default dated settings. One table per step: what it does and
// what it refuses.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../live/units.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { ACTA } from './test-support/court-cases.ts';
import {
  complaintAt,
  DISPATCH_CONSOLE,
  incidentAt,
  memorySide,
  NUEVA_CORDOBA,
  unitAt,
  uuidOf,
  type MemorySide,
} from './test-support/dispatch.ts';
import type { CourtCase } from './court-case-schema.ts';
import { IncidentSchema, type Incident } from './incident-schema.ts';
import type { Mutation } from './mutations.ts';
import type { NumberedFinding } from '../operations/details.ts';

const INC = uuidOf(1);
const OTHER = uuidOf(2);
const OPERATION = uuidOf(3);
/** A Thursday at 23:00 in Córdoba (night for dispatch.priorities) and the same day at 10:00. */
const NIGHT = cordobaInstant(2026, 12, 10, 23);
const DAY = cordobaInstant(2026, 12, 10, 10);
const MINUTE = 60_000;
const CHECK_IN = 15 * MINUTE; // dispatch.checkInMinutes by default

/** A side at `now` with the fleet: two free units, one out of service, one on another incident, one kept for an operation. */
function side(now = NIGHT, settings = DEFAULT_SETTINGS): MemorySide {
  const s = memorySide(now, settings);
  s.put('unit', unitAt('movil-01'));
  s.put('unit', unitAt('movil-02'));
  s.put('unit', unitAt('movil-03', { status: 'out_of_service' }));
  s.put('unit', unitAt('movil-04', { status: 'on_scene', task: { kind: 'incident', id: OTHER } }));
  s.put('unit', unitAt('movil-05', { task: { kind: 'operation', id: OPERATION } }));
  s.put('person', { id: 'prom-001', name: 'Ana López', qualifications: [], version: 1 });
  return s;
}

/** The side with INC received at `now`, or taken through `steps` first (each must be accepted). */
function withIncident(steps: readonly Mutation[] = [], now = NIGHT): MemorySide {
  const s = side(now);
  s.put('incident', incidentAt(INC, now - 10 * MINUTE));
  for (const step of steps) expect(s.apply(step)).toMatchObject({ ok: true });
  return s;
}
const incidentOf = (s: MemorySide) => IncidentSchema.parse(s.get('incident', INC));
const unitOf = (s: MemorySide, id: string) => s.get<Unit>('unit', id)!;

const assign = (unitId: string, at = NIGHT - 5 * MINUTE, replacing: string | null = null): Mutation => ({
  kind: 'incident.assign',
  id: INC,
  unitId,
  replacing,
  at,
});
const report = (unitId: string, status: Unit['status'], at: number): Mutation => ({ kind: 'unit.setStatus', id: unitId, status, at });
const release = (unitId: string, at = NIGHT - MINUTE): Mutation => ({ kind: 'incident.release', id: INC, unitId, at });
const close = (outcome: NonNullable<Incident['outcome']>, finding: NumberedFinding | null): Mutation => ({
  kind: 'incident.close',
  id: INC,
  at: NIGHT,
  outcome,
  finding,
});

const FINDING_ID = uuidOf(50, '9100');
const actaFinding: NumberedFinding = { id: FINDING_ID, finding: { outcome: 'acta', record: { ...ACTA, occurredAt: NIGHT - MINUTE } } };
const noticeFinding: NumberedFinding = {
  id: FINDING_ID,
  finding: { outcome: 'notice', record: { ...ACTA, kind: 'notice', occurredAt: NIGHT - MINUTE, deadline: NIGHT + 7 * 86_400_000 } },
};
const warningFinding: NumberedFinding = { id: FINDING_ID, finding: { outcome: 'warning', comment: 'Bajaron la música.' } };

describe('opening an incident', () => {
  const open = (category: Incident['category'], at: number, priorityOverride: Incident['priorityOverride'] = null): Mutation => ({
    kind: 'incident.open',
    id: INC,
    category,
    priorityOverride,
    place: NUEVA_CORDOBA,
    description: 'Fiesta en un departamento.',
    complaint: complaintAt(at),
  });

  it.each<[string, Incident['category'], number, Incident['priorityOverride'], number]>([
    ['noise at night is urgent', 'noise', NIGHT, null, 1],
    ['noise by day is high', 'noise', DAY, null, 2],
    ['a vacant lot is low, day or night', 'vacant_lot', NIGHT, null, 4],
    ['traffic by day', 'traffic', DAY, null, 2],
    ['an override is kept beside what the rules gave', 'vacant_lot', DAY, { priority: 1, reason: 'Chicos en riesgo dentro del baldío' }, 4],
  ])('%s', (_, category, at, override, computed) => {
    const s = side(at);
    expect(s.apply(open(category, at, override))).toMatchObject({ ok: true });
    const incident = incidentOf(s);
    expect(incident).toMatchObject({
      status: 'received',
      computedPriority: computed,
      priorityOverride: override,
      openedAt: at,
      units: [],
      version: 1,
    });
    expect(incident.steps).toEqual([
      { at, by: 'despacho', console: DISPATCH_CONSOLE, action: 'opened', ...(override ? { detail: String(override.priority) } : {}) },
    ]);
  });

  it('refuses an id already taken, and a day without priority rules', () => {
    expect(withIncident().apply(open('noise', NIGHT))).toEqual({ ok: false, reason: 'already_exists' });
    const withoutRules = side(
      NIGHT,
      DEFAULT_SETTINGS.filter((e) => e.key !== 'dispatch.priorities'),
    );
    expect(withoutRules.apply(open('noise', NIGHT))).toEqual({ ok: false, reason: 'missing_settings' });
  });

  it('links another call about the same thing once, and changes the priority with its reason', () => {
    const s = withIncident();
    const first = incidentOf(s).complaints[0]!.id;
    const second = complaintAt(NIGHT - MINUTE, { id: uuidOf(9, '9000'), channel: 'whatsapp' });
    expect(s.apply({ kind: 'incident.linkComplaint', id: INC, complaint: second })).toMatchObject({ ok: true });
    expect(s.apply({ kind: 'incident.linkComplaint', id: INC, complaint: second })).toEqual({ ok: false, reason: 'already_exists' });
    s.apply({ kind: 'incident.setPriority', id: INC, at: NIGHT, priorityOverride: { priority: 3, reason: 'Ya bajaron la música' } });
    const incident = incidentOf(s);
    expect(incident.complaints.map((c) => c.id)).toEqual([first, second.id]);
    expect(incident.steps.slice(1).map((step) => [step.action, step.detail, step.note])).toEqual([
      ['complaint_linked', 'whatsapp', undefined],
      ['priority_changed', '3', 'Ya bajaron la música'],
    ]);
    expect(incident).toMatchObject({ priorityOverride: { priority: 3 }, computedPriority: 1, version: 3 });
  });
});

describe('assigning a unit', () => {
  it('sends a free unit: the incident is assigned, the unit derives its task and “asignado”', () => {
    const s = withIncident();
    const at = NIGHT - 5 * MINUTE;
    const applied = s.apply(assign('movil-01', at));
    expect(applied).toMatchObject({ ok: true });
    expect(incidentOf(s)).toMatchObject({ status: 'assigned', units: ['movil-01'], assignedAt: at, version: 2 });
    expect(incidentOf(s).steps.at(-1)).toEqual({ at, by: 'despacho', console: DISPATCH_CONSOLE, action: 'assigned', unitId: 'movil-01' });
    const sent = { task: { kind: 'incident', id: INC }, status: 'dispatched', statusAt: at, statusSource: 'dispatcher', version: 2 };
    expect(applied.ok && applied.derived).toEqual([{ entity: 'unit', record: { ...unitAt('movil-01'), ...sent } }]);
  });

  it.each<[string, string, string | null, string]>([
    ['a unit working on another incident', 'movil-04', null, 'unit_busy'],
    ['a unit kept for a planned operation', 'movil-05', null, 'unit_busy'],
    ['a unit out of service', 'movil-03', null, 'unit_unavailable'],
    ['a unit this side does not hold', 'movil-99', null, 'not_found'],
    ['the unit already on it', 'movil-01', null, 'already_exists'],
    ['replacing a unit that is not on it', 'movil-02', 'movil-03', 'not_found'],
  ])('refuses %s', (_, unitId, replacing, reason) => {
    const s = withIncident([assign('movil-01')]);
    expect(s.apply(assign(unitId, NIGHT, replacing))).toEqual({ ok: false, reason });
    expect(incidentOf(s)).toMatchObject({ units: ['movil-01'], version: 2 });
  });

  it('sends one unit instead of another: both on the timeline, one version, the other unit freed', () => {
    const s = withIncident([assign('movil-01')]);
    const applied = s.apply(assign('movil-02', NIGHT - 2 * MINUTE, 'movil-01'));
    expect(applied).toMatchObject({ ok: true });
    const incident = incidentOf(s);
    expect(incident).toMatchObject({ units: ['movil-02'], status: 'assigned', assignedAt: NIGHT - 5 * MINUTE, version: 3 });
    expect(incident.steps.slice(-2).map((step) => [step.action, step.unitId])).toEqual([
      ['released', 'movil-01'],
      ['assigned', 'movil-02'],
    ]);
    expect(unitOf(s, 'movil-01')).toMatchObject({ task: null, status: 'available', version: 3 });
    expect(unitOf(s, 'movil-02')).toMatchObject({ task: { kind: 'incident', id: INC }, status: 'dispatched', version: 2 });
  });

  it('a unit released goes back to available; the last one sends the incident back to the queue', () => {
    const s = withIncident([assign('movil-01'), assign('movil-02'), report('movil-02', 'en_route', NIGHT - 4 * MINUTE)]);
    expect(incidentOf(s).status).toBe('en_route');
    expect(s.apply(release('movil-02'))).toMatchObject({
      ok: true,
      derived: [{ entity: 'unit', record: { id: 'movil-02', task: null, status: 'available' } }],
    });
    expect(incidentOf(s)).toMatchObject({ status: 'assigned', units: ['movil-01'] });
    expect(s.apply(release('movil-01'))).toMatchObject({ ok: true });
    expect(incidentOf(s)).toMatchObject({ status: 'received', units: [], checkInDueAt: null });
    expect(unitOf(s, 'movil-01')).toMatchObject({ task: null, status: 'available' });
    expect(s.apply(release('movil-01'))).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('unit status reports (unit.setStatus) on an incident', () => {
  const T = NIGHT - 5 * MINUTE; // when movil-01 was sent

  it.each<[string, [Unit['status'], number][], Partial<Incident>, Unit['status']]>([
    ['en route', [['en_route', T + MINUTE]], { status: 'en_route', arrivedAt: null, checkInDueAt: null }, 'en_route'],
    [
      'on scene: the arrival and the first check-in',
      [
        ['en_route', T + MINUTE],
        ['on_scene', T + 3 * MINUTE],
      ],
      { status: 'on_scene', arrivedAt: T + 3 * MINUTE, checkInDueAt: T + 3 * MINUTE + CHECK_IN },
      'on_scene',
    ],
    [
      'an older report after a newer one changes nothing but the timeline',
      [
        ['on_scene', T + 3 * MINUTE],
        ['en_route', T + 2 * MINUTE],
      ],
      { status: 'on_scene', arrivedAt: T + 3 * MINUTE },
      'on_scene',
    ],
  ])('%s', (_, reports, incident, unitStatus) => {
    const s = withIncident([assign('movil-01', T)]);
    for (const [status, at] of reports) expect(s.apply(report('movil-01', status, at))).toMatchObject({ ok: true });
    expect(incidentOf(s)).toMatchObject(incident);
    expect(unitOf(s, 'movil-01')).toMatchObject({
      status: unitStatus,
      statusAt: Math.max(...reports.map(([, at]) => at)),
      statusSource: 'dispatcher',
    });
    const lines = incidentOf(s).steps.filter((step) => step.action === 'unit_status');
    expect(lines.map((step) => [step.unitStatus, step.at, step.applied, step.source])).toEqual(
      reports.map(([status, at], i) => [status, at, i === 0 || at >= reports[i - 1]![1], 'dispatcher']),
    );
  });

  it('a report dated ahead of this side’s clock counts as now', () => {
    const s = withIncident([assign('movil-01', T)]);
    s.apply(report('movil-01', 'en_route', NIGHT + 60 * MINUTE));
    expect(unitOf(s, 'movil-01').statusAt).toBe(NIGHT);
  });
});

describe('check-ins and alerts', () => {
  const onScene = [assign('movil-01'), report('movil-01', 'on_scene', NIGHT - 3 * MINUTE)];

  it.each<[string, Mutation[], boolean, Partial<Incident>, string]>([
    ['a crew on scene checks in: the clock starts again', onScene, false, { checkInDueAt: NIGHT + CHECK_IN }, 'check_in'],
    ['an overdue check-in acknowledged', onScene, true, { checkInDueAt: NIGHT + CHECK_IN }, 'alert_acknowledged'],
    ['before anyone arrives there is no clock', [assign('movil-01')], false, { checkInDueAt: null }, 'check_in'],
  ])('%s', (_, before, acknowledgesAlert, changes, action) => {
    const s = withIncident(before);
    expect(s.apply({ kind: 'incident.checkIn', id: INC, at: NIGHT, acknowledgesAlert, note: 'Todo tranquilo' })).toMatchObject({
      ok: true,
    });
    expect(incidentOf(s)).toMatchObject(changes);
    expect(incidentOf(s).steps.at(-1)).toMatchObject({
      action,
      note: 'Todo tranquilo',
      ...(acknowledgesAlert ? { detail: 'check_in_overdue' } : {}),
    });
  });

  it('a note needs words, for the desk or for the complainant', () => {
    const s = withIncident();
    expect(s.apply({ kind: 'incident.note', id: INC, at: NIGHT })).toEqual({ ok: false, reason: 'invalid' });
    expect(s.apply({ kind: 'incident.note', id: INC, at: NIGHT, statusNote: 'Una patrulla va en camino.' })).toMatchObject({ ok: true });
    expect(incidentOf(s)).toMatchObject({ statusNote: 'Una patrulla va en camino.' });
  });
});

describe('closing', () => {
  const ready = () => withIncident([assign('movil-01'), assign('movil-02'), report('movil-01', 'on_scene', NIGHT - 3 * MINUTE)]);

  it.each<[NonNullable<Incident['outcome']>, NumberedFinding | null, string | null]>([
    ['resolved_on_site', null, null],
    ['warning', null, null],
    ['warning', warningFinding, null],
    ['referred_mediation', null, null],
    ['referred_agency', null, null],
    ['no_finding', null, null],
    ['acta', actaFinding, null],
    ['notice', noticeFinding, null],
    ['acta', null, 'invalid_result'],
    ['acta', noticeFinding, 'invalid_result'],
    ['notice', null, 'invalid_result'],
    ['no_finding', actaFinding, 'invalid_result'],
    ['resolved_on_site', warningFinding, 'invalid_result'],
  ])('%s with %j', (outcome, finding, refusal) => {
    const s = ready();
    const applied = s.apply(close(outcome, finding));
    if (refusal) {
      expect(applied).toEqual({ ok: false, reason: refusal });
      expect(incidentOf(s).status).toBe('on_scene');
      return;
    }
    expect(incidentOf(s)).toMatchObject({ status: 'closed', outcome, finding, closedAt: NIGHT, units: [], checkInDueAt: null });
    expect(incidentOf(s).steps.at(-1)).toMatchObject({ action: 'closed', detail: outcome });
    for (const id of ['movil-01', 'movil-02']) expect(unitOf(s, id)).toMatchObject({ task: null, status: 'available' });
    const derivedOf = (entity: string) => (applied.ok ? (applied.derived ?? []).filter((d) => d.entity === entity) : []);
    expect(derivedOf('court_case').length).toBe(outcome === 'acta' ? 1 : 0);
    expect(derivedOf('notice').length).toBe(outcome === 'notice' ? 1 : 0);
  });

  it('an acta becomes a court case from a complaint, with the finding’s id, the barrio and the promoter', () => {
    const s = ready();
    s.apply(close('acta', actaFinding));
    expect(s.get<CourtCase>('court_case', FINDING_ID)).toMatchObject({
      origin: 'complaint',
      operationId: null,
      operationType: null,
      barrio: 'Nueva Córdoba',
      promoterName: 'Ana López',
      record: actaFinding.finding.outcome === 'acta' ? actaFinding.finding.record : null,
      status: 'incoming',
    });
  });

  it.each<[string, Mutation, Partial<Incident>, Partial<Incident['steps'][number]>]>([
    [
      'cancelled, with the reason',
      { kind: 'incident.cancel', id: INC, at: NIGHT, reason: 'Llamada falsa' },
      { status: 'cancelled' },
      { action: 'cancelled', note: 'Llamada falsa' },
    ],
    [
      'referred, to whom',
      { kind: 'incident.refer', id: INC, at: NIGHT, to: 'Policía de Córdoba' },
      { status: 'referred' },
      { action: 'referred', detail: 'Policía de Córdoba' },
    ],
  ])('%s: the units are freed and the clocks stop', (_, mutation, changes, step) => {
    const s = ready();
    expect(s.apply(mutation)).toMatchObject({ ok: true });
    expect(incidentOf(s)).toMatchObject({ ...changes, closedAt: NIGHT, units: [], checkInDueAt: null, outcome: null });
    expect(incidentOf(s).steps.at(-1)).toMatchObject(step);
    expect(unitOf(s, 'movil-01')).toMatchObject({ task: null, status: 'available' });
  });
});

describe('a final incident', () => {
  const changes: Mutation[] = [
    { kind: 'incident.linkComplaint', id: INC, complaint: complaintAt(NIGHT, { id: uuidOf(8, '9000') }) },
    { kind: 'incident.setPriority', id: INC, at: NIGHT, priorityOverride: null },
    assign('movil-02', NIGHT),
    release('movil-01', NIGHT),
    { kind: 'incident.checkIn', id: INC, at: NIGHT, acknowledgesAlert: false },
    { kind: 'incident.note', id: INC, at: NIGHT, note: 'Otra nota' },
    close('resolved_on_site', null),
    { kind: 'incident.cancel', id: INC, at: NIGHT, reason: 'Otra vez' },
    { kind: 'incident.refer', id: INC, at: NIGHT, to: 'Policía' },
  ];
  const finals: Mutation[] = [
    close('warning', null),
    { kind: 'incident.cancel', id: INC, at: NIGHT, reason: 'Duplicada' },
    { kind: 'incident.refer', id: INC, at: NIGHT, to: 'Bomberos' },
  ];

  it.each(finals.flatMap((final) => changes.map((change) => [final.kind, change.kind, final, change] as const)))(
    'once %s, refuses %s',
    (_, __, final, change) => {
      const s = withIncident([assign('movil-01'), final]);
      const before = incidentOf(s);
      expect(s.apply(change)).toEqual({ ok: false, reason: 'not_editable' });
      expect(incidentOf(s)).toEqual(before);
    },
  );

  it('refuses a change to an incident this side does not hold', () => {
    expect(side().apply({ kind: 'incident.note', id: INC, at: NIGHT, note: '¿?' })).toEqual({ ok: false, reason: 'not_found' });
  });
});
