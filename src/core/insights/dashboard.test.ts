// Every indicator on the hand-checked data set (test-support/hand-checked.ts), written through the cache's real
// stores: the expected figures below were counted by hand from the records, for the whole range and per filter
// dimension, rule and moment. Each row also proves the facts' triggers, since nothing else fills the tables.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, IndicatorId, InsightsFilter } from '../../shared/api/insights.ts';
import { proportion } from '../../shared/insights/stats.ts';
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { computeDashboard } from './dashboard.ts';
import { at } from './test-support/insight-records.ts';
import { MARCH_APRIL, NOW, writeHandChecked } from './test-support/hand-checked.ts';

let cache: Cache;
beforeAll(() => {
  cache = createCache(path.join(tempDir(), 'c.sqlite3'));
  writeHandChecked(cache);
  return () => cache.close();
});

/** [numerator, denominator] of a ratio or per-shift figure; the value of a count or a median. */
type Figure = readonly [number, number] | number | null;

function figures(dashboard: Dashboard): Record<IndicatorId, Figure> {
  return Object.fromEntries(
    dashboard.indicators.map((v) => [v.id, v.unit === 'ratio' || v.unit === 'per_shift' ? [v.numerator, v.denominator] : v.value]),
  ) as Record<IndicatorId, Figure>;
}

const months = (dashboard: Dashboard, id: IndicatorId) =>
  dashboard.indicators.find((v) => v.id === id)!.breakdown.rows.map((r) => [r.key, r.numerator ?? r.value, r.denominator ?? null]);

const rules = (
  value: Partial<{ warningFollowUpMonths: number; repeatOffenderFindings: number; repeatWindowMonths: number }>,
): SettingEntry[] => [
  ...DEFAULT_SETTINGS,
  {
    key: 'insights.rules',
    effectiveFrom: '2026-01-01',
    value: { warningFollowUpMonths: 6, repeatOffenderFindings: 2, repeatWindowMonths: 12, minSample: 30, ...value },
  },
];

const ALL: Record<IndicatorId, Figure> = {
  compliance_without_sanction: [1, 3],
  warnings_not_followed: [1, 3],
  operations_per_shift: [10, 7],
  people_reached_per_shift: [45, 7],
  alcohol_positivity: [1, 2],
  noise_exceedance: [1, 2],
  camera_notified: [1, 2],
  complaints_by_channel: 4,
  response_time: 21,
  repeat_offenders: [1, 5],
  court_backlog: 3,
  time_to_resolution: 36,
  voluntary_payment_share: [1, 2],
};

describe('the dashboard on the hand-checked data set', () => {
  it('counts every indicator over March and April', () => {
    const dashboard = computeDashboard(cache.db, MARCH_APRIL, { settings: DEFAULT_SETTINGS, now: NOW });
    expect(figures(dashboard)).toEqual(ALL);
    expect(dashboard.basis).toEqual({ operations: 10, findings: 8, notices: 3, incidents: 3, cases: 3 });
    expect(dashboard.rules).toEqual({ warningFollowUpMonths: 6, repeatOffenderFindings: 2, repeatWindowMonths: 12, minSample: 30 });
    expect(dashboard.indicators.map((v) => v.id)).toEqual(Object.keys(ALL));
    expect(dashboard.indicators.every((v) => v.appliedFilters.length === 0)).toBe(true);
  });

  it('breaks each one down by month, channel or status', () => {
    const dashboard = computeDashboard(cache.db, MARCH_APRIL, { settings: DEFAULT_SETTINGS, now: NOW });
    const breakdowns = Object.fromEntries(dashboard.indicators.map((v) => [v.id, months(dashboard, v.id)]));
    expect(breakdowns).toMatchObject({
      compliance_without_sanction: [
        ['2026-03', 1, 2],
        ['2026-04', 0, 1],
      ],
      warnings_not_followed: [
        ['2026-03', 1, 2],
        ['2026-04', 0, 1],
      ],
      operations_per_shift: [
        ['2026-03', 6, 4],
        ['2026-04', 4, 3],
      ],
      people_reached_per_shift: [
        ['2026-03', 18, 4],
        ['2026-04', 27, 3],
      ],
      alcohol_positivity: [
        ['2026-03', 1, 2],
        ['2026-04', 0, 0],
      ],
      noise_exceedance: [
        ['2026-03', 1, 1],
        ['2026-04', 0, 1],
      ],
      camera_notified: [
        ['2026-03', 0, 0],
        ['2026-04', 1, 2],
      ],
      complaints_by_channel: [
        ['line_103', 2, null],
        ['help_line', 0, null],
        ['whatsapp', 1, null],
        ['citizens_app', 1, null],
        ['camera', 0, null],
        ['patrol', 0, null],
      ],
      response_time: [
        ['2026-03', 30, 1],
        ['2026-04', 12, 1],
      ],
      repeat_offenders: [
        ['2026-03', 1, 4],
        ['2026-04', 0, 1],
      ],
      time_to_resolution: [
        ['2026-03', 9, 1],
        ['2026-04', 63, 1],
      ],
      voluntary_payment_share: [
        ['2026-03', 1, 2],
        ['2026-04', 0, 0],
      ],
    });
    const backlog = dashboard.indicators.find((v) => v.id === 'court_backlog')!.breakdown;
    expect(backlog.by).toBe('status');
    expect(backlog.rows.filter((r) => r.value)).toEqual([
      { key: 'incoming', value: 1 },
      { key: 'term_expired', value: 1 },
      { key: 'resolved', value: 1 },
    ]);
    expect(backlog.rows.map((r) => r.key)).not.toContain('closed');
  });

  it('gives a ratio its share and 95 % Wilson interval, and an empty month no value', () => {
    const compliance = computeDashboard(cache.db, MARCH_APRIL, { settings: DEFAULT_SETTINGS, now: NOW }).indicators[0]!;
    const wilson = proportion(1, 3);
    expect(compliance).toMatchObject({ unit: 'ratio', value: 1 / 3, interval: { low: wilson.lower, high: wilson.upper } });
    const alcohol = computeDashboard(cache.db, MARCH_APRIL, { settings: DEFAULT_SETTINGS, now: NOW }).indicators.find(
      (v) => v.id === 'alcohol_positivity',
    )!;
    expect(alcohol.breakdown.rows[1]).toEqual({ key: '2026-04', value: null, numerator: 0, denominator: 0 });
  });

  const cases: [string, InsightsFilter, Partial<Record<IndicatorId, Figure>>][] = [
    [
      'a barrio: Centro',
      { ...MARCH_APRIL, barrios: ['Centro'] },
      {
        compliance_without_sanction: [0, 0],
        warnings_not_followed: [1, 2],
        operations_per_shift: [6, 4],
        people_reached_per_shift: [41, 4],
        alcohol_positivity: [1, 2],
        noise_exceedance: [0, 0],
        camera_notified: [1, 2],
        complaints_by_channel: 1,
        response_time: null,
        // P1's earlier acta was in another barrio: it still makes P1 a repeat offender here.
        repeat_offenders: [1, 1],
        court_backlog: 1,
        time_to_resolution: 9,
        voluntary_payment_share: [1, 2],
      },
    ],
    [
      "a CPC: Monseñor Pablo Cabrera's barrios (Alta Córdoba among them)",
      { ...MARCH_APRIL, cpcs: ['Monseñor Pablo Cabrera'] },
      {
        compliance_without_sanction: [1, 3],
        operations_per_shift: [2, 2],
        repeat_offenders: [0, 3],
        complaints_by_channel: 1,
        response_time: 30,
      },
    ],
    [
      'a CPC and a barrio outside it: nothing',
      { ...MARCH_APRIL, cpcs: ['Monseñor Pablo Cabrera'], barrios: ['Centro'] },
      { compliance_without_sanction: [0, 0], operations_per_shift: [0, 0], complaints_by_channel: 0 },
    ],
    [
      'a channel: the citizens’ app (only what came from complaints)',
      { ...MARCH_APRIL, channels: ['citizens_app'] },
      {
        compliance_without_sanction: [0, 1],
        warnings_not_followed: [0, 0],
        operations_per_shift: [10, 7],
        complaints_by_channel: 1,
        response_time: 30,
        repeat_offenders: [0, 1],
        court_backlog: 3,
      },
    ],
    [
      'an operation type: noise checks',
      { ...MARCH_APRIL, operationTypes: ['noise_check'] },
      {
        compliance_without_sanction: [0, 0],
        warnings_not_followed: [0, 1],
        operations_per_shift: [2, 2],
        alcohol_positivity: [0, 0],
        noise_exceedance: [1, 2],
        complaints_by_channel: 4,
        court_backlog: 1,
        time_to_resolution: null,
        voluntary_payment_share: [0, 0],
      },
    ],
    [
      'an offence category: alcohol',
      { ...MARCH_APRIL, categories: ['alcohol'] },
      {
        operations_per_shift: [2, 1],
        alcohol_positivity: [1, 2],
        repeat_offenders: [1, 1],
        court_backlog: 1,
        time_to_resolution: 36,
        voluntary_payment_share: [1, 1],
      },
    ],
  ];

  it.each(cases)('applies %s', (_, filter, expected) => {
    const dashboard = computeDashboard(cache.db, filter, { settings: DEFAULT_SETTINGS, now: NOW });
    expect(figures(dashboard)).toMatchObject(expected);
  });

  it('says which dimensions applied to which indicator', () => {
    const filter: InsightsFilter = {
      ...MARCH_APRIL,
      cpcs: ['Monseñor Pablo Cabrera'],
      operationTypes: ['vacant_lot'],
      categories: ['vacant_lot'],
      channels: ['line_103'],
    };
    const applied = Object.fromEntries(
      computeDashboard(cache.db, filter, { settings: DEFAULT_SETTINGS, now: NOW }).indicators.map((v) => [v.id, v.appliedFilters]),
    );
    const everything = ['cpcs', 'operationTypes', 'categories', 'channels'];
    expect(applied).toEqual({
      compliance_without_sanction: everything,
      warnings_not_followed: everything,
      operations_per_shift: ['cpcs', 'operationTypes', 'categories'],
      people_reached_per_shift: ['cpcs', 'operationTypes', 'categories'],
      alcohol_positivity: ['cpcs', 'operationTypes', 'categories'],
      noise_exceedance: ['cpcs', 'operationTypes', 'categories'],
      camera_notified: ['cpcs', 'operationTypes', 'categories'],
      complaints_by_channel: ['cpcs', 'channels'],
      response_time: ['cpcs', 'channels'],
      repeat_offenders: everything,
      court_backlog: ['cpcs', 'operationTypes', 'categories'],
      time_to_resolution: ['cpcs', 'operationTypes', 'categories'],
      voluntary_payment_share: ['cpcs', 'operationTypes', 'categories'],
    });
  });

  const ruled: [string, readonly SettingEntry[], Partial<Record<IndicatorId, Figure>>][] = [
    // P2's acta (1 October) falls within 7 months of the warning (20 March).
    ['a 7-month follow-up window', rules({ warningFollowUpMonths: 7 }), { warnings_not_followed: [0, 3] }],
    // P1 has two actas within 12 months, not three.
    ['three notices or actas to be a repeat offender', rules({ repeatOffenderFindings: 3 }), { repeat_offenders: [0, 5] }],
    // P1's actas are on 5 September and 6 March: six months before the second is 6 September, a day too late.
    ['a 6-month repeat window', rules({ repeatWindowMonths: 6 }), { repeat_offenders: [0, 5] }],
    ['a 7-month repeat window', rules({ repeatWindowMonths: 7 }), { repeat_offenders: [1, 5] }],
  ];

  it.each(ruled)('counts by the rule in force at the range’s end: %s', (_, settings, expected) => {
    expect(figures(computeDashboard(cache.db, MARCH_APRIL, { settings: settings, now: NOW }))).toMatchObject(expected);
  });

  it('counts a repeat offender by three notices or actas when the rule asks three', () => {
    const third = computeDashboard(
      cache.db,
      { from: '2026-03-01', to: '2026-10-31' },
      { settings: rules({ repeatOffenderFindings: 3 }), now: NOW },
    );
    // P2's acta in October is P2's first; P1 has two, C1 one: nobody reaches three.
    expect(figures(third).repeat_offenders).toEqual([0, 7]);
  });

  it('counts only what has happened by the moment it is asked', () => {
    // 15 September: only the warning of 10 March has had its 6 months.
    expect(
      figures(computeDashboard(cache.db, MARCH_APRIL, { settings: DEFAULT_SETTINGS, now: at('2026-09-15', 12) })).warnings_not_followed,
    ).toEqual([0, 1]);
    // 10 April, noon: L3's deadline (15 April) has not passed; the backlog is taken now, not at the range's end.
    const early = computeDashboard(cache.db, MARCH_APRIL, { settings: DEFAULT_SETTINGS, now: at('2026-04-10', 12) });
    expect(figures(early)).toMatchObject({ compliance_without_sanction: [1, 2], warnings_not_followed: [0, 0], court_backlog: 2 });
    const backlog = early.indicators.find((v) => v.id === 'court_backlog')!.breakdown.rows.filter((r) => r.value);
    expect(backlog).toEqual([
      { key: 'term_expired', value: 1 },
      { key: 'resolved', value: 1 },
    ]);
  });

  it('refuses a range whose end has no counting rules in force', () => {
    const without = DEFAULT_SETTINGS.filter((e) => e.key !== 'insights.rules');
    expect(() => computeDashboard(cache.db, MARCH_APRIL, { settings: without, now: NOW })).toThrow(
      expect.objectContaining({ apiError: { code: 'refused', issues: [{ path: 'insights.rules', code: 'missing_settings' }] } }),
    );
  });
});
