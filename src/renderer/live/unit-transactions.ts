// Turns incoming unit rows into AG Grid transactions against what the board already shows. The board keeps
// its own index (id → row) in step with the grid, so it never has to ask the grid what it holds.
import type { UnitRow } from '../../shared/live/unit-row.ts';

export interface UnitTransaction {
  readonly add: UnitRow[];
  readonly update: UnitRow[];
  readonly remove: UnitRow[];
}

/** Live changes ('units.changed'): rows the board has are updated, new ones added; nothing is removed. */
export function changesTransaction(shown: ReadonlyMap<string, UnitRow>, rows: Iterable<UnitRow>): UnitTransaction {
  const add: UnitRow[] = [];
  const update: UnitRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) continue; // the batcher already keeps one row per id; stay safe if called directly
    seen.add(row.id);
    (shown.has(row.id) ? update : add).push(row);
  }
  return { add, update, remove: [] };
}

/**
 * A full list ('units.list', at start and after a reconnect): like changesTransaction, and units the list no
 * longer has are removed. Rows identical (same object) to the shown ones are left alone.
 */
export function snapshotTransaction(shown: ReadonlyMap<string, UnitRow>, rows: readonly UnitRow[]): UnitTransaction {
  const { add, update } = changesTransaction(shown, rows);
  const listed = new Set(rows.map((row) => row.id));
  const remove = [...shown.values()].filter((row) => !listed.has(row.id));
  return { add, update: update.filter((row) => shown.get(row.id) !== row), remove };
}

export const isEmptyTransaction = (tx: UnitTransaction): boolean => tx.add.length === 0 && tx.update.length === 0 && tx.remove.length === 0;

/** Applies a transaction to the board's index (after the grid got it). */
export function applyToIndex(shown: Map<string, UnitRow>, tx: UnitTransaction): void {
  for (const row of tx.remove) shown.delete(row.id);
  for (const row of tx.add) shown.set(row.id, row);
  for (const row of tx.update) shown.set(row.id, row);
}
