import { describe, expect, it } from 'vitest';
import type { RosterRules } from '../../../../shared/roster/types.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { checkTemplateForm, emptyTemplateForm, MAX_TEMPLATE_OPERATIONS, shiftMinutes, type TemplateFormValues } from './template-form.ts';

const RULES: RosterRules = {
  minRestHours: 12,
  maxWeeklyHours: 48,
  shiftTimes: {
    morning: { start: '06:00', end: '14:00' },
    afternoon: { start: '14:00', end: '22:00' },
    night: { start: '22:00', end: '06:00' },
  },
  calibrationMonths: { breathalyser: 12, sound_meter: 12 },
};

const checkpoint: TemplateFormValues = {
  ...emptyTemplateForm(RULES, '2026-11-23'),
  type: 'alcohol_test',
  weekdays: [4, 5, 6, 0], // Thursday–Sunday
  barrio: 'Nueva Córdoba',
  address: 'Av. Hipólito Yrigoyen y Obispo Trejo',
  team: 'Conducción Responsable',
};

describe('recurring template form', () => {
  it('starts from the shift times of the rules and the week', () => {
    expect(emptyTemplateForm(RULES, '2026-11-23')).toMatchObject({
      shift: 'night',
      startTime: '22:00',
      durationMinutes: '480',
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(shiftMinutes(RULES, 'morning')).toBe(480);
  });

  it('makes one checked plan per Thursday–Sunday night of the week', () => {
    const checked = checkTemplateForm(checkpoint);
    if (!checked.ok) throw new Error(JSON.stringify(checked));
    expect(checked.drafts.map((d) => d.date)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(checked.plans[0]).toEqual({
      type: 'alcohol_test',
      barrio: 'Nueva Córdoba',
      address: 'Av. Hipólito Yrigoyen y Obispo Trejo',
      shift: 'night',
      team: 'Conducción Responsable',
      plannedStart: cordobaInstant(2026, 11, 26, 22),
      plannedEnd: cordobaInstant(2026, 11, 27, 6),
    });
  });

  it.each<[Partial<TemplateFormValues>, Record<string, string>]>([
    [{ type: '' }, { type: 'required' }],
    [{ weekdays: [] }, { weekdays: 'no_weekdays' }],
    [{ startTime: '25:00' }, { startTime: 'invalid_time' }],
    [{ durationMinutes: '0' }, { durationMinutes: 'invalid_duration' }],
    [{ durationMinutes: '1441' }, { durationMinutes: 'invalid_duration' }],
    [{ durationMinutes: '2.5' }, { durationMinutes: 'invalid_duration' }],
    [{ barrio: 'Atlántida' }, { barrio: 'unknown_barrio' }],
    [{ address: '   ' }, { address: 'required' }],
    [{ team: 'x'.repeat(121) }, { team: 'too_long' }],
    [{ from: '2026-02-30' }, { from: 'invalid_date' }],
    [{ to: '2026-11-01' }, { to: 'range_reversed' }],
    [{ to: '2027-11-24' }, { to: 'range_too_long' }],
    [{ weekdays: [1], to: '2026-11-23', from: '2026-11-24' }, { to: 'range_reversed' }],
    [{ weekdays: [1], from: '2026-11-24', to: '2026-11-29' }, { weekdays: 'none_generated' }],
  ])('%j → %j', (change, problems) => {
    const checked = checkTemplateForm({ ...checkpoint, ...change });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toEqual(problems);
  });

  it(`refuses more than ${MAX_TEMPLATE_OPERATIONS} operations in one run and says how many`, () => {
    const checked = checkTemplateForm({ ...checkpoint, weekdays: [0, 1, 2, 3, 4, 5, 6], from: '2026-01-01', to: '2026-12-31' });
    expect(checked).toEqual({ ok: false, problems: { to: 'too_many' }, count: 365 });
  });
});
