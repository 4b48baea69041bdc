import { describe, expect, it } from 'vitest';
import type { Unit } from '../../shared/live/units.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { Incident } from '../../shared/records/incident-schema.ts';
import { incidentAt, uuidOf } from '../../shared/records/test-support/dispatch.ts';
import { conflictDiffs, conflictOperation } from './conflict-diff.ts';

const theirs: Operation = {
  id: '019a0000-0000-7000-8000-000000000001',
  type: 'noise_check',
  status: 'planned',
  barrio: 'Nueva Córdoba',
  lat: -31.42,
  lng: -64.19,
  address: 'Bv. Chacabuco 500',
  plannedStart: 1_000,
  plannedEnd: 2_000,
  shift: 'night',
  team: 'Equipo 3',
  resultSummary: null,
  cancelReason: null,
  createdAt: 1,
  updatedAt: 5,
  version: 4,
};

describe('conflict diffs', () => {
  it('lists only the fields that differ (not versions, times of update or coordinates)', () => {
    const mine: Operation = { ...theirs, address: 'Obispo Trejo 300', plannedEnd: 3_000, lat: 0, updatedAt: 9, version: 5 };
    expect(conflictDiffs({ entity: 'operation', mine, theirs: { ...theirs, resultSummary: 'Sin novedades' } })).toEqual([
      { field: 'address', mine: 'Obispo Trejo 300', theirs: 'Bv. Chacabuco 500' },
      { field: 'plannedEnd', mine: 3_000, theirs: 2_000 },
      { field: 'resultSummary', mine: null, theirs: 'Sin novedades' },
    ]);
    expect(conflictDiffs({ entity: 'operation', mine: theirs, theirs })).toEqual([]);
  });

  it('with the hub lacking the record, shows every field of mine that has a value', () => {
    const diffs = conflictDiffs({ entity: 'operation', mine: theirs, theirs: null });
    expect(diffs.map((d) => d.field)).toEqual(['type', 'status', 'barrio', 'address', 'plannedStart', 'plannedEnd', 'shift', 'team']);
    expect(diffs.every((d) => d.theirs === undefined)).toBe(true);
  });

  it('compares units, crews by their members', () => {
    const unit: Unit = {
      id: 'u-1',
      callSign: 'Móvil 03',
      kind: 'vehicle',
      crew: ['Ana', 'Luis'],
      status: 'available',
      statusAt: null,
      statusSource: null,
      task: null,
      silenceAck: null,
      version: 2,
    };
    const task = { kind: 'incident', id: '019a0000-0000-7000-8000-000000000009' } as const;
    expect(conflictDiffs({ entity: 'unit', mine: { ...unit, crew: ['Ana', 'Luis'], task }, theirs: unit })).toEqual([
      { field: 'task', mine: task, theirs: null },
    ]);
    expect(conflictOperation({ entity: 'unit', mine: unit, theirs: unit })).toBeNull();
  });

  it('names the operation by my version, else the hub’s', () => {
    expect(conflictOperation({ entity: 'operation', mine: null, theirs })).toBe(theirs);
    const mine = { ...theirs, team: 'B' };
    expect(conflictOperation({ entity: 'operation', mine, theirs })).toBe(mine);
  });

  it('compares a setting’s entry field by field, its value as a whole', () => {
    const entry = { key: 'roster.limits', value: { minRestHours: 10, maxWeeklyHours: 44 }, effectiveFrom: '2027-01-01' } as const;
    const mine = { id: 's-1', entry, version: 1 };
    const theirs = { ...mine, entry: { ...entry, value: { minRestHours: 12, maxWeeklyHours: 44 } } };
    expect(conflictDiffs({ entity: 'setting', mine, theirs })).toEqual([
      { field: 'entry.value', mine: entry.value, theirs: theirs.entry.value },
    ]);
    expect(conflictDiffs({ entity: 'setting', mine, theirs: mine })).toEqual([]);
  });

  it('compares incidents where they stand: status, units, priority, place, complaints', () => {
    const theirs = incidentAt(uuidOf(1), 1_000_000_000_000);
    const override = { priority: 3, reason: 'Ya intervino la policía' } as const;
    const mine: Incident = {
      ...theirs,
      status: 'assigned',
      units: ['m03'],
      priorityOverride: override,
      place: { ...theirs.place, address: 'Bv. Chacabuco 600' },
    };
    expect(conflictDiffs({ entity: 'incident', mine, theirs })).toEqual([
      { field: 'status', mine: 'assigned', theirs: 'received' },
      { field: 'priorityOverride', mine: override, theirs: null },
      { field: 'place.address', mine: 'Bv. Chacabuco 600', theirs: 'Bv. Chacabuco 500' },
      { field: 'units', mine: ['m03'], theirs: [] },
    ]);
  });
});
