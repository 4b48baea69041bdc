import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiCallError } from '../../shared/api/result.ts';
import { NORMS } from '../../shared/rules/norms.ts';
import { SETTING_KEYS, SETTING_SCHEMAS, type SettingKey } from '../../shared/settings/catalogue.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { IsoDateSchema } from '../../shared/settings/iso-date.ts';
import { TimeOfDaySchema } from '../../shared/settings/time-of-day.ts';
import esDatedSettings from '../../shared/i18n/es-AR/dated-settings.ts';
import {
  checkEntryForm,
  emptyDraft,
  fromDraft,
  hasNumbers,
  isTable,
  isWindow,
  serverProblems,
  specAt,
  specOf,
  specOfKey,
  toDraft,
  type Draft,
  type FieldSpec,
} from './value-form.ts';

const NOW = Date.UTC(2026, 10, 26, 15); // 2026-11-26 12:00 in Córdoba
const TODAY = '2026-11-26';
const defaultOf = (key: SettingKey) => DEFAULT_SETTINGS.find((e) => e.key === key)!.value;

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

const optionsOf = (spec: FieldSpec): string[] => {
  switch (spec.kind) {
    case 'choice':
      return [...spec.options];
    case 'object':
      return spec.fields.flatMap(([, f]) => optionsOf(f));
    case 'nullable':
      return optionsOf(spec.inner);
    case 'list':
      return optionsOf(spec.item);
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
    for (const option of optionsOf(spec)) expect(Object.keys(esDatedSettings.option), `${key}: ${option}`).toContain(option);
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

describe('texts, dates and choices', () => {
  it('a time only for TimeOfDaySchema, a date for IsoDateSchema, any other string a text with its length, an enum a choice', () => {
    expect(specOf(TimeOfDaySchema)).toEqual({ kind: 'time' });
    expect(specOf(IsoDateSchema)).toEqual({ kind: 'date' });
    // Known by identity: a look-alike pattern is a text.
    expect(specOf(z.string().regex(/^\d\d:\d\d$/))).toEqual({ kind: 'text', maxLength: null });
    expect(specOf(z.enum(['a', 'b']))).toEqual({ kind: 'choice', options: ['a', 'b'] });
    expect(specOfKey('court.courts')).toEqual({
      kind: 'list',
      item: {
        kind: 'object',
        fields: [
          ['id', { kind: 'text', maxLength: 64 }],
          ['name', { kind: 'text', maxLength: 120 }],
          ['cpc', { kind: 'nullable', inner: { kind: 'text', maxLength: 80 } }],
          ['environmental', { kind: 'boolean' }],
          ['rooms', { kind: 'list', item: { kind: 'text', maxLength: 40 } }],
        ],
      },
    });
    expect(specOfKey('calendar.holidays')).toEqual({ kind: 'list', item: { kind: 'date' } });
    expect(specAt(specOfKey('court.environmentalArticles'), 'value.0.norm')).toEqual({ kind: 'choice', options: [...NORMS] });
    expect(specAt(specOfKey('court.hearingHours'), 'value.start')).toEqual({ kind: 'time' });
  });

  it('lists of small objects are tables; lists of dates, of tiers with empty bounds or of courts with rooms are not', () => {
    expect(isTable(specOfKey('court.barrioCpc'))).toBe(true);
    expect(isTable(specOfKey('court.environmentalArticles'))).toBe(true);
    expect(isTable(specOfKey('calendar.holidays'))).toBe(false);
    expect(isTable(specOfKey('alcohol.provincialTiers'))).toBe(false);
    expect(isTable(specOfKey('court.courts'))).toBe(false);
  });

  it('the form explains how to type numbers only where a value has some', () => {
    expect(hasNumbers(specOfKey('court.environmentalArticles'))).toBe(true);
    expect(hasNumbers(specOfKey('alcohol.provincialTiers'))).toBe(true);
    expect(hasNumbers(specOfKey('calendar.holidays'))).toBe(false);
    expect(hasNumbers(specOfKey('court.barrioCpc'))).toBe(false);
    expect(hasNumbers(specOfKey('noise.dayPeriod'))).toBe(false);
  });

  it.each([
    ['a text longer than its schema allows', 'court.courts', '0.name', 'x'.repeat(121), 'value.0.name', { code: 'too_long', max: 120 }],
    ['a blank text', 'court.barrioCpc', '3.barrio', '  ', 'value.3.barrio', { code: 'required' }],
    ['a court code with capitals and spaces', 'court.courts', '1.id', 'CPC Centro', 'value.1.id', { code: 'invalid' }],
    ['an impossible date', 'calendar.holidays', '2', '2026-02-30', 'value.2', { code: 'invalid_date' }],
    ['a date in the year 3000', 'calendar.holidays', '0', '3000-01-01', 'value.0', { code: 'date_out_of_range' }],
    ['an empty date', 'calendar.holidays', '5', '', 'value.5', { code: 'required' }],
    ['a choice outside the options', 'court.environmentalArticles', '0.norm', 'ord_99999', 'value.0.norm', { code: 'invalid' }],
    ['no choice', 'court.environmentalArticles', '0.norm', '', 'value.0.norm', { code: 'required' }],
    ['a time of day that is not one', 'court.hearingHours', 'start', '25:00', 'value.start', { code: 'invalid_time' }],
  ] as const)('%s is refused at its path', (_, key, field, text, path, problem) => {
    const draft = setDraft(toDraft(specOfKey(key), defaultOf(key), ','), field, text);
    expect(checkEntryForm({ key, draft, effectiveFrom: TODAY, note: '' }, NOW, ',')).toEqual({ ok: false, problems: { [path]: problem } });
  });

  it('a text that may be empty (a court’s CPC): empty is null, null is empty', () => {
    const cpc = specOf(SETTING_SCHEMAS['court.courts'].element.shape.cpc);
    expect(cpc).toEqual({ kind: 'nullable', inner: { kind: 'text', maxLength: 80 } });
    expect(toDraft(cpc, null, ',')).toEqual({ kind: 'nullable', isNull: true, inner: '' });
    expect(fromDraft(cpc, { kind: 'nullable', isNull: false, inner: '  ' }, ',')).toEqual({ value: null, problems: {} });
    expect(fromDraft(cpc, { kind: 'nullable', isNull: false, inner: ' Colón ' }, ',').value).toBe('Colón');

    const draft = setDraft(toDraft(specOfKey('court.courts'), defaultOf('court.courts'), ','), '0.cpc', {
      kind: 'nullable',
      isNull: false,
      inner: '',
    });
    const checked = checkEntryForm({ key: 'court.courts', draft, effectiveFrom: TODAY, note: '' }, NOW, ',');
    expect(checked.ok && (checked.entry.value as { cpc: string | null }[])[0]!.cpc).toBeNull();
  });

  it('a barrio’s CPC confirmed, and next year’s holiday added: a valid entry', () => {
    const barrios = toDraft(specOfKey('court.barrioCpc'), defaultOf('court.barrioCpc'), ',');
    const confirmed = checkEntryForm(
      { key: 'court.barrioCpc', draft: setDraft(barrios, '4.uncertain', false), effectiveFrom: '2026-11-27', note: '' },
      NOW,
      ',',
    );
    expect(confirmed.ok && confirmed.entry.value).toContainEqual({ barrio: 'Villa Cabrera', cpc: 'Argüello', uncertain: false });
    const holidays = toDraft(specOfKey('calendar.holidays'), defaultOf('calendar.holidays'), ',');
    const next = checkEntryForm(
      {
        key: 'calendar.holidays',
        draft:
          typeof holidays === 'object' && holidays.kind === 'list' ? { ...holidays, items: [...holidays.items, '2028-01-01'] } : holidays,
        effectiveFrom: TODAY,
        note: '',
      },
      NOW,
      ',',
    );
    expect(next.ok && (next.entry.value as string[]).at(-1)).toBe('2028-01-01');
  });

  it('the core’s too_big on a text is "too long", with its length', () => {
    const error = new ApiCallError({ code: 'invalid_input', issues: [{ path: 'entry.value.0.barrio', code: 'too_big' }] });
    expect(serverProblems(error, 'court.barrioCpc').problems).toEqual({ 'value.0.barrio': { code: 'too_long', max: 80 } });
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
