// Adding an instrument (resource.create: its id made from its kind and serial, its last calibration if any) and
// recording a calibration (resource.calibrate: on an instrument, dated today or earlier and not before the one
// recorded, with its certificate); a day is kept as its start in Córdoba. Who may make them is the role matrix's
// (permissions.test.ts). Vehicles: added with an id from their plate (kept in one form), sent to the workshop and
// back (an instrument is refused).
import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import type { Mutation } from './mutations.ts';
import { MutationSchema } from './mutations.ts';
import { instrumentId, ResourceRecordSchema, vehicleId, type ResourceRecord } from './resource.ts';
import { memorySide } from './test-support/dispatch.ts';

const NOW = cordobaInstant(2026, 12, 10, 15);
const BREATHALYSER: ResourceRecord = {
  id: 'alco-01',
  kind: 'breathalyser',
  label: 'Alcoholímetro 01',
  calibratedOn: cordobaInstant(2025, 11, 20, 10),
  version: 3,
};
const VAN: ResourceRecord = { id: 'movil-01', kind: 'vehicle', label: 'Móvil 01', version: 1 };

function calibrate(id: string, calibratedOn: string, certificate = 'INTI-2026-0415'): ReturnType<ReturnType<typeof memorySide>['apply']> {
  const side = memorySide(NOW);
  side.put('resource', BREATHALYSER);
  side.put('resource', VAN);
  const applied = side.apply(MutationSchema.parse({ kind: 'resource.calibrate', id, calibratedOn, certificate }) as Mutation);
  if (applied.ok) expect(ResourceRecordSchema.parse(side.get('resource', id))).toEqual(applied.record);
  return applied;
}

describe('recording a calibration (resource.calibrate)', () => {
  it('keeps the day and the certificate, and raises the version', () => {
    expect(calibrate('alco-01', '2026-12-09')).toEqual({
      ok: true,
      record: { ...BREATHALYSER, calibratedOn: cordobaInstant(2026, 12, 9), certificate: 'INTI-2026-0415', version: 4 },
    });
  });

  it.each([
    ['today', '2026-12-10', true],
    ['the day recorded, again (a corrected certificate)', '2025-11-20', true],
    ['tomorrow', '2026-12-11', 'future_date'],
    ['before the one recorded', '2025-11-19', 'older_calibration'],
  ])('dated %s', (_, day, expected) => {
    const applied = calibrate('alco-01', day);
    expect(applied.ok ? true : applied.reason).toBe(expected);
  });

  it('refuses a vehicle and a resource that does not exist', () => {
    expect(calibrate('movil-01', '2026-12-09')).toEqual({ ok: false, reason: 'not_an_instrument' });
    expect(calibrate('alco-99', '2026-12-09')).toEqual({ ok: false, reason: 'not_found' });
  });

  it.each([
    [{ certificate: '   ' }, 'required'],
    [{ certificate: 'x'.repeat(81) }, 'too_long'],
    [{ calibratedOn: '2026-02-30' }, 'invalid_date'],
  ])('refuses bad fields: %j', (fields, message) => {
    const parsed = MutationSchema.safeParse({
      kind: 'resource.calibrate',
      id: 'alco-01',
      calibratedOn: '2026-12-09',
      certificate: 'A-1',
      ...fields,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe('adding an instrument (resource.create)', () => {
  const add = (fields: object) => {
    const side = memorySide(NOW);
    side.put('resource', BREATHALYSER);
    const mutation = {
      kind: 'resource.create',
      id: 'alco-ds-2026-0415',
      instrument: 'breathalyser',
      label: 'Alcoholímetro 7',
      serial: 'DS-2026/0415',
      ...fields,
    };
    const applied = side.apply(MutationSchema.parse(mutation) as Mutation);
    if (applied.ok) expect(ResourceRecordSchema.parse(side.get('resource', applied.record.id))).toEqual(applied.record);
    return applied;
  };

  it.each([
    ['breathalyser', 'DS-2026/0415', 'alco-ds-2026-0415'],
    ['sound_meter', '  Cirrus CR:162B  ', 'sono-cirrus-cr-162b'],
    ['sound_meter', 'Ñandú-Ó1', 'sono-nandu-o1'],
  ] as const)('a %s with serial %j gets the id %s', (kind, serial, id) => {
    expect(instrumentId(kind, serial)).toBe(id);
  });

  it('keeps its serial, model and last calibration', () => {
    expect(add({ model: 'Dräger 6820', calibration: { on: '2026-12-01', certificate: 'INTI-2026-0415' } })).toEqual({
      ok: true,
      record: {
        id: 'alco-ds-2026-0415',
        kind: 'breathalyser',
        label: 'Alcoholímetro 7',
        serial: 'DS-2026/0415',
        model: 'Dräger 6820',
        calibratedOn: cordobaInstant(2026, 12, 1),
        certificate: 'INTI-2026-0415',
        version: 1,
      },
    });
    expect(add({})).toMatchObject({ ok: true, record: { id: 'alco-ds-2026-0415', version: 1 } });
  });

  it.each([
    ['a serial already added (its id exists)', { id: 'alco-01', serial: '01' }, 'already_exists'],
    ['an id not made from its serial', { id: 'alco-otro' }, 'invalid'],
    ['a calibration after today', { calibration: { on: '2026-12-11', certificate: 'A-1' } }, 'future_date'],
  ])('refuses %s', (_, fields, reason) => {
    expect(add(fields)).toEqual({ ok: false, reason });
  });

  it.each([
    [{ instrument: 'vehicle' }, 'invalid_value'],
    [{ serial: ' ' }, 'required'],
    [{ label: 'x'.repeat(121) }, 'too_long'],
    [{ calibration: { on: '2026-12-01', certificate: '' } }, 'required'],
  ])('refuses bad fields: %j', (fields, message) => {
    const parsed = MutationSchema.safeParse({
      kind: 'resource.create',
      id: 'alco-x',
      instrument: 'breathalyser',
      label: 'A',
      serial: 'X',
      ...fields,
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(message);
  });
});

describe('vehicles (resource.createVehicle, resource.setStatus)', () => {
  const apply = (mutation: object) => {
    const side = memorySide(NOW);
    side.put('resource', BREATHALYSER);
    side.put('resource', { ...VAN, plate: 'AB 123 CD', vehicleType: 'van', seats: 9 });
    const applied = side.apply(MutationSchema.parse(mutation) as Mutation);
    if (applied.ok) expect(ResourceRecordSchema.parse(side.get('resource', applied.record.id))).toEqual(applied.record);
    return applied;
  };
  const create = (fields: object) => ({
    kind: 'resource.createVehicle',
    id: 'veh-ac-456-fg',
    plate: 'ac456fg',
    vehicleType: 'pickup',
    seats: 5,
    ...fields,
  });

  it.each([
    ['AC 456 FG', 'veh-ac-456-fg'],
    ['ac-456-fg', 'veh-ac-456-fg'],
    ['abc 123', 'veh-abc-123'],
  ])('the plate %j gives the id %s', (plate, id) => {
    expect(vehicleId(plate)).toBe(id);
  });

  it('adds a vehicle with its plate in the kept form, named by its plate unless named', () => {
    expect(apply(create({}))).toEqual({
      ok: true,
      record: { id: 'veh-ac-456-fg', kind: 'vehicle', label: 'AC 456 FG', plate: 'AC 456 FG', vehicleType: 'pickup', seats: 5, version: 1 },
    });
    expect(apply(create({ label: 'Móvil 07' }))).toMatchObject({ ok: true, record: { label: 'Móvil 07' } });
  });

  it.each([
    ['a plate already added', { id: 'movil-01' }, 'already_exists'],
    ['an id not made from the plate', { id: 'veh-otro' }, 'invalid'],
  ])('refuses %s', (_, fields, reason) => {
    expect(apply(create(fields))).toEqual({ ok: false, reason });
  });

  it.each([
    [{ plate: 'AB 12 CD' }, 'invalid_format'],
    [{ plate: '' }, 'required'],
    [{ seats: 0 }, 'too_small'],
    [{ seats: 21 }, 'too_big'],
    [{ seats: 2.5 }, 'invalid_value'],
    [{ vehicleType: 'truck' }, 'invalid_value'],
  ])('refuses bad fields: %j', (fields, message) => {
    const parsed = MutationSchema.safeParse(create(fields));
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(message);
  });

  it.each([
    ['to the workshop', 'movil-01', 'workshop', true],
    ['into service when it is', 'movil-01', 'in_service', 'invalid_transition'],
    ['an instrument', 'alco-01', 'workshop', 'not_a_vehicle'],
    ['a vehicle that does not exist', 'veh-x', 'workshop', 'not_found'],
  ])('sends %s', (_, id, status, expected) => {
    const applied = apply({ kind: 'resource.setStatus', id, status });
    expect(applied.ok ? true : applied.reason).toBe(expected);
    if (applied.ok) expect(applied.record).toMatchObject({ status: 'workshop', version: 2 });
  });

  it('back into service, with no status kept (absent = in service)', () => {
    const side = memorySide(NOW);
    side.put('resource', { ...VAN, status: 'workshop' });
    const applied = side.apply(MutationSchema.parse({ kind: 'resource.setStatus', id: 'movil-01', status: 'in_service' }) as Mutation);
    expect(applied).toEqual({ ok: true, record: { ...VAN, version: 2 } });
  });
});
