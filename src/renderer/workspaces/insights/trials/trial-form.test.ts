import { describe, expect, it } from 'vitest';
import { checkTrial, newSeed, newTrialValues, type TrialProblems, type TrialValues } from './trial-form.ts';

const ID = '5b0e8a52-3f43-4a8e-9d53-2f6f9d1c0a11';
const TODAY = '2026-05-04';
const filled: TrialValues = {
  name: 'Baldíos: tono del emplazamiento',
  category: 'vacant_lot',
  variants: [
    { label: 'Formal', wording: 'Se lo emplaza a limpiar el terreno en el plazo indicado.' },
    { label: 'Vecinal', wording: 'Sus vecinos cuentan con usted: limpie el terreno antes del plazo.' },
  ],
  barrios: ['Centro', 'General Paz'],
  start: TODAY,
  end: '2026-07-31',
  seed: 'k3J9-x_Qm2',
};
const variant = { label: 'Breve', wording: 'Limpie el terreno.' };

describe('newSeed', () => {
  it('maps each random byte’s low six bits to one of the 64 characters the schema admits', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    expect(newSeed((b) => (b.set(bytes), b))).toBe('ARizEVm3IZq7Mdu_');
  });

  it('draws from crypto.getRandomValues: valid for the schema, and different each time', () => {
    const seeds = new Set(Array.from({ length: 50 }, () => newSeed()));
    expect(seeds.size).toBe(50);
    for (const seed of seeds) expect(seed).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});

describe('newTrialValues', () => {
  it('starts today for three months, with two empty wordings and the seed given', () => {
    expect(newTrialValues(TODAY, 'seed-abcdefgh')).toEqual({
      name: '',
      category: '',
      variants: [
        { label: '', wording: '' },
        { label: '', wording: '' },
      ],
      barrios: [],
      start: TODAY,
      end: '2026-08-04',
      seed: 'seed-abcdefgh',
    });
  });
});

describe('checkTrial', () => {
  it('makes the define mutation, keys a, b… from the wordings’ order', () => {
    expect(checkTrial({ ...filled, variants: [...filled.variants, variant], seed: ' k3J9-x_Qm2 ' }, ID, TODAY)).toEqual({
      ok: true,
      mutation: {
        kind: 'notice_trial.define',
        id: ID,
        definition: {
          name: 'Baldíos: tono del emplazamiento',
          category: 'vacant_lot',
          variants: [
            { key: 'a', ...filled.variants[0] },
            { key: 'b', ...filled.variants[1] },
            { key: 'c', ...variant },
          ],
          barrios: ['Centro', 'General Paz'],
          start: TODAY,
          end: '2026-07-31',
          seed: 'k3J9-x_Qm2',
        },
      },
    });
  });

  it.each<[string, Partial<TrialValues>, TrialProblems]>([
    [
      'an empty form',
      newTrialValues(TODAY, ''),
      {
        name: 'required',
        category: 'required',
        'variants.0.label': 'required',
        'variants.0.wording': 'required',
        'variants.1.label': 'required',
        'variants.1.wording': 'required',
        barrios: 'required',
        seed: 'required',
      },
    ],
    ['one wording', { variants: [variant] }, { variants: 'too_few' }],
    ['five wordings', { variants: [variant, variant, variant, variant, variant] }, { variants: 'too_many' }],
    ['a label of spaces', { variants: [filled.variants[0]!, { label: '   ', wording: 'x' }] }, { 'variants.1.label': 'required' }],
    [
      'a wording over 4,000 characters',
      { variants: [filled.variants[0]!, { label: 'L', wording: 'x'.repeat(4001) }] },
      { 'variants.1.wording': 'too_long' },
    ],
    ['a name over 120 characters', { name: 'n'.repeat(121) }, { name: 'too_long' }],
    ['a barrio that is not Córdoba’s', { barrios: ['Centro', 'Springfield'] }, { barrios: 'unknown_barrio' }],
    ['a barrio twice', { barrios: ['Centro', 'Centro'] }, { barrios: 'duplicated' }],
    ['a start before today', { start: '2026-05-03' }, { start: 'before_today' }],
    ['an end before the start', { end: '2026-05-03' }, { end: 'end_before_start' }],
    ['a day that does not exist', { end: '2026-06-31' }, { end: 'invalid_date' }],
    ['an empty end', { end: '' }, { end: 'required' }],
    ['a short seed', { seed: 'abc' }, { seed: 'too_short' }],
    ['a seed with spaces inside', { seed: 'semilla con espacios' }, { seed: 'invalid_value' }],
    ['a seed over 64 characters', { seed: 's'.repeat(65) }, { seed: 'too_long' }],
  ])('%s', (_name, change, problems) => {
    expect(checkTrial({ ...filled, ...change }, ID, TODAY)).toEqual({ ok: false, problems });
  });
});
