// The desktop shell end to end: the built app (npm run build) in a real Electron, with its own data folder.
// Skipped where the Electron binary could not be downloaded; browser mode covers the console itself there.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../scripts/electron-binary.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronBinary = findElectronBinary();

test.skip(!electronBinary, 'Electron binary not available on this machine — run `npm start` where Electron can be downloaded');

test('the desktop console runs sandboxed and reaches the core, in its own process, only through window.consoleApi', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'convivencia-electron-'));
  const app = await electron.launch({
    executablePath: electronBinary,
    // The project folder, as `npm start` runs it: package.json "main" starts out/main/index.js, and the app path
    // is the project root, where app.getVersion() and the Electron build of better-sqlite3 are found.
    // Chromium refuses to run as root with its OS sandbox (CI containers); the page sandbox still applies.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), projectRoot],
    env: { ...process.env, CONVIVENCIA_USER_DATA: userData },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveURL('app://console/index.html');
    await expect(page).toHaveTitle(/Convivencia/);

    const bridge = await page.evaluate(() => (window.consoleApi ? Object.keys(window.consoleApi).sort() : null));
    expect(bridge).toEqual(['call', 'subscribe']);

    // Sandboxed, context-isolated page: no Node in sight.
    expect(await page.evaluate(() => [typeof require, typeof process])).toEqual(['undefined', 'undefined']);

    await expect(page.getByRole('gridcell').first()).toBeVisible();

    const refused = await page.evaluate(() => window.consoleApi?.call('app.info', { unexpected: true }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // The core runs in its own utility process, not in main: the page's calls reach it over its MessagePort.
    const coreProcesses = await app.evaluate(({ app: electronApp }) =>
      electronApp.getAppMetrics().filter((metric) => metric.type === 'Utility' && metric.serviceName === 'Convivencia core'),
    );
    expect(coreProcesses).toHaveLength(1);
    expect(await page.evaluate(() => window.consoleApi?.call('app.info', {}))).toMatchObject({ ok: true, value: { host: 'desktop' } });

    // The Despacho map as in browser mode: MapLibre's worker and the vector tiles from app://console itself.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('tab', { name: 'Despacho' }).click();
    await expect(page.getByTestId('unit-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    await expect.poll(() => requests.filter((url) => /^app:\/\/console\/tiles\/\d+\/\d+\/\d+\.pbf/.test(url)).length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('app://console/'))).toEqual([]);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
