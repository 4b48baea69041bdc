import { describe, expect, it } from 'vitest';
import { OperationsPageInputSchema } from '../../../../shared/operations/query.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { onToday, todaysOperationsQuery } from './todays-operations.ts';

const HOUR = 3_600_000;
const NOW = cordobaInstant(2026, 11, 27, 23, 40);
const MIDNIGHT = cordobaInstant(2026, 11, 27);

describe('todaysOperationsQuery', () => {
  it('asks for what is still to happen or under way, from a day before today’s start to its end', () => {
    const query = todaysOperationsQuery(NOW);
    expect(OperationsPageInputSchema.safeParse(query).success).toBe(true);
    expect(query.filter).toEqual({
      statuses: ['planned', 'reserved', 'in_progress'],
      from: MIDNIGHT - 24 * HOUR,
      to: cordobaInstant(2026, 11, 28) - 1,
    });
    expect(query.sort).toEqual({ column: 'plannedStart', direction: 'asc' });
  });

  it('is the same query all day (a live query reads it again only when operations change)', () => {
    expect(todaysOperationsQuery(MIDNIGHT)).toEqual(todaysOperationsQuery(NOW));
  });
});

describe('onToday', () => {
  it.each([
    ['this morning', MIDNIGHT + 9 * HOUR, MIDNIGHT + 11 * HOUR, true],
    ['last night across midnight', MIDNIGHT - 2 * HOUR, MIDNIGHT + 2 * HOUR, true],
    ['last night, over at midnight', MIDNIGHT - 4 * HOUR, MIDNIGHT, false],
    ['tonight across midnight', MIDNIGHT + 22 * HOUR, MIDNIGHT + 26 * HOUR, true],
    ['tomorrow', MIDNIGHT + 24 * HOUR, MIDNIGHT + 26 * HOUR, false],
  ] as const)('%s: %s', (_, plannedStart, plannedEnd, shown) => {
    expect(onToday([{ plannedStart, plannedEnd }], NOW)).toHaveLength(shown ? 1 : 0);
  });
});
