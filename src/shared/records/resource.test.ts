// Recording a calibration (resource.calibrate): on an instrument, dated today or earlier and not before the one
// recorded, with its certificate; the day is kept as its start in Córdoba. Who may make it is the role matrix's
// (permissions.test.ts).
import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import type { Mutation } from './mutations.ts';
import { MutationSchema } from './mutations.ts';
import { ResourceRecordSchema, type ResourceRecord } from './resource.ts';
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
