// Ctrl+Home / Ctrl+End jump to the first / last of all rows. AG Grid's own handling only moves to a row it
// has already loaded, which in the infinite row model is never the millionth one: here we scroll there first
// (the block loads), and the focused cell follows once it renders.
import type { SuppressKeyboardEventParams } from 'ag-grid-community';

export function edgeTarget(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>, rowCount: number): number | null {
  if (!(event.ctrlKey || event.metaKey) || rowCount === 0) return null;
  if (event.key === 'End') return rowCount - 1;
  if (event.key === 'Home') return 0;
  return null;
}

/** For defaultColDef.suppressKeyboardEvent: handles the jump and tells the grid to leave the key alone. */
export function jumpToEdge({ api, column, event, editing }: SuppressKeyboardEventParams): boolean {
  if (editing || event.type !== 'keydown') return false;
  const target = edgeTarget(event, api.getDisplayedRowCount());
  if (target === null) return false;
  event.preventDefault();
  api.ensureIndexVisible(target, target === 0 ? 'top' : 'bottom');
  api.setFocusedCell(target, column);
  return true;
}
