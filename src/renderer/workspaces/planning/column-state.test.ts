import { describe, expect, it } from 'vitest';
import { PREF_SCHEMAS } from '../../../shared/api/prefs.ts';
import { isUserColumnChange, toGridColumnState, toSavedColumnState } from './column-state.ts';

describe('toSavedColumnState', () => {
  it('fits AG Grid state into the preference schema', () => {
    const saved = toSavedColumnState([
      { colId: 'barrio', width: 151.6, hide: false, pinned: true, sort: 'asc', sortIndex: 0, flex: null },
      { colId: 'team', width: 5, hide: undefined, pinned: null, sort: null, sortIndex: null, flex: 250 },
      { colId: 'address', width: 99_999 },
    ]);
    expect(saved).toEqual([
      { colId: 'barrio', width: 152, hide: false, pinned: 'left', sort: 'asc', sortIndex: 0, flex: null },
      { colId: 'team', width: 20, hide: null, pinned: null, sort: null, sortIndex: null, flex: 100 },
      { colId: 'address', width: 2000, hide: null, pinned: null, sort: null, sortIndex: null, flex: null },
    ]);
    expect(PREF_SCHEMAS['grid.operations.columns'].safeParse(saved).success).toBe(true);
  });

  it('never saves more columns than the schema accepts', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ colId: `c${i}` }));
    expect(PREF_SCHEMAS['grid.operations.columns'].safeParse(toSavedColumnState(many)).success).toBe(true);
  });
});

describe('toGridColumnState', () => {
  const known = ['type', 'barrio', 'plannedStart'];

  it('round-trips a saved layout, in its order', () => {
    const saved = toSavedColumnState([
      { colId: 'barrio', width: 120, sort: 'desc', sortIndex: 0 },
      { colId: 'type', width: 90, hide: true },
    ]);
    expect(toGridColumnState(saved, known)).toEqual([
      { colId: 'barrio', width: 120, hide: null, pinned: null, flex: null, sort: 'desc', sortIndex: 0 },
      { colId: 'type', width: 90, hide: true, pinned: null, flex: null, sort: null, sortIndex: null },
    ]);
  });

  it('keeps the default sort when the saved layout sorts nothing', () => {
    const state = toGridColumnState(toSavedColumnState([{ colId: 'type', width: 90 }]), known);
    expect(state).toEqual([{ colId: 'type', width: 90, hide: null, pinned: null, flex: null }]);
  });

  it('drops unknown columns and rejects malformed preferences', () => {
    expect(toGridColumnState([{ colId: 'gone', width: 90 }], known)).toBeNull();
    expect(toGridColumnState('nonsense', known)).toBeNull();
    expect(toGridColumnState(null, known)).toBeNull();
  });
});

describe('isUserColumnChange', () => {
  it('accepts finished user gestures only', () => {
    expect(isUserColumnChange({ source: 'uiColumnSorted' })).toBe(true);
    expect(isUserColumnChange({ source: 'uiColumnResized', finished: true })).toBe(true);
    expect(isUserColumnChange({ source: 'uiColumnResized', finished: false })).toBe(false);
    expect(isUserColumnChange({ source: 'api', finished: true })).toBe(false);
    expect(isUserColumnChange({ source: 'flex', finished: true })).toBe(false);
  });
});
