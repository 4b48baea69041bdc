import { describe, expect, it } from 'vitest';
import { MAX_UNIT_ASSIGNMENT } from '../../../../shared/live/units.ts';
import { checkAssignment } from './assignment-form.ts';

describe('checkAssignment', () => {
  it('sends the task trimmed', () => {
    expect(checkAssignment('  Denuncia por ruidos — Bv. San Juan 500 ')).toEqual({
      ok: true,
      assignment: 'Denuncia por ruidos — Bv. San Juan 500',
    });
  });

  it.each(['', '   ', '\n'])('an empty task (%j) is required', (text) => {
    expect(checkAssignment(text)).toEqual({ ok: false, problem: 'required' });
  });

  it('takes exactly the longest task, not one character more (spaces around do not count)', () => {
    const longest = 'x'.repeat(MAX_UNIT_ASSIGNMENT);
    expect(checkAssignment(` ${longest} `)).toEqual({ ok: true, assignment: longest });
    expect(checkAssignment(`${longest}x`)).toEqual({ ok: false, problem: 'too_long' });
  });
});
