// Runs in: Node. Indicators are computed in groups, one per fact table: one pass over a table's rows for the range
// gives every indicator that table holds, and the count of records they came from (the dashboard's "based on").
// An indicator of records the role does not read is withheld, not miscounted (shared/insights/indicator-sources.ts).
import type { Dashboard, IndicatorId, IndicatorValue } from '../../../shared/api/insights.ts';
import type { IndicatorQuery } from './query.ts';

export type Basis = Dashboard['basis'];

export interface IndicatorGroup<I extends IndicatorId> {
  readonly ids: readonly I[];
  readonly compute: (q: IndicatorQuery) => { readonly values: Readonly<Record<I, IndicatorValue>>; readonly basis: Partial<Basis> };
}

export const group = <I extends IndicatorId>(ids: readonly I[], compute: IndicatorGroup<I>['compute']): IndicatorGroup<I> => ({
  ids,
  compute,
});

/** A value as a role that cannot read every source sees it: the indicator, its unit and its applied filters, no figure. */
export const withheld = (value: IndicatorValue): IndicatorValue => ({
  ...value,
  value: null,
  numerator: null,
  denominator: null,
  interval: null,
  breakdown: { by: value.breakdown.by, rows: [] },
  withheld: true,
});
