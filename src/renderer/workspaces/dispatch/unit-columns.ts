// The unit board's columns. Codes are shown as translated labels; the status is a badge and the position age
// a freshness colour, both through cell classes (styles/dispatch.css), never inline styles. The task is a link-like
// label (TaskCell): an incident's opens it in the incident panel.
import type { CellClassParams, ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { freshness, positionAgeSeconds, type FreshnessThresholds } from '../../../shared/live/freshness.ts';
import { nearestBarrio } from '../../../shared/live/nearest-barrio.ts';
import type { UnitRow } from '../../../shared/live/unit-row.ts';
import { UNIT_KINDS, UNIT_STATUSES, type UnitTask } from '../../../shared/live/units.ts';
import { isOneOf } from '../../../shared/util/one-of.ts';
import { formatAge } from '../../i18n/age.ts';
import { formatInteger } from '../../i18n/format.ts';
import { TaskCell, type TaskCellParams } from './TaskCell.tsx';

/** In the board's order: what a dispatcher reads first (who, how it stands, on what) comes before the narrow window's edge. */
export const UNIT_COLUMNS = ['callSign', 'status', 'assignment', 'positionAge', 'kind', 'crew', 'speed', 'barrio'] as const;
export type UnitColumnId = (typeof UNIT_COLUMNS)[number];

/** The column refreshed every second. */
export const AGE_COLUMN: UnitColumnId = 'positionAge';
/** The unit's task (its colId kept from when it was free text); refreshed when the records naming tasks change. */
export const TASK_COLUMN: UnitColumnId = 'assignment';

export interface UnitColumnOptions {
  readonly t: TFunction<'ui'>;
  readonly locale: string;
  /** The freshness thresholds (a dated setting): when a position turns amber and when "sin señal". */
  readonly thresholds: FreshnessThresholds;
  /** The clock the ages are measured against (Date.now in the page). */
  readonly now: () => number;
  /** A task's label from the records the console holds now (task-label.ts). */
  readonly taskText: (task: UnitTask) => string;
  /** A click on an incident task opens it (Enter on the cell too: UnitBoard). */
  readonly onOpenIncident: ((id: string) => void) | null;
}

type Getter<V> = (params: ValueGetterParams<UnitRow>) => V;
type Formatter<V> = (params: ValueFormatterParams<UnitRow, V>) => string;

const nullsLast = (a: number | null, b: number | null): number => (a ?? Infinity) - (b ?? Infinity);
const statusRank = (value: unknown): number => {
  const rank = UNIT_STATUSES.indexOf(value as (typeof UNIT_STATUSES)[number]);
  return rank === -1 ? UNIT_STATUSES.length : rank;
};

export function unitColumnDefs({ t, locale, thresholds, now, taskText, onOpenIncident }: UnitColumnOptions): ColDef<UnitRow>[] {
  const none = t('unit.none');
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const textNullsLast = (a: string | null, b: string | null) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : collator.compare(a, b);

  const ageOf: Getter<number | null> = ({ data }) => positionAgeSeconds(data?.position?.receivedAt, now());
  const ageText: Formatter<number | null> = ({ value }) => {
    if (value === null || value === undefined) return t('unit.noPosition');
    const age = formatAge(value, t, locale);
    return freshness(value, thresholds) === 'lost' ? t('unit.lostSignal', { age }) : age;
  };
  const freshnessIs =
    (level: ReturnType<typeof freshness>) =>
    ({ value }: CellClassParams<UnitRow, number | null>) =>
      freshness(value ?? null, thresholds) === level;

  return [
    {
      colId: 'callSign',
      field: 'callSign',
      headerName: t('unit.column.callSign'),
      width: 130,
      initialSort: 'asc',
      comparator: (a: string, b: string) => collator.compare(a ?? '', b ?? ''),
    },
    {
      colId: 'status',
      field: 'status',
      headerName: t('unit.column.status'),
      width: 165,
      valueFormatter: ({ value }) => (isOneOf(UNIT_STATUSES, value) ? t(`unit.status.${value}`) : String(value ?? '')),
      // Sorted in the order of the working day (disponible → … → fuera de servicio), not alphabetically.
      comparator: (a: unknown, b: unknown) => statusRank(a) - statusRank(b),
      cellClass: 'unit-status',
      cellClassRules: Object.fromEntries(
        UNIT_STATUSES.map((status) => [`unit-status--${status}`, ({ value }: CellClassParams<UnitRow>) => value === status]),
      ),
    },
    {
      colId: 'assignment',
      headerName: t('unit.column.assignment'),
      flex: 1,
      minWidth: 200,
      valueGetter: ({ data }) => (data?.task ? taskText(data.task) : null),
      valueFormatter: ({ value }: ValueFormatterParams<UnitRow, string | null>) => value ?? none,
      comparator: textNullsLast,
      cellRenderer: TaskCell,
      cellRendererParams: { onOpenIncident, openLabel: (task: string) => t('unit.task.open', { task }) } satisfies TaskCellParams,
    },
    {
      colId: 'positionAge',
      headerName: t('unit.column.positionAge'),
      width: 220,
      valueGetter: ageOf,
      valueFormatter: ageText,
      comparator: nullsLast,
      cellClass: 'unit-age',
      cellClassRules: {
        'unit-age--fresh': freshnessIs('fresh'),
        'unit-age--amber': freshnessIs('amber'),
        'unit-age--lost': freshnessIs('lost'),
      },
    },
    {
      colId: 'kind',
      field: 'kind',
      headerName: t('unit.column.kind'),
      width: 100,
      // A code this version does not know (sent by a newer hub) is shown as is rather than as a missing key.
      valueFormatter: ({ value }) => (isOneOf(UNIT_KINDS, value) ? t(`unit.kind.${value}`) : String(value ?? '')),
    },
    {
      colId: 'crew',
      headerName: t('unit.column.crew'),
      valueGetter: ({ data }) => data?.crew.join(', ') ?? '',
      flex: 1,
      minWidth: 180,
    },
    {
      colId: 'speed',
      headerName: t('unit.column.speed'),
      width: 110,
      valueGetter: ({ data }) => data?.position?.speedKmh ?? null,
      valueFormatter: ({ value }: ValueFormatterParams<UnitRow, number | null>) =>
        typeof value === 'number' ? t('unit.speed', { speed: formatInteger(value, locale) }) : none,
      comparator: nullsLast,
      cellClass: 'ag-right-aligned-cell',
      headerClass: 'ag-right-aligned-header',
    },
    {
      colId: 'barrio',
      headerName: t('unit.column.barrio'),
      width: 180,
      valueGetter: ({ data }) => {
        const position = data?.position;
        return position ? (nearestBarrio(position.lat, position.lng)?.name ?? null) : null;
      },
      valueFormatter: ({ value }: ValueFormatterParams<UnitRow, string | null>) => value ?? none,
      comparator: textNullsLast,
    },
  ] satisfies (ColDef<UnitRow> & { colId: UnitColumnId })[];
}
