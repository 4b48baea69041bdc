import type { IGetRowsParams } from 'ag-grid-community';
import { describe, expect, it, vi } from 'vitest';
import type { OperationsPage } from '../../../shared/api/contract.ts';
import type { OperationsPageInput } from '../../../shared/operations/query.ts';
import type { OperationRow } from '../../../shared/operations/types.ts';
import { createOperationsDatasource } from './operations-datasource.ts';

const row = (id: string) => ({ id, syncState: 'synced' }) as OperationRow;

function harness(answer: (input: OperationsPageInput) => OperationsPage | Error) {
  const inputs: OperationsPageInput[] = [];
  const onLoaded = vi.fn();
  const onError = vi.fn();
  const datasource = createOperationsDatasource({
    filter: { types: ['noise_check'] },
    fetchPage: async (input) => {
      inputs.push(input);
      const result = answer(input);
      if (result instanceof Error) throw result;
      return result;
    },
    onLoaded,
    onError,
  });
  const load = (startRow: number, endRow: number, sortModel: IGetRowsParams['sortModel'] = []) =>
    new Promise<{ rows: unknown[]; lastRow?: number } | 'failed'>((resolve) => {
      datasource.getRows({
        startRow,
        endRow,
        sortModel,
        filterModel: {},
        successCallback: (rows, lastRow) => resolve({ rows, lastRow }),
        failCallback: () => resolve('failed'),
      } as IGetRowsParams);
    });
  return { datasource, inputs, onLoaded, onError, load };
}

describe('operations datasource', () => {
  it('asks for the total with the first block and reuses it for the next ones', async () => {
    const h = harness((input) => ({ rows: [row('a')], ...(input.withTotal && { total: 1234 }) }));
    expect(await h.load(0, 100)).toEqual({ rows: [row('a')], lastRow: 1234 });
    expect(await h.load(100, 200)).toEqual({ rows: [row('a')], lastRow: 1234 });
    expect(h.inputs.map((i) => [i.offset, i.limit, i.withTotal])).toEqual([
      [0, 100, true],
      [100, 100, false],
    ]);
    expect(h.onLoaded.mock.calls).toEqual([[1234], [undefined]]);
  });

  it('sends the filter and the mapped sort', async () => {
    const h = harness(() => ({ rows: [], total: 0 }));
    await h.load(0, 100, [{ colId: 'barrio', sort: 'asc' }]);
    expect(h.inputs[0]).toMatchObject({ filter: { types: ['noise_check'] }, sort: { column: 'barrio', direction: 'asc' } });
  });

  it('asks for the total again after forgetTotal, even for a later block', async () => {
    const h = harness((input) => ({ rows: [row('a')], ...(input.withTotal && { total: 500 }) }));
    await h.load(0, 100);
    h.datasource.forgetTotal();
    await h.load(300, 400);
    expect(h.inputs[1]?.withTotal).toBe(true);
  });

  it('fails the block and reports the error', async () => {
    const failure = new Error('boom');
    const h = harness(() => failure);
    expect(await h.load(0, 100)).toBe('failed');
    expect(h.onError).toHaveBeenCalledWith(failure);
  });
});
