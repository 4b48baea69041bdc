// Runs in: tests only. Hand-made indicator values as the core answers them ('insights.dashboard'), for the view
// helpers' tests: every field given, so a test reads as the figure it checks.
import type { IndicatorValue } from '../../../../shared/api/insights.ts';

/** The headline: 3 of 4 notices complied with in January, 0 of 1 in February, nothing in March. */
export const compliance: IndicatorValue = {
  id: 'compliance_without_sanction',
  unit: 'ratio',
  value: 0.6,
  numerator: 3,
  denominator: 5,
  interval: { low: 0.2307, high: 0.8824 },
  breakdown: {
    by: 'month',
    rows: [
      { key: '2026-01', value: 0.75, numerator: 3, denominator: 4 },
      { key: '2026-02', value: 0, numerator: 0, denominator: 1 },
      { key: '2026-03', value: null, numerator: 0, denominator: 0 },
    ],
  },
  appliedFilters: ['barrios', 'cpcs', 'operationTypes', 'categories'],
};

export const complaints: IndicatorValue = {
  id: 'complaints_by_channel',
  unit: 'count',
  value: 1234,
  numerator: 1234,
  denominator: null,
  interval: null,
  breakdown: {
    by: 'channel',
    rows: [
      { key: 'whatsapp', value: 1000 },
      { key: 'line_103', value: 234 },
      { key: 'telegram', value: 0 },
    ],
  },
  appliedFilters: ['barrios', 'cpcs', 'channels'],
};

export const responseTime: IndicatorValue = {
  id: 'response_time',
  unit: 'minutes',
  value: 18.25,
  numerator: null,
  denominator: 40,
  interval: null,
  breakdown: { by: 'month', rows: [{ key: '2026-01', value: 18.25, denominator: 40 }] },
  appliedFilters: ['barrios', 'cpcs', 'channels'],
};

export const operationsPerShift: IndicatorValue = {
  id: 'operations_per_shift',
  unit: 'per_shift',
  value: 2.4444,
  numerator: 22,
  denominator: 9,
  interval: null,
  breakdown: { by: 'shift', rows: [{ key: 'night', value: 3, numerator: 12, denominator: 4 }] },
  appliedFilters: ['barrios', 'cpcs', 'operationTypes'],
};
