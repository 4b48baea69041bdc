// The Despacho map's fallback — the SVG map of barrios and avenues, shown when the screen cannot draw the vector
// map (no WebGL: Chromium launched with --disable-3d-apis) — in browser mode against a real hub process and a real
// simulator: the notice that says why, a marker per unit on the offline basemap, board and map sharing one
// selection, and a replay of the last 15 minutes of one unit whose marker follows the time slider. No network
// besides the local host and hub (the CSP would refuse it anyway). The vector map: dispatch-vector-map.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { callApi, watchCsp } from './support/console-page.ts';
import { startLiveDispatch } from './support/live-dispatch.ts';
import { perTest } from './support/per-test.ts';
import { MAP_FALLBACK_NOTICE, WITHOUT_WEBGL } from './support/vector-map.ts';

const UNITS = 8;
const { tempDir, track } = perTest();

// No WebGL in this browser: the Despacho map falls back to the SVG map.
test.use(WITHOUT_WEBGL);

const translateOf = async (marker: Locator) => (await marker.getAttribute('transform')) ?? '';

test('without WebGL: the fallback notice, markers for every unit, one selection for board and map, and a replay that follows the slider', async ({
  page,
}) => {
  const { host } = await startLiveDispatch({ dir: tempDir('convivencia-dispatch-'), units: UNITS, hz: 2 }, track);
  const csp = watchCsp(page);

  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Despacho' }).click();
  const map = page.getByRole('application', { name: 'Mapa de unidades' });
  const board = page.getByRole('grid', { name: 'Unidades' });
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });

  // the screen says why it shows the simplified map, and shows it (not the vector map's canvas)
  await expect(page.getByTestId('map-fallback')).toHaveText(MAP_FALLBACK_NOTICE);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);

  // one marker per unit, each a button named by call sign and status
  const markers = map.getByTestId('unit-marker');
  await expect(markers).toHaveCount(UNITS, { timeout: 15_000 });
  await expect(map.getByRole('button', { name: /^Móvil 01 — (Disponible|En camino|En escena|Descanso|Fuera de servicio)/ })).toBeVisible();

  // the unit moving fastest now: its replay will surely show a path
  const listed = (await callApi(page, host.url, 'units.list', {})) as {
    value: { units: { id: string; callSign: string; position: { speedKmh: number } | null }[] };
  };
  const mover = listed.value.units.filter((u) => u.position).sort((a, b) => b.position!.speedKmh - a.position!.speedKmh)[0]!;
  const other = listed.value.units.find((u) => u.id !== mover.id && u.position)!;

  // clicking a marker selects its row on the board
  await map.locator(`[data-unit-id="${other.id}"]`).click();
  await expect(board.locator(`[role="row"][row-id="${other.id}"]`).first()).toHaveAttribute('aria-selected', 'true');
  await expect(map.locator(`[data-unit-id="${other.id}"]`)).toHaveAttribute('aria-pressed', 'true');

  // selecting a row marks its marker (and only it) as selected
  await board.locator(`[role="row"][row-id="${mover.id}"] [col-id="callSign"]`).click();
  const moverMarker = map.locator(`[data-testid="unit-marker"][data-unit-id="${mover.id}"]`);
  await expect(moverMarker).toHaveAttribute('aria-pressed', 'true');
  await expect(moverMarker).toHaveClass(/unit-marker--selected/);
  await expect(map.locator('[data-testid="unit-marker"][aria-pressed="true"]')).toHaveCount(1);

  // keyboard: Enter on a focused marker selects it too
  await map.locator(`[data-testid="unit-marker"][data-unit-id="${other.id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(board.locator(`[role="row"][row-id="${other.id}"]`).first()).toHaveAttribute('aria-selected', 'true');
  await board.locator(`[role="row"][row-id="${mover.id}"] [col-id="callSign"]`).click();

  // replay the last 15 minutes of the selected unit (the default units to replay: the board's selection)
  const replay = page.getByTestId('track-replay');
  await expect(replay.getByTestId('replay-units')).toContainText(mover.callSign);
  await expect(replay.getByLabel('Período')).toHaveValue('last15m');
  await page.waitForTimeout(2_000); // a few more seconds of track
  await replay.getByRole('button', { name: 'Cargar recorridos' }).click();
  const replayPath = map.locator(`[data-testid="replay-path"][data-unit-id="${mover.id}"]`);
  await expect(replayPath).toHaveAttribute('d', /^M[-\d.]+ [-\d.]+(L[-\d.]+ [-\d.]+){3,}$/);
  const replayMarker = map.locator(`[data-testid="replay-marker"][data-unit-id="${mover.id}"]`);
  await expect(replayMarker).toHaveCount(1);

  // map, markers, replay controls: nothing serious for assistive technology
  const serious = (await new AxeBuilder({ page }).include('.dispatch-map').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  expect(serious).toEqual([]);

  // the slider moves the marker: start and end of the track are different places
  const slider = replay.getByRole('slider', { name: 'Momento de la reproducción' });
  await slider.focus();
  await page.keyboard.press('Home');
  const atStart = await translateOf(replayMarker);
  const clockAtStart = await replay.getByTestId('replay-clock').textContent();
  await page.keyboard.press('End');
  await expect.poll(() => translateOf(replayMarker)).not.toBe(atStart);
  await expect(replay.getByTestId('replay-clock')).not.toHaveText(clockAtStart ?? '');
  expect(Number(await slider.inputValue())).toBeGreaterThan(Number(await slider.getAttribute('min')));

  // play from the start at ×60: the clock runs and the marker moves without touching the slider
  await page.keyboard.press('Home');
  await replay.getByLabel('Velocidad de reproducción').selectOption('60');
  await replay.getByRole('button', { name: 'Reproducir', exact: true }).click();
  await expect.poll(() => translateOf(replayMarker), { timeout: 5_000 }).not.toBe(atStart);

  // the map answers the keyboard: + zooms in (a narrower viewBox)
  const width = async () => Number(((await map.getAttribute('viewBox')) ?? '').split(' ')[2]);
  const before = await width();
  await map.focus();
  await page.keyboard.press('+');
  await expect.poll(width).toBeLessThan(before);

  await replay.getByRole('button', { name: 'Cerrar reproducción' }).click();
  await expect(map.getByTestId('replay-path')).toHaveCount(0);
  expect(csp).toEqual([]);
});
