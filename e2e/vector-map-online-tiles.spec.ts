// The opt-in online tile source under the vector map, in browser mode with WebGL (SwiftShader), against a tiny
// tile server on 127.0.0.1 that serves one colour for every tile. Saved (through the contract, as the settings
// screen does: map-tiles.spec.ts covers the form), the page's CSP allows that one origin for images and for
// MapLibre's fetches; the map asks the server for raster tiles, shows them through its see-through ground and
// credits them besides the basemap's own attribution. Removed, the map is drawn again without them and asks for
// no more. Nothing else leaves the host; no CSP violation.
import { expect, test, type Page } from '@playwright/test';
import { callApi, watchCsp } from './support/console-page.ts';
import { perTest } from './support/per-test.ts';
import { startTileServer, TILE_RGB } from './support/tile-server.ts';
import { colourPixels } from './support/vector-map.ts';
import { startHostProcess } from './support/web-host-process.ts';

const { tempDir, track } = perTest();
const DEMO_ATTRIBUTION = 'Mapa de demostración: geografía aproximada del proyecto';

async function openVectorMap(page: Page) {
  await page.getByRole('tab', { name: 'Despacho' }).click();
  await expect(page.getByTestId('unit-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('map-fallback')).toHaveCount(0);
}

/** Pixels of the tile server's colour in the map (exactly: the ground is see-through there, nothing over it). */
const tilePixels = async (page: Page) =>
  (await colourPixels(page, await page.locator('.maplibregl-canvas').screenshot(), TILE_RGB, 3)).count;

test('online raster tiles under the vector map: allowed for their one origin, drawn through the ground, credited, gone when removed', async ({
  page,
}) => {
  const tiles = track(await startTileServer());
  const host = track(await startHostProcess(['--data-dir', tempDir('convivencia-console-'), '--no-hub']));
  const csp = watchCsp(page);
  const hostOrigin = new URL(host.url).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const { origin } = new URL(request.url());
    if (origin !== hostOrigin && origin !== tiles.origin) elsewhere.push(request.url());
  });

  await page.goto(host.url);
  await openVectorMap(page);
  await expect(page.getByTestId('map-attribution')).toHaveText(DEMO_ATTRIBUTION);
  expect(await tilePixels(page)).toBe(0);

  const saved = await callApi(page, host.url, 'prefs.set', {
    key: 'map.tileSource',
    value: { urlTemplate: `${tiles.origin}/{z}/{x}/{y}.png`, attribution: '© Mosaicos de prueba' },
  });
  expect(saved).toMatchObject({ ok: true });
  const reloaded = await page.reload();
  const policy = reloaded?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain(`img-src 'self' data: ${tiles.origin}`);
  expect(policy).toContain(`connect-src 'self' ${tiles.origin}`);
  await openVectorMap(page);
  await expect.poll(() => tiles.requests.length).toBeGreaterThan(0);
  for (const asked of tiles.requests) expect(asked).toMatch(/^\/\d+\/\d+\/\d+\.png$/);
  await expect(page.getByTestId('map-attribution')).toHaveText(`${DEMO_ATTRIBUTION} · Mosaicos: © Mosaicos de prueba`);
  await expect.poll(() => tilePixels(page), { message: 'the tiles show through the ground' }).toBeGreaterThan(1_000);

  // removed: the map is drawn again without them, and asks for no more
  const removed = await callApi(page, host.url, 'prefs.set', { key: 'map.tileSource', value: null });
  expect(removed).toMatchObject({ ok: true });
  await page.reload();
  await openVectorMap(page);
  await expect(page.getByTestId('map-attribution')).toHaveText(DEMO_ATTRIBUTION);
  const asked = tiles.requests.length;
  await page.getByRole('button', { name: 'Acercar' }).click();
  await expect.poll(() => tilePixels(page)).toBe(0);
  expect(tiles.requests.length).toBe(asked);

  expect(elsewhere).toEqual([]);
  expect(csp).toEqual([]);
});
