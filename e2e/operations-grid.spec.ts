// The Planificación grid over a 1,000,000-operation cache, in browser mode: the real host, the real SQLite
// file, the real renderer in Chromium.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import path from 'node:path';
import { CACHE_FILE_NAME } from '../src/core/cache/cache-session.ts';
import { MILLION } from './global-setup.ts';
import { esNumber, gridCell, openConsole, rowCount, watchCsp } from './support/console-page.ts';
import { seededDataDir } from './support/fixture-cache.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

let host: HostProcess;
let db: Database.Database;

test.beforeAll(async () => {
  const dataDir = seededDataDir(MILLION);
  db = new Database(path.join(dataDir, CACHE_FILE_NAME));
  db.prepare('DELETE FROM prefs').run(); // the fixture is reused across runs: start from the default layout
  host = await startHostProcess(['--data-dir', dataDir, '--no-demo', '--no-hub']);
});
test.afterAll(async () => {
  db.close();
  await host.stop();
});

const sql = <T>(query: string, ...params: unknown[]) => db.prepare(query).get(...params) as T;

test('opens on Planificación with the seeded grid, its count, and no CSP violation', async ({ page }) => {
  const violations = watchCsp(page);
  await openConsole(page, host.url);
  await expect(page.getByRole('tab', { name: 'Planificación' })).toHaveAttribute('aria-selected', 'true');
  for (const name of ['Despacho', 'Tribunal', 'Indicadores']) await expect(page.getByRole('tab', { name })).toBeVisible();
  await expect(rowCount(page)).toHaveText(`${esNumber(MILLION)} operaciones`);
  const newest = sql<{ address: string }>('SELECT address FROM operations ORDER BY planned_start DESC, seq DESC LIMIT 1');
  await expect(gridCell(page, 0, 'address')).toHaveText(newest.address);
  expect(violations).toEqual([]);
});

test('filters by type', async ({ page }) => {
  await openConsole(page, host.url);
  await page.getByTestId('filter-types').click();
  await page.getByRole('checkbox', { name: 'Control de alcoholemia' }).check();
  await page.keyboard.press('Escape');
  const { n } = sql<{ n: number }>("SELECT COUNT(*) AS n FROM operations WHERE type = 'alcohol_test'");
  await expect(rowCount(page)).toHaveText(`${esNumber(n)} operaciones`);
  for (let row = 0; row < 5; row++) await expect(gridCell(page, row, 'type')).toHaveText('Control de alcoholemia');
});

test('searches addresses without caring about accents or case', async ({ page }) => {
  await openConsole(page, host.url);
  await page.getByLabel('Buscar dirección').fill('VELEZ sars');
  const { n } = sql<{ n: number }>("SELECT COUNT(*) AS n FROM operations WHERE instr(address_search, 'velez sars') > 0");
  expect(n).toBeGreaterThan(0);
  await expect(rowCount(page)).toHaveText(`${esNumber(n)} operaciones`);
  await expect(gridCell(page, 0, 'address')).toContainText('Av. Vélez Sarsfield');
});

test('sorts by barrio in SQLite', async ({ page }) => {
  await openConsole(page, host.url);
  await page.getByRole('columnheader', { name: 'Barrio' }).click();
  const first = sql<{ barrio: string; address: string }>(
    'SELECT barrio, address FROM operations ORDER BY barrio ASC, planned_start ASC, seq ASC LIMIT 1',
  );
  await expect(gridCell(page, 0, 'barrio')).toHaveText(first.barrio);
  await expect(gridCell(page, 0, 'address')).toHaveText(first.address);
  await expect(page.getByRole('columnheader', { name: 'Barrio' })).toHaveAttribute('aria-sort', 'ascending');
  // Restore the default sort for the next tests (the column state is persisted).
  await page.getByRole('columnheader', { name: 'Inicio planificado' }).click();
  await expect(page.getByRole('columnheader', { name: 'Inicio planificado' })).toHaveAttribute('aria-sort', 'descending');
  // …and once it is saved: the next test opens a new page on the same cache.
  const savedSort = () => {
    const row = sql<{ value: string } | undefined>("SELECT value FROM prefs WHERE key = 'grid.operations.columns'");
    return (JSON.parse(row?.value ?? '[]') as { colId: string; sort: string | null }[])
      .filter((c) => c.sort)
      .map((c) => `${c.colId} ${c.sort}`);
  };
  await expect.poll(savedSort).toEqual(['plannedStart desc']);
});

test('scrolls to the last of 1,000,000 rows with the keyboard', async ({ page }) => {
  await openConsole(page, host.url);
  await gridCell(page, 0, 'address').click();
  await page.keyboard.press('Control+End');
  const oldest = sql<{ address: string }>('SELECT address FROM operations ORDER BY planned_start ASC, seq ASC LIMIT 1');
  await expect(gridCell(page, MILLION - 1, 'address')).toHaveText(oldest.address, { timeout: 30_000 });
  await expect(gridCell(page, MILLION - 1, 'address')).toBeFocused(); // the keyboard user is there too
  await page.keyboard.press('Control+Home');
  await expect(gridCell(page, 0, 'address')).toBeFocused();
  await expect(page.locator(`[role="row"][row-index="${MILLION - 1}"]`)).toHaveAttribute('aria-rowindex', String(MILLION + 1));
});
