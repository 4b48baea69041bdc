// The console shell on a fresh demo cache: language switch, accessibility, persisted grid state, the
// corrupt-cache path. Each test starts its own real host on its own data folder.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_FILE_NAME } from '../src/core/cache/cache-session.ts';
import { DEMO_OPERATIONS } from '../src/core/seed/demo.ts';
import { callApi, esNumber, gridCell, openConsole, rowCount } from './support/console-page.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

let host: HostProcess;
let dataDir: string;

async function startDemoHost(prepare?: (dir: string) => void): Promise<void> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-e2e-'));
  prepare?.(dataDir);
  host = await startHostProcess(['--data-dir', dataDir]);
}

test.afterEach(async () => {
  await host?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('seeds a demo set on first start', async ({ page }) => {
  await startDemoHost();
  await openConsole(page, host.url);
  await expect(rowCount(page)).toHaveText(`${esNumber(DEMO_OPERATIONS)} operaciones`);
});

test('switches to English at once and remembers it', async ({ page }) => {
  await startDemoHost();
  await openConsole(page, host.url);
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('tab', { name: 'Planning' })).toHaveAttribute('aria-selected', 'true');
  await expect(rowCount(page)).toHaveText(`${new Intl.NumberFormat('en').format(DEMO_OPERATIONS)} operations`);
  await expect(page.getByRole('columnheader', { name: 'Planned start' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Planning' })).toBeVisible();
});

test('Indicadores and the court desk say plainly who may read them', async ({ page }) => {
  await startDemoHost();
  await openConsole(page, host.url);
  // The demo console signs in as the dispatcher: the indicators of complaints are theirs, those of the notices'
  // follow-up are withheld (not zero), and the court desk's incoming list is not theirs to read.
  await page.getByRole('tab', { name: 'Indicadores' }).click();
  const headline = page.getByTestId('indicator-compliance_without_sanction');
  await expect(headline.getByTestId('indicator-value')).toHaveText('No disponible para su rol');
  await expect(headline.getByTestId('indicator-withheld')).toContainText('registros que su rol no lee');
  await expect(page.getByTestId('indicator-complaints_by_channel').getByTestId('indicator-withheld')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Tribunal' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('solo los ven el personal del tribunal');
});

test('has no serious or critical accessibility violations, in Planificación and in Despacho', async ({ page }) => {
  await startDemoHost();
  await openConsole(page, host.url);
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  expect(await serious()).toEqual([]);
  await page.getByRole('tab', { name: 'Despacho' }).click();
  await expect(page.getByRole('grid', { name: 'Unidades' }).locator('[role="row"][row-id]').first()).toBeVisible({ timeout: 30_000 });
  expect(await serious()).toEqual([]);
});

test('the header’s controls never overlap, however many it holds (Spanish is the longest)', async ({ page }) => {
  await startDemoHost();
  await openConsole(page, host.url);
  // Signed out is the widest state: the indicator says so and offers "Iniciar sesión".
  expect(((await callApi(page, host.url, 'session.signOut', {})) as { ok: boolean }).ok).toBe(true);
  await expect(page.getByTestId('sync-sign-in')).toBeVisible();
  // Every control and text block (not their containers, which may shrink while their content spills over).
  const boxes = await page.locator('.app-header :is(button, select, .app-header__brand, .sync-indicator__lines)').evaluateAll((items) =>
    items.map((item) => {
      const r = item.getBoundingClientRect();
      return { name: item.textContent?.trim().slice(0, 30) || item.className, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  const overlapping = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
      .map((b) => `${a.name} × ${b.name}`),
  );
  expect(overlapping).toEqual([]);
});

test('keeps the grid sort across reloads', async ({ page }) => {
  await startDemoHost();
  await openConsole(page, host.url);
  const header = page.getByRole('columnheader', { name: 'Dirección' });
  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const saved = () => callApi(page, host.url, 'prefs.get', { key: 'grid.operations.columns' });
  await expect.poll(async () => JSON.stringify(await saved())).toContain('"address"');
  await page.reload();
  await expect(gridCell(page, 0, 'address')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Dirección' })).toHaveAttribute('aria-sort', 'ascending');
});

test('explains a corrupt cache and rebuilds it only when asked, keeping the old file', async ({ page }) => {
  await startDemoHost((dir) => fs.writeFileSync(path.join(dir, CACHE_FILE_NAME), 'no soy una base de datos '.repeat(400)));
  await page.goto(host.url);
  const screen = page.getByTestId('cache-unavailable');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText(CACHE_FILE_NAME);
  await page.getByRole('button', { name: 'Mover a un lado y reconstruir' }).click();
  await expect(gridCell(page, 0, 'type')).toBeVisible({ timeout: 30_000 });
  const kept = fs.readdirSync(dataDir).filter((f) => f.includes('.unusable-') && !f.endsWith('-wal') && !f.endsWith('-shm'));
  expect(kept).toHaveLength(1);
  expect(fs.readFileSync(path.join(dataDir, kept[0]!), 'utf8')).toContain('no soy una base de datos');
});

test('shows the host refusing bad input as a readable message, not a white screen', async ({ page }) => {
  await startDemoHost();
  await openConsole(page, host.url);
  await page.getByTestId('filter-from').fill('2026-02-01');
  await page.getByTestId('filter-to').fill('2026-01-01');
  const alert = page.getByTestId('api-error');
  await expect(alert).toContainText('El host local rechazó los datos del pedido.');
  await expect(alert).toContainText('Hasta: la fecha «Hasta» es anterior a «Desde»');
  await expect(page.getByRole('tab', { name: 'Planificación' })).toBeVisible(); // the shell is still there
  await page.getByRole('button', { name: 'Limpiar filtros' }).click();
  await expect(rowCount(page)).toHaveText(`${esNumber(DEMO_OPERATIONS)} operaciones`);
});

test('tells a tab with an old address (host restarted) to open the new one instead of retrying forever', async ({ page }) => {
  await startDemoHost();
  await page.goto(host.url.replace(/#k=.*/, '#k=the-secret-of-a-previous-start'));
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toHaveAttribute('data-state', 'refused');
  await expect(banner).toContainText('npm run start:web');
});
