// The operations grid's columns: codes shown as translated labels, instants in Córdoba time, first a narrow
// column saying whether the row has local changes the hub has not accepted yet, and last the figures counted from
// each operation's details (shared/operations/figures.ts): the common ones always, a type's own only while the
// filter selects exactly that type (OperationsGrid shows and hides them).
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { NOISE_VERDICTS, OPERATION_FIGURES, type OperationFigure } from '../../../shared/operations/figures.ts';
import { OPERATION_STATUSES, OPERATION_TYPES, SHIFTS } from '../../../shared/operations/codes.ts';
import type { OperationRow } from '../../../shared/operations/types.ts';
import { isOneOf } from '../../../shared/util/one-of.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { isSortableColumn } from './sort-model.ts';
import { SyncStateCell } from './SyncStateCell.tsx';

export const OPERATION_COLUMNS = [
  'syncState',
  'type',
  'status',
  'barrio',
  'address',
  'plannedStart',
  'plannedEnd',
  'shift',
  'team',
  'resultSummary',
  'updatedAt',
] as const satisfies readonly (keyof OperationRow)[];
type ColumnId = (typeof OPERATION_COLUMNS)[number];

const WIDTHS: Record<ColumnId, number> = {
  syncState: 56,
  type: 190,
  status: 120,
  barrio: 150,
  address: 220,
  plannedStart: 170,
  plannedEnd: 160,
  shift: 100,
  team: 110,
  resultSummary: 260,
  updatedAt: 150,
};

/** Newest first on the first click for instants; A→Z for the rest. Never "unsorted": the core always sorts. */
const INSTANT_COLUMNS: readonly ColumnId[] = ['plannedStart', 'plannedEnd', 'updatedAt'];

type Formatter = (params: ValueFormatterParams<OperationRow>) => string;

export function operationColumnDefs(t: TFunction<'ui'>, locale: string): ColDef<OperationRow>[] {
  // A code this version does not know (sent by a newer hub) is shown as is rather than as a missing key.
  const formatters: Partial<Record<ColumnId, Formatter>> = {
    type: ({ value }) => (isOneOf(OPERATION_TYPES, value) ? t(`operationType.${value}`) : String(value ?? '')),
    status: ({ value }) => (isOneOf(OPERATION_STATUSES, value) ? t(`operationStatus.${value}`) : String(value ?? '')),
    shift: ({ value }) => (isOneOf(SHIFTS, value) ? t(`shift.${value}`) : String(value ?? '')),
    plannedStart: ({ value }) => (typeof value === 'number' ? formatDateTime(value, locale) : ''),
    plannedEnd: ({ value }) => (typeof value === 'number' ? formatDateTime(value, locale) : ''),
    updatedAt: ({ value }) => (typeof value === 'number' ? formatDateTime(value, locale) : ''),
    resultSummary: ({ value }) => (typeof value === 'string' ? value : ''),
  };
  const plan = OPERATION_COLUMNS.map((id): ColDef<OperationRow> => ({
    colId: id,
    field: id,
    headerName: t(`column.${id}`),
    width: WIDTHS[id],
    sortable: isSortableColumn(id),
    sortingOrder: INSTANT_COLUMNS.includes(id) ? ['desc', 'asc'] : ['asc', 'desc'],
    ...(id === 'plannedStart' && { initialSort: 'desc' as const }),
    ...(formatters[id] && { valueFormatter: formatters[id] }),
    // Pending / in conflict as an icon with a text alternative (SyncStateCell); nothing for synced rows.
    ...(id === 'syncState' && {
      cellRenderer: SyncStateCell,
      headerTooltip: t('column.syncStateTitle'),
      resizable: false,
      suppressMovable: true,
    }),
  }));
  return [...plan, ...figureColumnDefs(t, locale)];
}

const FIGURE_WIDTHS: Partial<Record<OperationFigure, number>> = {
  peopleReserved: 150,
  noiseVerdict: 150,
  seizedUnits: 170,
  countedAttendance: 160,
  declaredCapacity: 160,
};

/** Figures are counted by the core per block; they cannot be sorted (no index serves them). */
function figureColumnDefs(t: TFunction<'ui'>, locale: string): ColDef<OperationRow>[] {
  const number: Formatter = ({ value }) => (typeof value === 'number' ? formatNumber(value, locale) : '');
  const verdict: Formatter = ({ value }) => (isOneOf(NOISE_VERDICTS, value) ? t(`noiseVerdict.${value}`) : '');
  return OPERATION_FIGURES.map((id) => ({
    colId: id,
    field: id,
    headerName: t(`column.${id}`),
    width: FIGURE_WIDTHS[id] ?? 120,
    sortable: false,
    valueFormatter: id === 'noiseVerdict' ? verdict : number,
    ...(id !== 'noiseVerdict' && { type: 'rightAligned' }),
  }));
}
