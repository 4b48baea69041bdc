// Issue 14's Indicadores in browser mode, against the real host and its embedded demo hub, signed in as the demo
// coordinator on a fresh start: the dashboard opens on the last 12 whole months; its headline «Cumplimiento sin
// sanción» is the same number a direct SQL count over the console's cache file gives (notices the owner complied with,
// of the notices whose deadline ended in the range and has passed); the headline chart's table matches its card, and
// its CSV download is that table in the console's CSV format; the monthly report downloads as a PDF that names the
// headline; axe finds nothing serious on the workspace; and Chromium reports no CSP violation while Chart.js draws.
// Before it is first opened, the workspace is not even mounted: the console asks its core for no indicator.
import { expect, test, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { pdfPages } from '../src/core/pdf/test-support/poppler.ts';
import { seriousViolations } from './support/axe.ts';
import { callApi, openConsole, watchCsp } from './support/console-page.ts';
import { demoAccounts } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const run = perTest();

/** '1.234' (es-AR) → 1234. */
const esInteger = (text: string) => Number(text.replace(/\./g, ''));
/** Intl's no-break spaces read as plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

interface Headline {
  readonly complied: number;
  readonly decided: number;
}

/**
 * The headline counted straight from the cache file, read-only, with plain SQL over the notices' JSON: of the notices
 * whose last day to comply falls in [from, to] and whose deadline (dueBy) has passed, those the re-inspection found
 * complied with by the owner.
 */
function headlineFromCache(dataDir: string, from: string, to: string): Headline {
  const db = new Database(path.join(dataDir, 'console-cache.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT count(*) FILTER (WHERE data ->> '$.result.outcome' = 'complied_by_owner') AS complied, count(*) AS decided
         FROM records WHERE entity = 'notice' AND data ->> '$.notification.lastDay' BETWEEN ? AND ? AND data ->> '$.notification.dueBy' <= ?`,
      )
      .get(from, to, Date.now()) as Headline;
  } finally {
    db.close();
  }
}

/** The cells of the headline chart's total row: [label, value, complied, decided]. */
async function totalRow(card: Locator): Promise<string[]> {
  return (await card.getByTestId('chart-table-total').locator('th, td').allTextContents()).map(plain);
}

async function openInsights(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Indicadores' }).click();
  const workspace = page.getByTestId('insights-workspace');
  await expect(workspace.getByRole('heading', { name: 'Indicadores', level: 1 })).toBeVisible();
  await expect(workspace.getByTestId('insights-tab-dashboard')).toHaveAttribute('aria-selected', 'true');
  return workspace;
}

test('Indicadores on the demo data: the headline is the cache’s own count, with its chart table, CSV and monthly report', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const csp = watchCsp(page);
  // Violations also reach the page as events (some are not logged, e.g. those of a report-only policy).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
    );
  });
  const dataDir = run.tempDir('convivencia-insights-');
  const downloads = run.tempDir('convivencia-insights-files-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  // What the console asks its core: Indicadores computes nothing until it is first opened.
  const calls: string[] = [];
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => calls.push(String(payload))));
  await openConsole(page, host.url);
  // As the demo coordinator; the first sync takes the demo's years of records (longer than a single operation's specs wait).
  const coordinator = (await demoAccounts(dataDir)).find((account) => account.role === 'coordinator')!;
  expect(await callApi(page, host.url, 'session.useEmbedded', { username: coordinator.username })).toMatchObject({ ok: true });
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 180_000 });

  await expect(page.locator('#workspace-panel-insights')).toBeEmpty();
  expect(
    calls.filter((call) => call.includes('insights.')),
    'insights calls before Indicadores was opened',
  ).toEqual([]);
  expect(calls.length).toBeGreaterThan(0);
  const workspace = await openInsights(page);
  await expect.poll(() => calls.filter((call) => call.includes('"insights.dashboard"')).length).toBeGreaterThan(0);
  const from = await workspace.getByTestId('insights-filter-from').inputValue();
  const to = await workspace.getByTestId('insights-filter-to').inputValue();
  expect(from).toMatch(/^\d{4}-\d{2}-01$/); // whole months
  const headline = workspace.getByTestId('indicator-compliance_without_sanction');
  await expect(headline.getByRole('heading', { name: 'Cumplimiento sin sanción' })).toBeVisible({ timeout: 60_000 });
  await expect(workspace.getByTestId('insights-basis')).toContainText('en esta consola');

  await test.step('the headline equals a direct SQL count over the cache file', async () => {
    // Live: the figure follows the cache as the hub's records arrive; both are read again until they agree.
    const read = async () => {
      const [, , complied, decided] = await totalRow(headline);
      return {
        sql: headlineFromCache(dataDir, from, to),
        shown: { complied: esInteger(complied ?? ''), decided: esInteger(decided ?? '') },
      };
    };
    await expect
      .poll(
        async () => {
          const { sql, shown } = await read();
          return sql.complied === shown.complied && sql.decided === shown.decided;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    const { sql: expected, shown } = await read();
    expect(shown).toEqual(expected);
    // Demo notices whose deadline has passed, most complied with by their owners (the program's 2021 story).
    expect(expected.decided).toBeGreaterThan(20);
    expect(expected.complied).toBeGreaterThan(0);
    const percent = new Intl.NumberFormat('es-AR', { maximumFractionDigits: 1 }).format((expected.complied / expected.decided) * 100);
    await expect(headline.getByTestId('indicator-value')).toHaveText(`${percent} %`);
    await expect(headline.getByTestId('indicator-interval')).toHaveText(/^IC 95 %: [\d,]+–[\d,]+ %$/);
    await expect(headline.getByTestId('indicator-basis')).toHaveText(
      `${expected.complied.toLocaleString('es-AR')} de ${expected.decided.toLocaleString('es-AR')} emplazamientos con plazo vencido se cumplieron por el titular, sin acta`,
    );
    await expect(headline.getByTestId('indicator-definition')).toContainText('Cómo se calcula: De los emplazamientos cuyo plazo');
  });

  const table = headline.getByTestId('chart-table');
  await test.step('«Ver tabla»: the chart’s table shows the card’s figure, and its months add up to it', async () => {
    const canvas = headline.locator('canvas');
    await expect(canvas).toHaveAttribute('role', 'img');
    await expect(canvas).toHaveAttribute('aria-label', /^Cumplimiento sin sanción por mes: 1[23] valores/);
    // Chart.js drew something: the canvas has pixels that are not transparent.
    expect(
      await canvas.evaluate((element: HTMLCanvasElement) => {
        const context = element.getContext('2d')!;
        const { data } = context.getImageData(0, 0, element.width, element.height);
        return element.width > 0 && data.some((byte, index) => index % 4 === 3 && byte > 0);
      }),
    ).toBe(true);
    await expect(table).toHaveClass('visually-hidden');
    const toggle = headline.getByRole('button', { name: 'Ver tabla' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(headline.getByRole('button', { name: 'Ocultar tabla' })).toHaveAttribute('aria-expanded', 'true');
    await expect(table).toBeVisible();
    await expect(table.getByRole('table', { name: 'Cumplimiento sin sanción por mes' })).toBeVisible();
    const [label, value, complied, decided] = await totalRow(headline);
    expect(label).toBe('Total del período');
    expect(value).toBe(plain((await headline.getByTestId('indicator-value').textContent()) ?? ''));
    const months = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => Number((cell.textContent ?? '').replace(/\./g, '')))),
      );
    expect(months.length).toBeGreaterThanOrEqual(12);
    expect(months.reduce((sum, cells) => sum + (cells[1] ?? 0), 0)).toBe(esInteger(complied!));
    expect(months.reduce((sum, cells) => sum + (cells[2] ?? 0), 0)).toBe(esInteger(decided!));
    // The shown table is reachable with the keyboard (it scrolls).
    await table.focus();
    await expect(table).toBeFocused();
  });

  await test.step('«Descargar CSV»: the same table in the console’s CSV format', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), headline.getByRole('button', { name: 'Descargar CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`indicador-compliance_without_sanction-${from}-${to}.csv`);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines.pop()).toBe(''); // every line ends in CRLF
    expect(lines[0]).toBe('"Mes";"Porcentaje (%)";"Cumplidos por el titular";"Emplazamientos con plazo vencido"');
    const rows = await table.locator('tbody tr').count();
    expect(lines).toHaveLength(1 + rows + 1);
    const [, complied, decided] = (await totalRow(headline)).slice(1);
    const share = new Intl.NumberFormat('es-AR', { maximumFractionDigits: 1, useGrouping: false }).format(
      Math.round((esInteger(complied!) / esInteger(decided!)) * 100 * 10) / 10,
    );
    expect(lines.at(-1)).toBe(`"Total del período";"${share}";"${esInteger(complied!)}";"${esInteger(decided!)}"`);
    await expect(headline.getByText(`Se descargó ${download.suggestedFilename()}.`)).toBeVisible();
  });

  await test.step('axe: nothing serious on the dashboard, with a table shown and the others hidden', async () => {
    expect(await seriousViolations(page, '[data-testid="insights-workspace"]')).toEqual([]);
  });

  await test.step('«Informe mensual (PDF)»: the last whole month, as a PDF that names the headline', async () => {
    const report = workspace.getByTestId('monthly-report');
    const month = await report.getByTestId('monthly-report-month').inputValue();
    expect(month).toBe(to.slice(0, 7));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Informe mensual (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(pdfPages(file).join('\n').replace(/\s+/g, ' ')).toContain('Cumplimiento sin sanción');
    await expect(report.getByText(`Se descargó ${download.suggestedFilename()}.`)).toBeVisible();
  });

  await test.step('no CSP violation while the charts were drawn', async () => {
    expect(csp).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});
