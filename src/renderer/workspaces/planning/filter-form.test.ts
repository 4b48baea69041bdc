import { describe, expect, it } from 'vitest';
import { OperationsFilterSchema } from '../../../shared/operations/query.ts';
import { cordobaInstant } from '../../../shared/time/cordoba.ts';
import { EMPTY_FILTER_FORM, toOperationsFilter } from './filter-form.ts';

describe('toOperationsFilter', () => {
  it('sends nothing for an empty form', () => {
    expect(toOperationsFilter(EMPTY_FILTER_FORM)).toEqual({});
  });

  it('maps every field to the contract', () => {
    const filter = toOperationsFilter({
      types: ['noise_check', 'alcohol_test'],
      statuses: ['planned'],
      barrio: 'Güemes',
      from: '2026-03-01',
      to: '2026-03-02',
      text: '  Av. Colón  ',
    });
    expect(filter).toEqual({
      types: ['noise_check', 'alcohol_test'],
      statuses: ['planned'],
      barrios: ['Güemes'],
      from: cordobaInstant(2026, 3, 1),
      to: cordobaInstant(2026, 3, 3) - 1,
      text: 'Av. Colón',
    });
    expect(OperationsFilterSchema.safeParse(filter).success).toBe(true);
  });

  it('ignores incomplete dates', () => {
    expect(toOperationsFilter({ ...EMPTY_FILTER_FORM, from: '2026-02-30', to: '20' })).toEqual({});
  });

  it('cuts the address text to what the contract accepts', () => {
    const filter = toOperationsFilter({ ...EMPTY_FILTER_FORM, text: 'x'.repeat(1000) });
    expect(OperationsFilterSchema.safeParse(filter).success).toBe(true);
  });
});
