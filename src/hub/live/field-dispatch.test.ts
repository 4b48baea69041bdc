import { describe, expect, it } from 'vitest';
import type { Unit } from '../../shared/live/units.ts';
import { concernsCrew } from './field-dispatch.ts';

const T0 = Date.UTC(2026, 10, 26, 15);
const UNIT: Unit = {
  id: 'movil-01',
  callSign: 'Móvil 01',
  kind: 'vehicle',
  crew: [],
  status: 'available',
  statusAt: T0,
  statusSource: 'device',
  task: null,
  silenceAck: null,
  version: 3,
};
const INCIDENT = { kind: 'incident', id: '0190a8c0-0000-7000-8000-000000000001' } as const;

describe("a unit's change is news for its crew", () => {
  it.each<[string, Partial<Unit> | null, Partial<Unit>, boolean]>([
    ['a unit the hub did not know', null, {}, true],
    ['sent to an incident', {}, { task: INCIDENT, status: 'dispatched', statusAt: T0 + 1, statusSource: 'dispatcher' }, true],
    ['sent to another incident', { task: INCIDENT }, { task: { ...INCIDENT, id: '0190a8c0-0000-7000-8000-000000000002' } }, true],
    ['kept for an operation', {}, { task: { kind: 'operation', id: 'op-1' } }, true],
    ['released', { task: INCIDENT, status: 'on_scene' }, { status: 'available', statusAt: T0 + 1, statusSource: 'dispatcher' }, true],
    ['a status a dispatcher set', {}, { status: 'break', statusAt: T0 + 1, statusSource: 'dispatcher' }, true],
    ['the same status set again by a dispatcher', { statusSource: 'dispatcher' }, { statusAt: T0 + 1, statusSource: 'dispatcher' }, true],
    ['not a status its device reported', {}, { status: 'break', statusAt: T0 + 1 }, false],
    ['not a device report recorded without effect', { statusSource: 'dispatcher' }, { statusSource: 'dispatcher' }, false],
    ['not an acknowledged silence', {}, { silenceAck: { lastSeenAt: T0, at: T0 + 1, by: 'despacho' } }, false],
  ])('%s: %s', (_, before, after, news) => {
    const previous = before && { ...UNIT, ...before };
    expect(concernsCrew(previous ?? undefined, { ...UNIT, ...before, ...after, version: UNIT.version + 1 })).toBe(news);
  });
});
