import { describe, expect, it } from 'vitest';
import { checkPair, INITIAL_PAIR } from './pair-form.ts';

describe('checkPair', () => {
  it.each([
    ['nothing chosen', INITIAL_PAIR, { unitId: 'required', label: 'required' }],
    ['a blank name', { unitId: 'movil-03', label: '   ' }, { label: 'required' }],
    ['a name too long', { unitId: 'movil-03', label: 'x'.repeat(81) }, { label: 'too_long' }],
    ['no unit', { unitId: '', label: 'Tablet' }, { unitId: 'required' }],
  ])('refuses %s', (_, values, problems) => {
    expect(checkPair(values)).toEqual({ ok: false, problems });
  });

  it('gives the request with the name trimmed', () => {
    expect(checkPair({ unitId: 'movil-03', label: '  Tablet Móvil 03 ' })).toEqual({
      ok: true,
      mutation: { unitId: 'movil-03', label: 'Tablet Móvil 03' },
    });
  });
});
