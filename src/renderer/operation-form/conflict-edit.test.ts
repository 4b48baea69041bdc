import { describe, expect, it } from 'vitest';
import type { Operation } from '../../shared/operations/types.ts';
import type { Conflict } from '../../shared/sync/conflict.ts';
import { conflictResolution, conflictStartValues } from './conflict-edit.ts';
import { operationToForm } from './operation-form.ts';

const ID = '019a0000-0000-7000-8000-000000000001';

const theirs: Operation = {
  id: ID,
  type: 'street_vending',
  status: 'draft',
  barrio: 'Centro',
  lat: -31.42,
  lng: -64.19,
  address: 'San Martín 100',
  plannedStart: Date.UTC(2026, 10, 27, 13, 0),
  plannedEnd: Date.UTC(2026, 10, 27, 15, 0),
  shift: 'morning',
  team: 'Equipo del hub',
  resultSummary: null,
  cancelReason: null,
  createdAt: 1,
  updatedAt: 2,
  version: 2,
};
const mine: Operation = { ...theirs, team: 'Mi equipo', version: 1 };

const conflictOf = (sides: Pick<Conflict, 'mine' | 'theirs'>): Conflict => ({
  id: 7,
  entity: 'operation',
  recordId: ID,
  reason: 'version_conflict',
  mutations: [],
  createdAt: 3,
  ...sides,
});

describe('editing from a conflict', () => {
  it('opens with my version, else the hub’s, else nothing', () => {
    expect(conflictStartValues(conflictOf({ mine, theirs }))).toEqual(operationToForm(mine));
    expect(conflictStartValues(conflictOf({ mine: null, theirs }))).toEqual(operationToForm(theirs));
    expect(conflictStartValues(conflictOf({ mine: null, theirs: null }))).toBeNull();
  });

  it('sends only the fields that differ from the hub’s version, as one resolve call', () => {
    const conflict = conflictOf({ mine, theirs });
    const values = { ...operationToForm(mine), address: 'San Martín 100 bis' };
    expect(conflictResolution(conflict, values)).toEqual({
      ok: true,
      value: {
        id: 7,
        choice: 'edited',
        mutation: { kind: 'operation.update', id: ID, patch: { address: 'San Martín 100 bis', team: 'Mi equipo' } },
      },
    });
  });

  it('takes the hub’s version when the values are the hub’s own', () => {
    expect(conflictResolution(conflictOf({ mine, theirs }), operationToForm(theirs))).toEqual({
      ok: true,
      value: { id: 7, choice: 'theirs' },
    });
  });

  it('creates the operation again, with the same id, when the hub does not have it', () => {
    const conflict = conflictOf({ mine, theirs: null });
    const checked = conflictResolution(conflict, operationToForm(mine));
    expect(checked).toMatchObject({ ok: true, value: { id: 7, choice: 'edited', mutation: { kind: 'operation.create', id: ID } } });
    expect(checked.ok && checked.value.choice === 'edited' && checked.value.mutation).toMatchObject({
      plan: { team: 'Mi equipo', address: 'San Martín 100', plannedStart: theirs.plannedStart },
    });
  });

  it('says what is wrong next to the fields and sends nothing', () => {
    const values = { ...operationToForm(mine), plannedEnd: '2026-11-27T09:00' };
    expect(conflictResolution(conflictOf({ mine, theirs }), values)).toEqual({ ok: false, problems: { plannedEnd: 'end_before_start' } });
    expect(conflictResolution(conflictOf({ mine, theirs: null }), { ...values, address: '' })).toEqual({
      ok: false,
      problems: { address: 'required', plannedEnd: 'end_before_start' },
    });
  });
});
