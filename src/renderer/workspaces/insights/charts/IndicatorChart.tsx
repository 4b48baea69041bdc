// One indicator's chart: a canvas (Chart.js) named for screen readers by a one-sentence summary and described by the
// data table beside it; «Ver tabla» shows that table on screen (it is always in the page, visually hidden until then,
// so a screen reader reads the numbers whatever the toggle says); «Descargar CSV» saves the same table as a file made
// in the page. The canvas is drawn again when the data, the language or the indicator's shape change. Chart.js is
// its own chunk, loaded with the first chart (as the dispatch map's MapLibre is), so the console starts without it.
import type { Chart } from 'chart.js';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorValue, InsightsFilter } from '../../../../shared/api/insights.ts';
import { downloadBlob } from '../../../api/export-download.ts';
import { shownValueText } from '../indicator-text.ts';
import { INSIGHTS_NAMESPACES } from '../insights-t.ts';
import { chartConfig, chartTypeOf, type ChartColours } from './chart-config.ts';
import { chartSeries, chartSummary, indicatorCsv, indicatorTable } from './chart-data.ts';

interface IndicatorChartProps {
  readonly indicator: IndicatorValue;
  /** The period, for the CSV file's name. */
  readonly filter: InsightsFilter;
}

function coloursOf(canvas: HTMLCanvasElement): ChartColours {
  const style = getComputedStyle(canvas);
  const variable = (name: string) => style.getPropertyValue(name).trim();
  return { series: variable('--chart-1'), text: variable('--chart-text'), grid: variable('--chart-grid'), font: style.fontFamily };
}

export function IndicatorChart({ indicator, filter }: IndicatorChartProps) {
  const { t, i18n } = useTranslation(INSIGHTS_NAMESPACES);
  const locale = i18n.language;
  const id = useId();
  const tableId = `${id}-table`;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [tableShown, setTableShown] = useState(false);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const series = useMemo(() => chartSeries(indicator, t, locale), [indicator, t, locale]);
  const table = useMemo(() => indicatorTable(indicator, t, locale), [indicator, t, locale]);
  const { unit } = indicator;
  const type = chartTypeOf(indicator.breakdown.by);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let disposed = false;
    let drawn: Chart | null = null;
    const valueText = (shown: number) => shownValueText(unit, shown, t, locale);
    void import('./chart-setup.ts').then(({ Chart }) => {
      if (!disposed) drawn = new Chart(element, chartConfig(type, unit, series, coloursOf(element), valueText));
    });
    return () => {
      disposed = true;
      drawn?.destroy();
    };
  }, [type, unit, series, t, locale]);

  const download = () => {
    const fileName = t('chart.fileName', { id: indicator.id, from: filter.from, to: filter.to });
    downloadBlob(new Blob([indicatorCsv(indicator, t, locale)], { type: 'text/csv;charset=utf-8' }), fileName);
    setDownloaded(fileName);
  };

  return (
    <div className="insights-chart" data-testid="indicator-chart">
      <div className="insights-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={chartSummary(indicator, t, locale)} aria-describedby={tableId} />
      </div>
      <div className="insights-chart__actions">
        <button
          type="button"
          className="button"
          aria-expanded={tableShown}
          aria-controls={tableId}
          onClick={() => setTableShown((shown) => !shown)}
          data-testid="chart-table-toggle"
        >
          {tableShown ? t('chart.hideTable') : t('chart.showTable')}
        </button>
        <button type="button" className="button" onClick={download} data-testid="chart-csv">
          {t('chart.download')}
        </button>
        <span role="status" className="insights-chart__status">
          {downloaded && t('chart.downloaded', { fileName: downloaded })}
        </span>
      </div>
      {/* Scrollable once shown, so then it takes focus (keyboard users scroll it); hidden, a screen reader still reads it. */}
      <div
        id={tableId}
        className={tableShown ? 'insights-chart__table' : 'visually-hidden'}
        role="region"
        aria-label={table.caption}
        tabIndex={tableShown ? 0 : undefined}
        data-testid="chart-table"
      >
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <TableRow key={row.key} cells={row.cells} />
            ))}
          </tbody>
          <tfoot>
            <TableRow cells={table.total} testId="chart-table-total" />
          </tfoot>
        </table>
      </div>
    </div>
  );
}

/** A row of the table: its first cell names it (a month, a channel…), the others are its figures. */
function TableRow({ cells, testId }: { readonly cells: readonly string[]; readonly testId?: string }) {
  return (
    <tr data-testid={testId}>
      {cells.map((cell, index) =>
        index === 0 ? (
          <th key={index} scope="row">
            {cell}
          </th>
        ) : (
          <td key={index}>{cell}</td>
        ),
      )}
    </tr>
  );
}
