import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/result.ts';
import { SETTING_KEYS, SETTING_SCHEMAS } from '../../shared/settings/catalogue.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import esDatedSettings from '../../shared/i18n/es-AR/dated-settings.ts';
import {
  checkEntryForm,
  emptyDraft,
  fromDraft,
  isWindow,
  serverProblems,
  specAt,
  specOfKey,
  toDraft,
  type Draft,
  type FieldSpec,
} from './value-form.ts';

const NOW = Date.UTC(2026, 10, 26, 15); // 2026-11-26 12:00 in Córdoba
const TODAY = '2026-11-26';

const fieldNames = (spec: FieldSpec): string[] => {
  switch (spec.kind) {
    case 'object':
      return spec.fields.flatMap(([name, f]) => [name, ...fieldNames(f)]);
    case 'nullable':
      return fieldNames(spec.inner);
    case 'list':
      return fieldNames(spec.item);
    default:
      return [];
  }
};

/** Sets one field of a draft by path below the value ('city', '2.upToGL'). */
function setDraft(draft: Draft, path: string, value: Draft): Draft {
  const [head, ...rest] = path.split('.');
  const inner = (d: Draft): Draft => (rest.length ? setDraft(d, rest.join('.'), value) : value);
  if (typeof draft !== 'object') throw new Error('not a tree');
  if (draft.kind === 'object') return { ...draft, fields: { ...draft.fields, [head!]: inner(draft.fields[head!]!) } };
  if (draft.kind === 'list') return { ...draft, items: draft.items.map((item, i) => (String(i) === head ? inner(item) : item)) };
  return { ...draft, inner: setDraft(draft.inner, path, value) };
}

describe('the value form of every key', () => {
  it.each(SETTING_KEYS)('%s: no JSON fallback, every field has a label, default → draft → value round-trips (both separators)', (key) => {
    const spec = specOfKey(key);
    expect(JSON.stringify(spec)).not.toContain('"json"');
    for (const name of fieldNames(spec)) expect(Object.keys(esDatedSettings.field), `${key}: ${name}`).toContain(name);
    const value = DEFAULT_SETTINGS.find((e) => e.key === key)!.value;
    for (const decimal of [',', '.'] as const) {
      const read = fromDraft(spec, toDraft(spec, value, decimal), decimal);
      expect(read.problems).toEqual({});
      expect(read.value).toEqual(value);
      expect(SETTING_SCHEMAS[key].safeParse(read.value).success).toBe(true);
    }
  });

  it('reads the shapes: bounds and integers of numbers, windows, nullable, lists', () => {
    const limits = specOfKey('roster.limits');
    expect(limits).toEqual({
      kind: 'object',
      fields: [
        ['minRestHours', { kind: 'number', integer: true, min: 0, max: 48 }],
        ['maxWeeklyHours', { kind: 'number', integer: true, min: 1, max: 168 }],
      ],
    });
    expect(specOfKey('alcohol.limitsGL')).toMatchObject({
      fields: [
        ['city', { kind: 'number', integer: false, min: 0, max: 5 }],
        ['provincial_road', {}],
        ['ring_road', {}],
      ],
    });
    expect(isWindow(specOfKey('noise.dayPeriod'))).toBe(true);
    expect(isWindow(limits)).toBe(false);
    expect(specAt(specOfKey('alcohol.provincialTiers'), 'value.3.upToGL')).toEqual({ kind: 'number', integer: false, min: 0, max: 5 });
    expect(specAt(specOfKey('noise.construction'), 'value.hours.sundays.start')).toEqual({ kind: 'time' });
    expect(specAt(limits, 'value.nothing')).toBeNull();
    expect(emptyDraft(specOfKey('camera.warningsOnly'))).toBe(false);
  });

  it('numbers: only the language’s decimal separator, never a thousands guess; empty is required', () => {
    const spec = specOfKey('court.uemValueArs');
    expect(fromDraft(spec, '10808,5', ',').value).toBe(10808.5);
    expect(fromDraft(spec, '10.808', ',').problems).toEqual({ value: { code: 'not_a_number' } });
    expect(fromDraft(spec, '10,5', '.').problems).toEqual({ value: { code: 'not_a_number' } });
    expect(fromDraft(spec, ' ', ',').problems).toEqual({ value: { code: 'required' } });
    expect(toDraft(spec, 0.4, ',')).toBe('0,4');
  });

  it('null values: the checkbox wins over what the hidden input holds', () => {
    const spec = specOfKey('noise.construction');
    const value = DEFAULT_SETTINGS.find((e) => e.key === 'noise.construction')!.value;
    const draft = toDraft(spec, value, ',');
    const withSunday = setDraft(draft, 'hours.sundays', {
      kind: 'nullable',
      isNull: false,
      inner: toDraft(
        {
          kind: 'object',
          fields: [
            ['start', { kind: 'time' }],
            ['end', { kind: 'time' }],
          ],
        },
        { start: '09:00', end: '12:00' },
        ',',
      ),
    });
    expect((fromDraft(spec, withSunday, ',').value as { hours: { sundays: unknown } }).hours.sundays).toEqual({
      start: '09:00',
      end: '12:00',
    });
  });
});

describe('checkEntryForm', () => {
  const limitsDraft = toDraft(specOfKey('roster.limits'), { minRestHours: 12, maxWeeklyHours: 48 }, ',');

  it('a valid entry effective tomorrow, with the note trimmed (and left out when empty)', () => {
    const checked = checkEntryForm(
      { key: 'roster.limits', draft: setDraft(limitsDraft, 'minRestHours', '10'), effectiveFrom: '2026-11-27', note: '  acuerdo  ' },
      NOW,
      ',',
    );
    expect(checked).toEqual({
      ok: true,
      entry: { key: 'roster.limits', value: { minRestHours: 10, maxWeeklyHours: 48 }, effectiveFrom: '2026-11-27', note: 'acuerdo' },
    });
    const noNote = checkEntryForm({ key: 'roster.limits', draft: limitsDraft, effectiveFrom: TODAY, note: ' ' }, NOW, ',');
    expect(noNote.ok && 'note' in noNote.entry).toBe(false);
  });

  it('backdated, missing and impossible dates', () => {
    const at = (effectiveFrom: string) => checkEntryForm({ key: 'roster.limits', draft: limitsDraft, effectiveFrom, note: '' }, NOW, ',');
    expect(at('2026-11-25')).toEqual({ ok: false, problems: { effectiveFrom: { code: 'retroactive' } } });
    expect(at('')).toEqual({ ok: false, problems: { effectiveFrom: { code: 'required' } } });
    expect(at('2026-02-30')).toMatchObject({ ok: false, problems: { effectiveFrom: { code: 'invalid_date' } } });
    expect(at('3000-01-01')).toMatchObject({ ok: false, problems: { effectiveFrom: { code: 'date_out_of_range' } } });
  });

  it('a 40 g/L limit: out of range, with the bounds; integers, min ≤ max, times, tier order, note length', () => {
    const alcohol = toDraft(specOfKey('alcohol.limitsGL'), { city: 0.4, provincial_road: 0, ring_road: 0 }, ',');
    expect(
      checkEntryForm({ key: 'alcohol.limitsGL', draft: setDraft(alcohol, 'city', '40'), effectiveFrom: TODAY, note: '' }, NOW, ','),
    ).toEqual({
      ok: false,
      problems: { 'value.city': { code: 'out_of_range', min: 0, max: 5 } },
    });
    expect(
      checkEntryForm(
        { key: 'roster.limits', draft: setDraft(limitsDraft, 'minRestHours', '10,5'), effectiveFrom: TODAY, note: '' },
        NOW,
        ',',
      ),
    ).toMatchObject({
      problems: { 'value.minRestHours': { code: 'not_integer' } },
    });
    const retest = toDraft(specOfKey('alcohol.retestWindowMinutes'), { min: 12, max: 10 }, ',');
    expect(checkEntryForm({ key: 'alcohol.retestWindowMinutes', draft: retest, effectiveFrom: TODAY, note: '' }, NOW, ',')).toMatchObject({
      problems: { 'value.max': { code: 'min_over_max' } },
    });
    const day = toDraft(specOfKey('noise.dayPeriod'), { start: '07:00', end: '24:00' }, ',');
    expect(checkEntryForm({ key: 'noise.dayPeriod', draft: day, effectiveFrom: TODAY, note: '' }, NOW, ',')).toMatchObject({
      problems: { 'value.end': { code: 'invalid_time' } },
    });
    const tiersValue = DEFAULT_SETTINGS.find((e) => e.key === 'alcohol.provincialTiers')!.value;
    const tiers = setDraft(toDraft(specOfKey('alcohol.provincialTiers'), tiersValue, ','), '1.upToGL', {
      kind: 'nullable',
      isNull: false,
      inner: '0,3',
    });
    expect(checkEntryForm({ key: 'alcohol.provincialTiers', draft: tiers, effectiveFrom: TODAY, note: '' }, NOW, ',')).toMatchObject({
      problems: { value: { code: 'tiers_out_of_order' } },
    });
    expect(
      checkEntryForm({ key: 'roster.limits', draft: limitsDraft, effectiveFrom: TODAY, note: 'x'.repeat(501) }, NOW, ','),
    ).toMatchObject({ problems: { note: { code: 'too_long' } } });
  });

  it('an unreadable number is reported once (its parent’s min ≤ max check does not echo it)', () => {
    const retest = toDraft(specOfKey('alcohol.retestWindowMinutes'), { min: 10, max: 12 }, ',');
    expect(
      checkEntryForm(
        { key: 'alcohol.retestWindowMinutes', draft: setDraft(retest, 'min', 'diez'), effectiveFrom: TODAY, note: '' },
        NOW,
        ',',
      ),
    ).toEqual({
      ok: false,
      problems: { 'value.min': { code: 'not_a_number' } },
    });
  });
});

describe('serverProblems', () => {
  it('maps the core’s answers back onto the form', () => {
    const invalid = new ApiCallError({
      code: 'invalid_input',
      issues: [
        { path: 'entry.value.city', code: 'too_big' },
        { path: 'entry.effectiveFrom', code: 'invalid_date' },
      ],
    });
    expect(serverProblems(invalid, 'alcohol.limitsGL')).toEqual({
      problems: { 'value.city': { code: 'out_of_range', min: 0, max: 5 }, effectiveFrom: { code: 'invalid_date' } },
      rest: false,
    });
    const retro = new ApiCallError({ code: 'refused', issues: [{ path: '', code: 'retroactive' }] });
    expect(serverProblems(retro, 'roster.limits')).toEqual({ problems: { effectiveFrom: { code: 'retroactive' } }, rest: false });
    expect(serverProblems(new ApiCallError({ code: 'forbidden' }), 'roster.limits')).toEqual({ problems: {}, rest: true });
    expect(
      serverProblems(new ApiCallError({ code: 'invalid_input', issues: [{ path: 'entry.key', code: 'invalid_union' }] }), 'roster.limits')
        .rest,
    ).toBe(true);
    expect(serverProblems(new Error('boom'), 'roster.limits').rest).toBe(true);
  });
});
