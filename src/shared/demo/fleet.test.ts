import { describe, expect, it } from 'vitest';
import { UnitSchema } from '../records/unit.ts';
import { demoFleet, vehicleCount } from './fleet.ts';

describe('demo fleet', () => {
  it.each([
    [1, 1],
    [6, 6],
    [24, 6],
    [40, 10],
    [500, 125],
  ])('%d units include %d vehicles', (n, vehicles) => {
    expect(vehicleCount(n)).toBe(vehicles);
    expect(demoFleet(n).filter((u) => u.kind === 'vehicle')).toHaveLength(vehicles);
  });

  it('numbers call signs per kind, with crews of Spanish names, the same for the same seed', () => {
    const fleet = demoFleet(24);
    expect(fleet.slice(0, 2).map((u) => [u.id, u.callSign])).toEqual([
      ['movil-01', 'Móvil 01'],
      ['movil-02', 'Móvil 02'],
    ]);
    expect(fleet.slice(6, 8).map((u) => [u.id, u.callSign])).toEqual([
      ['pie-01', 'Pie 01'],
      ['pie-02', 'Pie 02'],
    ]);
    expect(new Set(fleet.map((u) => u.id)).size).toBe(24);
    expect(fleet.every((u) => u.crew.length >= 2 && u.status === 'available' && u.version === 1)).toBe(true);
    // Free, never reported: what they work on and their status reports come with the shift.
    expect(fleet.map((u) => UnitSchema.strict().parse(u))).toEqual(fleet);
    expect(fleet.every((u) => u.task === null && u.statusAt === null && u.silenceAck === null)).toBe(true);
    expect(demoFleet(24)).toEqual(fleet);
    expect(demoFleet(500).at(-1)!.callSign).toBe('Pie 375');
  });
});
