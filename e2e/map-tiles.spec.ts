// The optional online tile source on the Despacho map's fallback — the SVG map, shown when the screen has no WebGL
// (Chromium launched with --disable-3d-apis; the fallback notice is checked) — in browser mode, against a tiny tile
// server on 127.0.0.1 that serves one 256×256 PNG for every tile. Off by default (strict CSP, no tile requests); a
// bad template is refused in Spanish and not saved; a good one enters the page's CSP — exactly that origin — after
// the reload the settings offer, and the map draws its tiles under the basemap with the attribution; removing it
// stops every tile request. (The vector map's own tiles come from the host: dispatch-vector-map.spec.ts.)
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, watchCsp } from './support/console-page.ts';
import { startTileServer } from './support/tile-server.ts';
import { MAP_FALLBACK_NOTICE, WITHOUT_WEBGL } from './support/vector-map.ts';
import { startHostProcess } from './support/web-host-process.ts';

// No WebGL in this browser: the Despacho map falls back to the SVG map, whose tiles are <image> elements.
test.use(WITHOUT_WEBGL);

const running: { stop(): Promise<void> }[] = [];
const dirs: string[] = [];

test.afterEach(async () => {
  for (const process of running.splice(0).reverse()) await process.stop();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const imgSrc = (response: Response | null) =>
  (response?.headers()['content-security-policy'] ?? '').split('; ').find((d) => d.startsWith('img-src '));

async function openMap(page: Page) {
  await page.getByRole('tab', { name: 'Despacho' }).click();
  const map = page.getByRole('application', { name: 'Mapa de unidades' });
  await expect(map).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('map-fallback')).toHaveText(MAP_FALLBACK_NOTICE);
  return map;
}

test('without WebGL, an online tile source on the fallback map: refused when bad, drawn under the basemap within a CSP that allows only its origin, gone when removed', async ({
  page,
}) => {
  const tiles = await startTileServer();
  running.push(tiles);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-console-'));
  dirs.push(dataDir);
  const host = await startHostProcess(['--data-dir', dataDir, '--no-hub']);
  running.push(host);
  const csp = watchCsp(page);
  const documentResponse = () => page.waitForResponse((r) => r.request().resourceType() === 'document');

  // off by default: no network images allowed, none asked for
  const first = await page.goto(host.url);
  expect(imgSrc(first)).toBe("img-src 'self' data:");
  let map = await openMap(page);
  await expect(map.locator('.basemap')).toBeVisible();
  await expect(map.getByTestId('map-tile')).toHaveCount(0);
  await expect(page.getByTestId('map-attribution')).toHaveCount(0);

  // a bad template and no attribution: said in Spanish, nothing saved
  await page.getByRole('button', { name: 'Configuración' }).click();
  const dialog = page.getByRole('dialog', { name: 'Configuración' });
  const section = dialog.getByTestId('map-tiles-settings');
  await expect(section.getByTestId('map-tiles-state')).toHaveText('Sin mosaicos en línea: el mapa usa solo su mapa base sin conexión.');
  const url = section.getByLabel('Plantilla de dirección de los mosaicos');
  const attribution = section.getByLabel('Atribución');
  await url.fill('http://tiles.example.com/{z}/{x}/{y}.png');
  await section.getByRole('button', { name: 'Guardar mosaicos' }).click();
  await expect(section.getByTestId('map-tiles-urlTemplate-problem')).toHaveText(
    'La dirección debe empezar con https:// (http:// solo para 127.0.0.1 o localhost).',
  );
  await expect(section.getByTestId('map-tiles-attribution-problem')).toHaveText(
    'Ingrese la atribución que pide el proveedor de los mosaicos.',
  );
  await expect(url).toBeFocused();
  await url.fill(`${tiles.origin}/{z}/{x}.png`);
  await section.getByRole('button', { name: 'Guardar mosaicos' }).click();
  await expect(section.getByTestId('map-tiles-urlTemplate-problem')).toHaveText(
    'La plantilla debe tener {z}, {x} e {y}, y ningún otro marcador entre llaves.',
  );
  expect(await callApi(page, host.url, 'prefs.get', { key: 'map.tileSource' })).toEqual({ ok: true, value: { value: null } });
  // the core refuses it too, whatever the form says
  const refused = (await callApi(page, host.url, 'prefs.set', {
    key: 'map.tileSource',
    value: { urlTemplate: 'https://*.example.com/{z}/{x}/{y}.png', attribution: 'x' },
  })) as { ok: boolean };
  expect(refused.ok).toBe(false);

  // a good one is saved; this page's CSP does not allow it yet, so the map waits for the reload
  await url.fill(`${tiles.origin}/{z}/{x}/{y}.png`);
  await attribution.fill('© Mosaicos de prueba');
  await section.getByRole('button', { name: 'Guardar mosaicos' }).click();
  await expect(section.getByTestId('map-tiles-done')).toHaveText('Mosaicos guardados.');
  await expect(section.getByTestId('map-tiles-reload-needed')).toBeVisible();
  const serious = (await new AxeBuilder({ page }).include('[data-testid="map-tiles-settings"]').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious).toEqual([]);
  expect(tiles.requests).toEqual([]);

  const [reloaded] = await Promise.all([documentResponse(), section.getByRole('button', { name: 'Recargar ahora' }).click()]);
  expect(imgSrc(reloaded)).toBe(`img-src 'self' data: ${tiles.origin}`);
  expect(reloaded.headers()['content-security-policy']).not.toContain('*');

  // the map asks for a bounded set of tiles, draws them under the basemap and credits them
  map = await openMap(page);
  const drawn = map.getByTestId('map-tile');
  await expect.poll(() => drawn.count()).toBeGreaterThan(0);
  expect(await drawn.count()).toBeLessThanOrEqual(48);
  const hrefs = await drawn.evaluateAll((images) => images.map((image) => image.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^${tiles.origin}/\\d+/\\d+/\\d+\\.png$`));
  await expect(map.locator('.basemap')).toHaveAttribute('data-over-tiles', 'true'); // a tile loaded
  await expect.poll(() => tiles.requests.length).toBeGreaterThanOrEqual(hrefs.length);
  for (const href of hrefs) expect(tiles.requests).toContain(href.slice(tiles.origin.length));
  for (const asked of tiles.requests) expect(asked).toMatch(/^\/\d+\/\d+\/\d+\.png$/);
  // tiles lie beneath the basemap: first in the SVG
  expect(await map.evaluate((svg) => svg.firstElementChild?.getAttribute('data-testid'))).toBe('map-tiles');
  await expect(page.getByTestId('map-attribution')).toHaveText('Mosaicos: © Mosaicos de prueba');
  const zoomBefore = Number(hrefs[0]!.split('/')[3]);
  await page.getByRole('button', { name: 'Acercar' }).click();
  await page.getByRole('button', { name: 'Acercar' }).click();
  await expect.poll(async () => Number(((await drawn.first().getAttribute('href')) ?? '').split('/')[3])).toBeGreaterThan(zoomBefore);

  // removed: the tiles go at once and no tile is asked for again, before or after a reload
  await page.getByRole('button', { name: 'Configuración' }).click();
  await expect(section.getByTestId('map-tiles-state')).toHaveText(`Mosaicos en uso, desde ${tiles.origin}.`);
  await section.getByRole('button', { name: 'Quitar mosaicos' }).click();
  await expect(section.getByTestId('map-tiles-done')).toHaveText('Mosaicos quitados: el mapa usa solo su mapa base sin conexión.');
  await expect(url).toHaveValue('');
  await dialog.getByTestId('settings-close').click();
  await expect(drawn).toHaveCount(0);
  await expect(page.getByTestId('map-attribution')).toHaveCount(0);
  await expect(map.locator('.basemap')).toHaveAttribute('data-over-tiles', 'false');
  const asked = tiles.requests.length;
  await page.getByRole('button', { name: 'Alejar' }).click();
  await page.getByRole('button', { name: 'Vista inicial' }).click();
  const [again] = await Promise.all([documentResponse(), page.reload()]);
  expect(imgSrc(again)).toBe("img-src 'self' data:");
  map = await openMap(page);
  await page.getByRole('button', { name: 'Acercar' }).click();
  await page.waitForTimeout(1_000);
  await expect(map.getByTestId('map-tile')).toHaveCount(0);
  expect(tiles.requests.length).toBe(asked);

  expect(csp).toEqual([]);
});
