// What the filter bar edits (plain form values) and how it becomes the contract's OperationsFilter.
// Dates are Córdoba calendar days: "Desde" starts at that day's first instant, "Hasta" includes its last.
import { MAX_TEXT_FILTER, type OperationsFilter } from '../../../shared/operations/query.ts';
import type { OperationStatus, OperationType } from '../../../shared/operations/codes.ts';
import { cordobaDayRange } from '../../../shared/time/cordoba.ts';

export interface FilterForm {
  readonly types: readonly OperationType[];
  readonly statuses: readonly OperationStatus[];
  /** '' = every barrio. */
  readonly barrio: string;
  /** "YYYY-MM-DD" from <input type=date>, '' = open. */
  readonly from: string;
  readonly to: string;
  readonly text: string;
}

export const EMPTY_FILTER_FORM: FilterForm = { types: [], statuses: [], barrio: '', from: '', to: '', text: '' };

export function toOperationsFilter(form: FilterForm): OperationsFilter {
  const from = cordobaDayRange(form.from);
  const to = cordobaDayRange(form.to);
  const text = form.text.trim().slice(0, MAX_TEXT_FILTER);
  return {
    ...(form.types.length > 0 && { types: [...form.types] }),
    ...(form.statuses.length > 0 && { statuses: [...form.statuses] }),
    ...(form.barrio !== '' && { barrios: [form.barrio] }),
    ...(from && { from: from[0] }),
    ...(to && { to: to[1] - 1 }),
    ...(text !== '' && { text }),
  };
}
