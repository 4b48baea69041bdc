// The grid's column layout (order, width, sort, visibility) ↔ the 'grid.operations.columns' preference.
// The preference schema is stricter than AG Grid's state (integers, bounded): values are fitted into it
// here so that saving never fails validation, and anything saved is re-validated before it is applied.
import type { ColumnState } from 'ag-grid-community';
import { PREF_SCHEMAS, type PrefValue } from '../../../shared/api/prefs.ts';

export type SavedColumnState = PrefValue<'grid.operations.columns'>;

const MAX_COLUMNS = 50;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
const whole = (value: number | null | undefined, min: number, max: number): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? clamp(Math.round(value), min, max) : undefined;

function pinnedSide(pinned: ColumnState['pinned']): 'left' | 'right' | null {
  if (pinned === 'left' || pinned === true) return 'left';
  return pinned === 'right' ? 'right' : null;
}

export function toSavedColumnState(state: readonly ColumnState[]): SavedColumnState {
  return state
    .filter((column) => column.colId.length > 0 && column.colId.length <= 64)
    .slice(0, MAX_COLUMNS)
    .map((column) => ({
      colId: column.colId,
      width: whole(column.width, 20, 2000),
      hide: column.hide ?? null,
      pinned: pinnedSide(column.pinned),
      sort: column.sort ?? null,
      sortIndex: whole(column.sortIndex, 0, 50) ?? null,
      flex: typeof column.flex === 'number' ? clamp(column.flex, 0, 100) : null,
    }));
}

/**
 * Saved layout → state for applyColumnState, limited to the grid's current columns. When nothing in the
 * saved layout is sorted, sort fields are left out so the grid keeps its default sort instead of clearing it.
 */
export function toGridColumnState(saved: unknown, knownColIds: readonly string[]): ColumnState[] | null {
  const parsed = PREF_SCHEMAS['grid.operations.columns'].safeParse(saved);
  if (!parsed.success) return null;
  const columns = parsed.data.filter((column) => knownColIds.includes(column.colId));
  if (columns.length === 0) return null;
  const hasSort = columns.some((column) => column.sort);
  return columns.map(({ sort, sortIndex, ...rest }) => (hasSort ? { ...rest, sort, sortIndex } : rest));
}

/** Only layout changes the user made are saved; the grid's own (initial, API, flex) changes are not. */
export function isUserColumnChange(event: { readonly source: string; readonly finished?: boolean }): boolean {
  return event.source.startsWith('ui') && event.finished !== false;
}
