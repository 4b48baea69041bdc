import { describe, expect, it } from 'vitest';
import type { Operation } from '../../shared/operations/types.ts';
import {
  checkNewOperation,
  checkOperationEdit,
  emptyOperationForm,
  issueField,
  issuesToFieldProblems,
  operationToForm,
  type OperationFormValues,
} from './operation-form.ts';

const good: OperationFormValues = {
  type: 'noise_check',
  barrio: 'Nueva Córdoba',
  address: 'Bv. Chacabuco 500',
  plannedStart: '2026-11-27T22:00',
  plannedEnd: '2026-11-28T02:00',
  shift: 'night',
  team: 'Equipo 3',
  resultSummary: '',
};

const operation: Operation = {
  id: '019a0000-0000-7000-8000-000000000001',
  type: 'noise_check',
  status: 'planned',
  barrio: 'Nueva Córdoba',
  lat: -31.42,
  lng: -64.19,
  address: 'Bv. Chacabuco 500',
  plannedStart: Date.UTC(2026, 10, 28, 1, 0),
  plannedEnd: Date.UTC(2026, 10, 28, 5, 0),
  shift: 'night',
  team: 'Equipo 3',
  resultSummary: null,
  cancelReason: null,
  createdAt: 1,
  updatedAt: 1,
  version: 3,
};

describe('new operation', () => {
  it('becomes the plan with Córdoba instants', () => {
    const checked = checkNewOperation(good);
    expect(checked).toEqual({
      ok: true,
      value: { ...good, resultSummary: undefined, plannedStart: Date.UTC(2026, 10, 28, 1, 0), plannedEnd: Date.UTC(2026, 10, 28, 5, 0) },
    });
    expect(checked.ok && 'resultSummary' in checked.value).toBe(false);
  });

  it('says what is wrong next to each field, with the schema’s own messages', () => {
    expect(checkNewOperation({ ...good, plannedEnd: '2026-11-27T21:00' })).toEqual({
      ok: false,
      problems: { plannedEnd: 'end_before_start' },
    });
    expect(checkNewOperation({ ...good, plannedEnd: '2026-11-29T02:00' })).toEqual({
      ok: false,
      problems: { plannedEnd: 'too_long_operation' },
    });
    expect(checkNewOperation({ ...good, plannedStart: '1999-12-31T10:00' })).toMatchObject({
      problems: { plannedStart: 'date_out_of_range' },
    });
    expect(checkNewOperation({ ...good, address: '  ', team: 'x'.repeat(121) })).toEqual({
      ok: false,
      problems: { address: 'required', team: 'too_long' },
    });
    expect(checkNewOperation({ ...good, barrio: 'Atlantis' })).toEqual({ ok: false, problems: { barrio: 'unknown_barrio' } });
    expect(checkNewOperation({ ...good, plannedStart: '', plannedEnd: '2026-02-30T10:00' })).toEqual({
      ok: false,
      problems: { plannedStart: 'required', plannedEnd: 'invalid_date' },
    });
  });

  it('reports the date order even while a choice is still missing', () => {
    const empty = emptyOperationForm(Date.UTC(2026, 10, 26, 17, 20));
    expect(empty.plannedStart).toBe('2026-11-26T15:00');
    expect(empty.plannedEnd).toBe('2026-11-26T17:00');
    expect(checkNewOperation({ ...empty, plannedEnd: '2026-11-26T14:00' })).toEqual({
      ok: false,
      problems: {
        type: 'required',
        barrio: 'unknown_barrio',
        address: 'required',
        shift: 'required',
        team: 'required',
        plannedEnd: 'end_before_start',
      },
    });
  });
});

describe('edit', () => {
  it('sends only the fields that changed', () => {
    const form = operationToForm(operation);
    expect(form.plannedStart).toBe('2026-11-27T22:00');
    expect(checkOperationEdit(form, operation)).toEqual({ ok: true, value: null });
    expect(checkOperationEdit({ ...form, address: ' Obispo Trejo 300 ', resultSummary: 'Sin novedades' }, operation)).toEqual({
      ok: true,
      value: { address: 'Obispo Trejo 300', resultSummary: 'Sin novedades' },
    });
    expect(checkOperationEdit({ ...form, plannedEnd: '2026-11-28T03:00' }, operation)).toEqual({
      ok: true,
      value: { plannedEnd: Date.UTC(2026, 10, 28, 6, 0) },
    });
  });

  it('keeps a date with seconds unchanged when its input was not touched', () => {
    const withSeconds = { ...operation, plannedStart: operation.plannedStart + 42_000 };
    expect(checkOperationEdit(operationToForm(withSeconds), withSeconds)).toEqual({ ok: true, value: null });
  });

  it('checks the edit as a whole plan and clears a result with null', () => {
    const form = operationToForm({ ...operation, resultSummary: 'Labrada un acta' });
    expect(checkOperationEdit({ ...form, plannedStart: '2026-11-28T03:00' }, operation)).toEqual({
      ok: false,
      problems: { plannedEnd: 'end_before_start' },
    });
    expect(checkOperationEdit({ ...form, resultSummary: ' ' }, { ...operation, resultSummary: 'Labrada un acta' })).toEqual({
      ok: true,
      value: { resultSummary: null },
    });
    expect(checkOperationEdit({ ...form, resultSummary: 'x'.repeat(2001) }, operation)).toEqual({
      ok: false,
      problems: { resultSummary: 'too_long' },
    });
  });
});

describe('issues from the core', () => {
  it('land on their fields; the rest stays for the form-level message', () => {
    expect(issueField('plan.plannedEnd')).toBe('plannedEnd');
    expect(issueField('patch.resultSummary')).toBe('resultSummary');
    expect(issueField('mutation.patch.team')).toBe('team');
    expect(issueField('mutation.plan.plannedEnd')).toBe('plannedEnd');
    expect(issueField('mutation.id')).toBeNull();
    expect(issueField('id')).toBeNull();
    expect(
      issuesToFieldProblems([
        { path: 'plan.plannedEnd', code: 'end_before_start' },
        { path: 'plan.plannedEnd', code: 'too_long_operation' },
        { path: 'plan.address', code: 'too_big' },
        { path: 'plan.type', code: 'invalid_value' },
        { path: 'id', code: 'invalid_format' },
      ]),
    ).toEqual({
      problems: { plannedEnd: 'end_before_start', address: 'too_long', type: 'invalid' },
      rest: [{ path: 'id', code: 'invalid_format' }],
    });
  });
});
