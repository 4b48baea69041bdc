import { describe, expect, it } from 'vitest';
import { chartConfig, chartTypeOf, type ChartColours } from './chart-config.ts';

const colours: ChartColours = { series: '#0072b2', text: '#4a5565', grid: '#e3e8ef', font: 'system-ui' };
const series = { labels: ['ene 2026', 'feb 2026'], values: [75, null] };
const percent = (value: number) => `${value} %`;

describe('chartConfig', () => {
  it('draws months as a line and anything else as bars', () => {
    expect(chartTypeOf('month')).toBe('line');
    for (const by of ['channel', 'status', 'category', 'shift'] as const) expect(chartTypeOf(by)).toBe('bar');
  });

  it('plots the series in the theme’s colours, gaps included, without animation', () => {
    const config = chartConfig('line', 'ratio', series, colours, percent);
    expect(config.data.labels).toEqual(['ene 2026', 'feb 2026']);
    expect(config.data.datasets[0]).toMatchObject({ data: [75, null], borderColor: '#0072b2', backgroundColor: '#0072b2' });
    expect(config.options?.animation).toBe(false);
    expect(config.options?.scales?.x).toMatchObject({
      ticks: { color: '#4a5565', font: { family: 'system-ui' } },
      grid: { color: '#e3e8ef' },
    });
  });

  it('a share’s axis runs from 0 to 100 % and is labelled as the card writes it; a count’s axis is open', () => {
    const y = chartConfig('bar', 'ratio', series, colours, percent).options?.scales?.y;
    expect(y).toMatchObject({ beginAtZero: true, max: 100 });
    const callback = y?.ticks?.callback as (value: number | string) => string;
    expect(callback(50)).toBe('50 %');
    const count = chartConfig('bar', 'count', series, colours, String).options?.scales?.y;
    expect(count).not.toHaveProperty('max');
    expect(count?.ticks).toMatchObject({ precision: 0 });
    expect(y?.ticks).not.toHaveProperty('precision');
  });
});
