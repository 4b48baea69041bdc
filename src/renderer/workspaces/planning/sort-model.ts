// AG Grid's sort model → the contract's single-column sort. Only SORTABLE_COLUMNS can be sorted by the
// core (they are indexed); with no usable sort the contract's default applies (newest planned first).
import type { SortModelItem } from 'ag-grid-community';
import { DEFAULT_SORT, SORTABLE_COLUMNS, type OperationsSort, type SortableColumn } from '../../../shared/operations/query.ts';
import { isOneOf } from '../../../shared/util/one-of.ts';

export const isSortableColumn = (colId: string): colId is SortableColumn => isOneOf(SORTABLE_COLUMNS, colId);

export function toContractSort(sortModel: readonly SortModelItem[]): OperationsSort {
  const first = sortModel.find((item): item is SortModelItem & { colId: SortableColumn } => isSortableColumn(item.colId));
  return first ? { column: first.colId, direction: first.sort } : DEFAULT_SORT;
}
