import { describe, expect, it } from 'vitest';
import { checkAbsence, INITIAL_ABSENCE, type AbsenceValues } from './absence-form.ts';

const FILLED: AbsenceValues = { ...INITIAL_ABSENCE, from: '2026-12-07', to: '2026-12-11' };

describe('the absence form', () => {
  it('sends the absence with its id, its note only when written', () => {
    expect(checkAbsence('per-1001', { ...FILLED, note: ' Licencia anual ' }, 'aus-1')).toEqual({
      ok: true,
      mutation: {
        kind: 'person.addAbsence',
        id: 'per-1001',
        absence: { id: 'aus-1', kind: 'leave', from: '2026-12-07', to: '2026-12-11', note: 'Licencia anual' },
      },
    });
    expect(checkAbsence('per-1001', FILLED, 'aus-1')).toMatchObject({ ok: true, mutation: { absence: { id: 'aus-1', kind: 'leave' } } });
  });

  it.each<[Partial<AbsenceValues>, object]>([
    [
      { from: '', to: '' },
      { from: 'required', to: 'required' },
    ],
    [{ to: '2026-12-06' }, { to: 'end_before_start' }],
    [{ to: '2027-12-11' }, { to: 'too_long' }],
    [{ from: '2026-02-30' }, { from: 'invalid_date' }],
    [{ note: 'x'.repeat(201) }, { note: 'too_long' }],
  ])('marks %j', (values, problems) => {
    expect(checkAbsence('per-1001', { ...FILLED, ...values }, 'aus-1')).toEqual({ ok: false, problems });
  });
});
