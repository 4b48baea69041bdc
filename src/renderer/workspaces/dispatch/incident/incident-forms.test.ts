import { describe, expect, it } from 'vitest';
import { cancelMutation, closeMutation, noteMutation, priorityMutation, referMutation } from './incident-forms.ts';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const AT = Date.UTC(2026, 11, 6, 1, 5);
const FINDING_ID = '0193a1b2-c3d4-7e5f-8a9b-000000000001';

describe('the incident panel’s forms', () => {
  it.each([
    ['a note for the desk', { note: '  Vecino insiste ', statusNote: '' }, { note: 'Vecino insiste' }],
    ['a note for the complainant alone', { note: '', statusNote: 'Va una patrulla' }, { statusNote: 'Va una patrulla' }],
    ['both', { note: 'a', statusNote: 'b' }, { note: 'a', statusNote: 'b' }],
  ])('note: %s', (_, values, sent) => {
    const result = noteMutation(ID, AT, values);
    expect(result).toEqual({ ok: true, mutation: expect.objectContaining({ kind: 'incident.note', id: ID, at: AT, ...sent }) });
  });

  it.each([
    ['nothing written (blanks count as nothing)', { note: '  ', statusNote: '' }, { note: { code: 'note_or_status' } }],
    ['a note too long', { note: 'x'.repeat(2_001), statusNote: '' }, { note: { code: 'too_long', max: 2_000 } }],
    ['a note for the complainant too long', { note: '', statusNote: 'x'.repeat(501) }, { statusNote: { code: 'too_long', max: 500 } }],
  ])('note refused: %s', (_, values, problems) => {
    expect(noteMutation(ID, AT, values)).toEqual({ ok: false, problems });
  });

  it('priority: an override takes its reason; back to the rules takes none', () => {
    expect(priorityMutation(ID, AT, { priority: '1', reason: ' Hay chicos en la fiesta ' })).toEqual({
      ok: true,
      mutation: { kind: 'incident.setPriority', id: ID, at: AT, priorityOverride: { priority: 1, reason: 'Hay chicos en la fiesta' } },
    });
    expect(priorityMutation(ID, AT, { priority: 'computed', reason: 'ignored' })).toEqual({
      ok: true,
      mutation: { kind: 'incident.setPriority', id: ID, at: AT, priorityOverride: null },
    });
  });

  it.each([
    ['no reason', '  ', { code: 'required' }],
    ['a reason too long', 'x'.repeat(301), { code: 'too_long', max: 300 }],
  ])('priority refused: %s', (_, reason, problem) => {
    expect(priorityMutation(ID, AT, { priority: '2', reason })).toEqual({ ok: false, problems: { reason: problem } });
  });

  it('cancel takes a reason, refer whom to; each with an optional note for the complainant', () => {
    expect(cancelMutation(ID, AT, { reason: 'Broma', statusNote: '' })).toEqual({
      ok: true,
      mutation: expect.objectContaining({ kind: 'incident.cancel', id: ID, at: AT, reason: 'Broma' }),
    });
    expect(referMutation(ID, AT, { to: 'Mediación comunitaria', statusNote: 'Lo deriva el despacho' })).toEqual({
      ok: true,
      mutation: expect.objectContaining({ kind: 'incident.refer', to: 'Mediación comunitaria', statusNote: 'Lo deriva el despacho' }),
    });
    expect(cancelMutation(ID, AT, { reason: '', statusNote: '' })).toEqual({ ok: false, problems: { reason: { code: 'required' } } });
    expect(referMutation(ID, AT, { to: 'x'.repeat(121), statusNote: '' })).toEqual({
      ok: false,
      problems: { to: { code: 'too_long', max: 120 } },
    });
  });

  it('close: the outcome, and the finding it carries', () => {
    expect(closeMutation(ID, AT, { outcome: 'resolved_on_site', note: '', statusNote: 'Se bajó la música' }, null)).toEqual({
      ok: true,
      mutation: expect.objectContaining({
        kind: 'incident.close',
        outcome: 'resolved_on_site',
        finding: null,
        statusNote: 'Se bajó la música',
      }),
    });
    const finding = { id: FINDING_ID, finding: { outcome: 'warning', comment: 'Primera vez' } } as const;
    expect(closeMutation(ID, AT, { outcome: 'warning', note: '', statusNote: '' }, finding)).toEqual({
      ok: true,
      mutation: expect.objectContaining({ outcome: 'warning', finding }),
    });
    expect(closeMutation(ID, AT, { outcome: 'no_finding', note: 'x'.repeat(2_001), statusNote: '' }, null)).toEqual({
      ok: false,
      problems: { note: { code: 'too_long', max: 2_000 } },
    });
  });

  it('puts a problem outside the form’s fields on its first field, never refusing silently', () => {
    expect(cancelMutation('not-a-uuid', AT, { reason: 'Broma', statusNote: '' })).toEqual({
      ok: false,
      problems: { reason: { code: 'invalid' } },
    });
  });
});
