import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT } from '../../../shared/operations/query.ts';
import { isSortableColumn, toContractSort } from './sort-model.ts';

describe('toContractSort', () => {
  it('uses the default sort when the grid has none', () => {
    expect(toContractSort([])).toEqual(DEFAULT_SORT);
  });

  it('maps a sortable column and its direction', () => {
    expect(toContractSort([{ colId: 'barrio', sort: 'asc' }])).toEqual({ column: 'barrio', direction: 'asc' });
  });

  it('skips columns the core cannot sort by', () => {
    expect(toContractSort([{ colId: 'resultSummary', sort: 'asc' }])).toEqual(DEFAULT_SORT);
    expect(
      toContractSort([
        { colId: 'resultSummary', sort: 'asc' },
        { colId: 'team', sort: 'desc' },
      ]),
    ).toEqual({
      column: 'team',
      direction: 'desc',
    });
  });
});

describe('isSortableColumn', () => {
  it('knows the contract columns only', () => {
    expect(isSortableColumn('plannedStart')).toBe(true);
    expect(isSortableColumn('resultSummary')).toBe(false);
    expect(isSortableColumn('lat')).toBe(false);
  });
});
