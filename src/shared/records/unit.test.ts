// The unit kind's own mutations: adding a unit (its id made from its call sign, out of service until reported),
// keeping a unit for a planned operation (or freeing it), acknowledging that it
// stopped reporting, and a status report with no incident behind it (newest by time wins). Reports on an
// incident's unit, and the incident's assign, are in incident.test.ts.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../live/units.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import type { Incident } from './incident-schema.ts';
import { incidentAt, memorySide, unitAt, uuidOf, type MemorySide } from './test-support/dispatch.ts';
import { MutationSchema, type Mutation } from './mutations.ts';
import { UnitSchema, unitId } from './unit.ts';

const NOW = cordobaInstant(2026, 12, 10, 21);
const OPERATION = uuidOf(3);
const INCIDENT = uuidOf(1);
const MINUTE = 60_000;

function side(): MemorySide {
  const s = memorySide(NOW);
  s.put('operation', { id: OPERATION, version: 1 });
  s.put('unit', unitAt('movil-01'));
  s.put('unit', unitAt('movil-02', { task: { kind: 'operation', id: OPERATION }, version: 4 }));
  s.put('unit', unitAt('movil-03', { status: 'on_scene', task: { kind: 'incident', id: INCIDENT }, version: 7 }));
  return s;
}
const unitOf = (s: MemorySide, id: string) => UnitSchema.parse(s.get<Unit>('unit', id));

describe('keeping a unit for a planned operation (unit.setTask)', () => {
  it.each<[string, string, Unit['task'], Partial<Unit>]>([
    [
      'keeps a free unit for an operation',
      'movil-01',
      { kind: 'operation', id: OPERATION },
      { task: { kind: 'operation', id: OPERATION }, version: 2 },
    ],
    ['frees a unit kept for one', 'movil-02', null, { task: null, version: 5 }],
  ])('%s', (_, id, task, changes) => {
    const s = side();
    const before = unitOf(s, id);
    expect(s.apply({ kind: 'unit.setTask', id, task } as Mutation)).toMatchObject({ ok: true });
    expect(unitOf(s, id)).toEqual({ ...before, ...changes });
  });

  it.each<[string, string, Unit['task'], string]>([
    ['a unit working an incident (its incident frees it)', 'movil-03', null, 'unit_busy'],
    ['an operation this side does not hold', 'movil-01', { kind: 'operation', id: uuidOf(99) }, 'not_found'],
    ['a unit this side does not hold', 'movil-99', null, 'not_found'],
  ])('refuses %s', (_, id, task, reason) => {
    const s = side();
    expect(s.apply({ kind: 'unit.setTask', id, task } as Mutation)).toEqual({ ok: false, reason });
  });

  it('never sends a unit to an incident: that is the incident’s own assign', () => {
    const mutation = { kind: 'unit.setTask', id: 'movil-01', task: { kind: 'incident', id: INCIDENT } };
    expect(MutationSchema.safeParse(mutation).success).toBe(false);
  });
});

describe('acknowledging a silent unit (unit.acknowledgeSilence)', () => {
  it.each<[string, number, number]>([
    ['keeps who saw it, when, and the last report it saw', NOW - MINUTE, NOW - MINUTE],
    ['a time ahead of this side’s clock counts as now', NOW + 10 * MINUTE, NOW],
  ])('%s', (_, at, kept) => {
    const s = side();
    const lastSeenAt = NOW - 5 * MINUTE;
    expect(s.apply({ kind: 'unit.acknowledgeSilence', id: 'movil-01', lastSeenAt, at })).toMatchObject({ ok: true });
    expect(unitOf(s, 'movil-01')).toMatchObject({ silenceAck: { lastSeenAt, at: kept, by: 'despacho' }, status: 'available', version: 2 });
  });

  it('puts the acknowledgement on the timeline of the incident the unit works on', () => {
    const s = side();
    s.put('incident', incidentAt(INCIDENT, NOW - 30 * MINUTE, { status: 'on_scene', units: ['movil-03'], version: 3 }));
    expect(s.apply({ kind: 'unit.acknowledgeSilence', id: 'movil-03', lastSeenAt: NOW - 5 * MINUTE, at: NOW })).toMatchObject({ ok: true });
    const incident = s.get<Incident>('incident', INCIDENT)!;
    expect(incident.version).toBe(4);
    expect(incident.steps.at(-1)).toEqual({
      at: NOW,
      by: 'despacho',
      console: s.context.console,
      action: 'alert_acknowledged',
      unitId: 'movil-03',
      detail: 'unit_silent',
    });
  });

  it('refuses a unit this side does not hold', () => {
    expect(side().apply({ kind: 'unit.acknowledgeSilence', id: 'movil-99', lastSeenAt: 1, at: NOW })).toEqual({
      ok: false,
      reason: 'not_found',
    });
  });
});

describe('a status report with no incident behind it (unit.setStatus)', () => {
  it.each<[string, Partial<Unit>, number, Partial<Unit>]>([
    ['a unit never reported takes it', {}, NOW - MINUTE, { status: 'break', statusAt: NOW - MINUTE, statusSource: 'dispatcher' }],
    [
      'a newer report than the device’s wins',
      { status: 'available', statusAt: NOW - 2 * MINUTE, statusSource: 'device' },
      NOW - MINUTE,
      { status: 'break', statusAt: NOW - MINUTE, statusSource: 'dispatcher' },
    ],
    [
      'an older one is recorded (one more version) and changes nothing',
      { status: 'available', statusAt: NOW - MINUTE, statusSource: 'device' },
      NOW - 2 * MINUTE,
      { status: 'available', statusAt: NOW - MINUTE, statusSource: 'device' },
    ],
  ])('%s', (_, before, at, after) => {
    const s = memorySide(NOW);
    s.put('unit', unitAt('movil-01', before));
    const applied = s.apply({ kind: 'unit.setStatus', id: 'movil-01', status: 'break', at });
    expect(applied).toMatchObject({ ok: true, derived: [] });
    expect(unitOf(s, 'movil-01')).toMatchObject({ ...after, version: 2 });
  });
});

describe('adding a unit (unit.create)', () => {
  const add = (fields: object) => {
    const s = side();
    const mutation = MutationSchema.parse({ kind: 'unit.create', id: 'movil-21', callSign: 'Móvil 21', unitKind: 'vehicle', ...fields });
    const applied = s.apply(mutation as Mutation);
    if (applied.ok) expect(unitOf(s, applied.record.id)).toEqual(applied.record);
    return applied;
  };

  it.each([
    ['Móvil 01', 'movil-01'],
    ['Pie 12', 'pie-12'],
    ['  Móvil  21 ', 'movil-21'],
    ['Ñandú Sur', 'nandu-sur'],
  ])('the call sign %j gives the id %s (the demo fleet’s ids)', (callSign, id) => {
    expect(unitId(callSign)).toBe(id);
  });

  it.each<[string, object, Partial<Unit>]>([
    [
      'a vehicle with its crew',
      { crew: ['Ana Paz', ' Luis Gómez '] },
      { id: 'movil-21', callSign: 'Móvil 21', kind: 'vehicle', crew: ['Ana Paz', 'Luis Gómez'] },
    ],
    [
      'a foot patrol with no crew named yet',
      { id: 'pie-07', callSign: 'Pie 07', unitKind: 'foot' },
      { id: 'pie-07', callSign: 'Pie 07', kind: 'foot', crew: [] },
    ],
  ])('adds %s, out of service, free and never reported', (_, fields, expected) => {
    // unitAt: a unit never reported (no status time or source, no task, no acknowledged silence), version 1.
    expect(add(fields)).toEqual({ ok: true, record: unitAt(expected.id!, { status: 'out_of_service', ...expected }) });
  });

  it.each([
    ['a call sign already added (its id exists)', { id: 'movil-01', callSign: 'Móvil 01' }, 'already_exists'],
    ['an id not made from its call sign', { id: 'movil-99' }, 'invalid'],
    ['a call sign with no letter or digit', { id: '-', callSign: '¡!' }, 'invalid'],
  ])('refuses %s', (_, fields, reason) => {
    expect(add(fields)).toEqual({ ok: false, reason });
  });

  it.each([
    [{ callSign: '  ' }, 'required'],
    [{ callSign: 'x'.repeat(65) }, 'too_long'],
    [{ unitKind: 'bicycle' }, 'invalid_value'],
    [{ crew: [''] }, 'required'],
    [{ crew: ['x'.repeat(121)] }, 'too_long'],
    [{ crew: Array.from({ length: 21 }, (_, i) => `P${i}`) }, 'too_big'],
  ])('refuses bad fields: %j', (fields, message) => {
    const parsed = MutationSchema.safeParse({ kind: 'unit.create', id: 'movil-21', callSign: 'Móvil 21', unitKind: 'vehicle', ...fields });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(message);
  });
});
