// The grid's infinite-row-model datasource over 'operations.page'. One datasource per filter: it asks for
// the total with the first block (and whenever it does not know it yet, e.g. after a refresh), remembers it,
// and hands it to the grid as lastRow so the scrollbar covers every matching row.
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { OperationsPage } from '../../../shared/api/contract.ts';
import type { OperationsFilter, OperationsPageInput } from '../../../shared/operations/query.ts';
import { toContractSort } from './sort-model.ts';

export interface OperationsDatasourceOptions {
  readonly filter: OperationsFilter;
  fetchPage(input: OperationsPageInput): Promise<OperationsPage>;
  /** Each successful block; `total` when the block carried one. */
  onLoaded(total: number | undefined): void;
  onError(error: unknown): void;
}

export interface OperationsDatasource extends IDatasource {
  /** Data changed under the same filter: the next block asks for the total again. */
  forgetTotal(): void;
}

export function createOperationsDatasource({ filter, fetchPage, onLoaded, onError }: OperationsDatasourceOptions): OperationsDatasource {
  let total: number | undefined;
  return {
    getRows(params: IGetRowsParams): void {
      const { startRow, endRow } = params;
      const limit = endRow - startRow;
      fetchPage({
        filter,
        sort: toContractSort(params.sortModel),
        offset: startRow,
        limit,
        withTotal: startRow === 0 || total === undefined,
      }).then(
        (page) => {
          if (page.total !== undefined) total = page.total;
          // Without a total, a short block is still proof of where the data ends.
          const lastRow = total ?? (page.rows.length < limit ? startRow + page.rows.length : undefined);
          params.successCallback([...page.rows], lastRow);
          onLoaded(page.total);
        },
        (error: unknown) => {
          params.failCallback();
          onError(error);
        },
      );
    },
    forgetTotal() {
      total = undefined;
    },
  };
}
