// The Despacho vector map (MapLibre GL drawn with WebGL — SwiftShader in this Chromium) in browser mode against a
// real hub process and a real simulator. Everything it draws comes from the console's own host (tiles, fonts, the
// map's worker) and nothing leaves 127.0.0.1; the whole city shows its units (clustered or as dots) and 0 brings it
// back; the canvas answers the keyboard (arrows pan, + − zoom) and so does the unit picker; a row chosen on the
// board centres its unit; a click on a unit's dot — where the hub says it is, projected from the camera the map
// reports in data-center / data-zoom — selects its row, and again after it has moved; a replay draws the unit's
// track in its colour, the replay dot follows the slider and all of it goes when the replay closes. No CSP
// violation, nothing serious for axe; a screenshot of the map is kept for a person to look at. The SVG map shown
// without WebGL: dispatch-map.spec.ts.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HOME_BOUNDS } from '../src/renderer/workspaces/dispatch/map/vector/home-bounds.ts';
import { seriousViolations } from './support/axe.ts';
import { callApi, watchCsp } from './support/console-page.ts';
import { startLiveDispatch } from './support/live-dispatch.ts';
import { perTest } from './support/per-test.ts';
import {
  cameraAfter,
  colourPixels,
  fitCentre,
  fitZoom,
  metresBetween,
  pagePixel,
  readCamera,
  worldPixel,
  type Camera,
  type ColourPixels,
  type LngLat,
} from './support/vector-map.ts';

const UNITS = 12;
const { tempDir, track } = perTest();

/** Replay colour slot 0 (styles/map.css --replay-colour-0: #6a1b9a). */
const REPLAY_PURPLE = [0x6a, 0x1b, 0x9a] as const;
/** A cluster's dark blue (styles/map.css --unit-colour-cluster: #0b3d6e; drawn opaque while no replay is shown). */
const CLUSTER_BLUE = [0x0b, 0x3d, 0x6e] as const;
/** A cluster's disk (radius 13 px or more, less its count) is at least this many pixels of CLUSTER_BLUE. */
const CLUSTER_MIN_PX = 200;
/** The live dots' status colours (styles/map.css --unit-colour-*), drawn opaque; not the greys, which the basemap's
 *  anti-aliased labels make too. */
const STATUS_COLOURS = [
  [0x2e, 0x7d, 0x32],
  [0x0b, 0x5c, 0xad],
  [0xc6, 0x28, 0x28],
  [0x8a, 0x5a, 0x00],
] as const;
/** VectorMap's HIT_PX: a click this close to a dot hits it. A unit has "moved" once it is 3× that away. */
const HIT_PX = 8;

interface ListedUnit {
  readonly id: string;
  readonly callSign: string;
  readonly status: string;
  readonly position: { readonly lat: number; readonly lng: number; readonly speedKmh: number } | null;
}

test('the vector map: all from the host, the city and its units, keyboard, board and map in step, a replay in its colour', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const { host } = await startLiveDispatch({ dir: tempDir('convivencia-dispatch-'), units: UNITS, hz: 2 }, track);
  const origin = new URL(host.url).origin;

  // every request the page and its workers make, and every WebSocket it opens, for the end of the test
  const requested: string[] = [];
  const tilesAnswered: number[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('websocket', (socket) => requested.push(socket.url()));
  page.on('response', (response) => {
    if (/\/tiles\/\d+\/\d+\/\d+\.pbf/.test(response.url())) tilesAnswered.push(response.status());
  });
  const csp = watchCsp(page);

  const listUnits = async () =>
    ((await callApi(page, host.url, 'units.list', {})) as { value: { units: ListedUnit[] } }).value.units.filter((u) => u.position);
  const positionOf = async (id: string): Promise<LngLat> => (await listUnits()).find((u) => u.id === id)!.position!;

  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Despacho' }).click();
  const container = page.getByTestId('unit-map');
  const canvas = page.getByRole('application', { name: 'Mapa de unidades' });
  const board = page.getByRole('grid', { name: 'Unidades' });
  const picker = page.getByRole('listbox', { name: 'Móviles en el mapa' });
  const option = picker.getByTestId('unit-picker-option');
  const replay = page.getByTestId('track-replay');
  const rowOf = (id: string) => board.locator(`[role="row"][row-id="${id}"]`).first();
  const chooseRow = (id: string) => board.locator(`[role="row"][row-id="${id}"] [col-id="callSign"]`).click();
  const camera = async (): Promise<Camera> => (await readCamera(container))!;
  const mapShot = () => canvas.screenshot();
  /** Waits until the map rests centred on the unit (where the hub says it is, give or take its last moves). */
  const centredOn = (id: string) =>
    expect
      .poll(async () => {
        const [at, fix] = [await camera(), await positionOf(id)];
        return Math.max(Math.abs(at.lng - fix.lng), Math.abs(at.lat - fix.lat));
      }, 'the map centred on the unit')
      .toBeLessThan(0.0005);
  /** Whether the map shows the whole city: the city's bounds fitted to the canvas as it is now (16 px in). */
  const atHome = async () => {
    const [at, box] = [await camera(), (await canvas.boundingBox())!];
    const centre = fitCentre(HOME_BOUNDS);
    return (
      Math.abs(at.zoom - fitZoom(HOME_BOUNDS, box, 16)) < 0.01 &&
      Math.abs(at.lng - centre.lng) < 1e-4 &&
      Math.abs(at.lat - centre.lat) < 1e-4
    );
  };

  await expect(container).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  await expect(canvas).toHaveClass(/maplibregl-canvas/);
  await expect(page.getByTestId('map-fallback')).toHaveCount(0);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(option).toHaveAttribute('aria-setsize', String(UNITS), { timeout: 15_000 });

  // the whole city at first: every barrio in view, its units drawn — in clusters (a click opens one) or as dots
  const inView = (place: LngLat, at: Camera, box: { x: number; y: number; width: number; height: number }) => {
    const p = pagePixel(place, at, box);
    return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
  };
  const [[west, south], [east, north]] = HOME_BOUNDS;
  const cityCorners = [
    { lng: west, lat: south },
    { lng: west, lat: north },
    { lng: east, lat: south },
    { lng: east, lat: north },
  ];
  const cityInView = async () => {
    const [at, box] = [await camera(), (await canvas.boundingBox())!];
    return cityCorners.map((corner) => inView(corner, at, box));
  };
  expect(await cityInView()).toEqual([true, true, true, true]);
  let clusters: ColourPixels['blobs'] = [];
  let dots = 0;
  await expect
    .poll(async () => {
      const shot = await mapShot();
      clusters = (await colourPixels(page, shot, CLUSTER_BLUE)).blobs.filter((blob) => blob.size >= CLUSTER_MIN_PX);
      dots = 0;
      for (const colour of STATUS_COLOURS) dots += (await colourPixels(page, shot, colour)).count;
      return clusters.length > 0 || dots > 50;
    }, 'units drawn at the whole-city view')
    .toBe(true);
  console.log(`whole city: ${clusters.length} clusters (${clusters.map((c) => c.size).join(', ')} px), dot pixels ${dots}`);
  if (clusters.length > 0)
    // units move, so clusters form and come apart: the largest one is looked for again at each try
    await expect(async () => {
      const [cluster] = (await colourPixels(page, await mapShot(), CLUSTER_BLUE)).blobs.filter((blob) => blob.size >= CLUSTER_MIN_PX);
      const at = await camera();
      await canvas.click({ position: { x: cluster!.x, y: cluster!.y } });
      await expect.poll(async () => (await camera()).zoom, { timeout: 3_000 }).toBeGreaterThan(at.zoom);
    }, 'a click on a cluster zooms in').toPass({ timeout: 30_000 });

  // keyboard on the canvas: 0 shows the whole city (the city's bounds fitted to the canvas, 16 px in), arrows pan,
  // + and − zoom, and 0 again goes back to the very same view
  await canvas.focus();
  await page.keyboard.press('0');
  await expect.poll(atHome, '0 shows the whole city').toBe(true);
  const homeView = await camera();
  // each key moves the camera one way: [key, what it says, the coordinate and the direction it must change]
  const keyMoves = [
    ['ArrowRight', 'ArrowRight pans east', 'lng', 1],
    ['ArrowUp', 'ArrowUp pans north', 'lat', 1],
    ['+', '+ zooms in', 'zoom', 1],
    ['-', '− zooms out', 'zoom', -1],
  ] as const;
  let before = homeView;
  for (const [key, says, coordinate, sign] of keyMoves) {
    await page.keyboard.press(key);
    const after = await cameraAfter(container, before, says);
    expect(Math.sign(after[coordinate] - before[coordinate]), says).toBe(sign);
    before = after;
  }
  await page.keyboard.press('0');
  expect(await cameraAfter(container, before, '0 goes home')).toEqual(homeView);
  expect(await cityInView()).toEqual([true, true, true, true]);

  // the picker: units in call-sign order, ↓ the next, End the last, Enter selects its row on the board
  const positioned = await listUnits();
  const collator = new Intl.Collator('es-AR', { numeric: true, sensitivity: 'base' });
  const inOrder = positioned.map((u) => u).sort((a, b) => collator.compare(a.callSign, b.callSign));
  expect(inOrder).toHaveLength(UNITS);
  await page.keyboard.press('Tab');
  await expect(picker).toBeFocused();
  await expect(option).toHaveAttribute('data-unit-id', inOrder[0]!.id);
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('data-unit-id', inOrder[1]!.id);
  await expect(option).toHaveAttribute('aria-posinset', '2');
  await expect(option).toHaveAccessibleName(new RegExp(`^${inOrder[1]!.callSign} — `));
  await page.keyboard.press('End');
  const last = inOrder.at(-1)!;
  await expect(option).toHaveAttribute('data-unit-id', last.id);
  await expect(option).toHaveAttribute('aria-posinset', String(UNITS));
  await expect(option).toHaveAttribute('aria-setsize', String(UNITS));
  await expect(option).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Enter');
  await expect(rowOf(last.id)).toHaveAttribute('aria-selected', 'true');
  await expect(option).toHaveAttribute('aria-selected', 'true');

  // the vehicle patrolling fastest now (it keeps moving for minutes, and has a track to replay) — else the fastest
  // unit — and the two units nearest to it (none of them the unit just selected, so that choosing it is a change)
  const candidates = positioned.filter((u) => u.id !== last.id);
  const patrolling = candidates.filter((u) => u.status === 'available' && u.position!.speedKmh >= 10);
  const mover = (patrolling.length > 0 ? patrolling : candidates).toSorted((a, b) => b.position!.speedKmh - a.position!.speedKmh)[0]!;
  const [other, third] = positioned
    .filter((u) => u.id !== mover.id)
    .toSorted((a, b) => metresBetween(a.position!, mover.position!) - metresBetween(b.position!, mover.position!));
  console.log(`mover ${mover.callSign} at ${mover.position!.speedKmh} km/h; nearest ${other!.callSign}, ${third!.callSign}`);

  // a row chosen on the board centres its unit, close enough to be out of any cluster
  const fixBefore = await positionOf(mover.id);
  const beforeChoice = await camera();
  await chooseRow(mover.id);
  const after = await cameraAfter(container, beforeChoice, 'choosing a row moves the map');
  const fixAfter = await positionOf(mover.id);
  expect(after.zoom).toBeGreaterThanOrEqual(12.5);
  const slack = 0.0005;
  expect(after.lng).toBeGreaterThanOrEqual(Math.min(fixBefore.lng, fixAfter.lng) - slack);
  expect(after.lng).toBeLessThanOrEqual(Math.max(fixBefore.lng, fixAfter.lng) + slack);
  expect(after.lat).toBeGreaterThanOrEqual(Math.min(fixBefore.lat, fixAfter.lat) - slack);
  expect(after.lat).toBeLessThanOrEqual(Math.max(fixBefore.lat, fixAfter.lat) + slack);

  // closer in (the + button), then the nearest unit chosen on the board: the map centres it instead
  for (let i = 0; i < 2; i++) {
    before = await camera();
    await page.getByRole('button', { name: 'Acercar' }).click();
    await cameraAfter(container, before, 'the + button zooms in');
  }
  await chooseRow(other!.id);
  await expect(rowOf(other!.id)).toHaveAttribute('aria-selected', 'true');
  await expect(rowOf(mover.id)).not.toHaveAttribute('aria-selected', 'true');
  await centredOn(other!.id);

  // a click on the mover's dot selects its row (and the replay panel's units follow the selection)
  const firstFix = await clickUnit(page, canvas, container, () => positionOf(mover.id));
  await expect(rowOf(mover.id), 'a click on its dot selects its row').toHaveAttribute('aria-selected', 'true', { timeout: 5_000 });
  await expect(replay.getByTestId('replay-units')).toContainText(mover.callSign, { timeout: 5_000 });

  // another row in between; once the mover has gone 3 clicks' reach further, a click where it is now selects it again
  await chooseRow(third!.id);
  await expect(rowOf(third!.id)).toHaveAttribute('aria-selected', 'true');
  await centredOn(third!.id);
  const zoom = (await camera()).zoom;
  const pxApart = (a: LngLat, b: LngLat) => {
    const [p, q] = [worldPixel(a, zoom), worldPixel(b, zoom)];
    return Math.hypot(p.x - q.x, p.y - q.y);
  };
  await expect
    .poll(async () => pxApart(firstFix, await positionOf(mover.id)), { message: 'the mover moves on', timeout: 60_000, intervals: [1_000] })
    .toBeGreaterThan(3 * HIT_PX);
  await clickUnit(page, canvas, container, () => positionOf(mover.id));
  await expect(rowOf(mover.id), 'a click where it is now selects it again').toHaveAttribute('aria-selected', 'true', { timeout: 5_000 });

  // replay its last 15 minutes: the whole city first, then its row (centred, at 12.5: the track is in view)
  await chooseRow(other!.id);
  await centredOn(other!.id);
  await canvas.focus();
  await page.keyboard.press('0');
  await expect.poll(atHome, '0 shows the whole city').toBe(true);
  await chooseRow(mover.id);
  await expect(rowOf(mover.id)).toHaveAttribute('aria-selected', 'true');
  await centredOn(mover.id);
  expect((await camera()).zoom).toBeCloseTo(12.5, 2);
  await expect(replay.getByTestId('replay-units')).toContainText(mover.callSign);
  await expect(replay.getByLabel('Período')).toHaveValue('last15m');
  const purple = async () => colourPixels(page, await mapShot(), REPLAY_PURPLE);
  const none = await purple();
  expect(none.count, 'no replay colour before the replay').toBeLessThan(10);
  console.log(`replay purple before loading: ${none.count} px`);
  await replay.getByRole('button', { name: 'Cargar recorridos' }).click();
  const slider = replay.getByRole('slider', { name: 'Momento de la reproducción' });
  await expect(slider).toBeVisible();
  await expect.poll(async () => (await purple()).count, 'the track and the replay dot in the replay colour').toBeGreaterThan(150);

  // the slider moves the replay dot: the purple at the start of the track is not where it is at its end
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await purple()).count).toBeGreaterThan(150);
  const atStart = await purple();
  await page.keyboard.press('End');
  await expect
    .poll(async () => {
      const { centroid } = await purple();
      return centroid ? Math.hypot(centroid.x - atStart.centroid!.x, centroid.y - atStart.centroid!.y) : 0;
    }, 'the purple moves with the slider')
    .toBeGreaterThan(3);
  const atEnd = await purple();
  expect(atEnd.cells).not.toEqual(atStart.cells);
  console.log(`replay purple: ${atStart.count} px at the start, ${atEnd.count} at the end`);

  // the map with its replay, for a person to look at
  const picture = await container.screenshot();
  const saved = path.join(testInfo.project.outputDir, 'dispatch-vector-map.png');
  fs.mkdirSync(path.dirname(saved), { recursive: true });
  fs.writeFileSync(saved, picture);
  await testInfo.attach('dispatch-vector-map', { body: picture, contentType: 'image/png' });

  // canvas, picker, controls, replay panel: nothing serious for assistive technology
  expect(await seriousViolations(page, '.dispatch-map')).toEqual([]);

  await replay.getByRole('button', { name: 'Cerrar reproducción' }).click();
  await expect.poll(async () => (await purple()).count, 'the replay gone').toBeLessThan(10);

  // all of it came from the console's own host: nothing left 127.0.0.1
  const leaving = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1');
  expect(leaving).toEqual([]);
  const fromHost = (pattern: string) => requested.filter((url) => new RegExp(`^${origin}${pattern}$`).test(url));
  expect(fromHost('/tiles/\\d+/\\d+/\\d+\\.pbf(\\?v=[\\w-]+)?').length).toBeGreaterThan(0);
  expect(tilesAnswered).toContain(200);
  expect(fromHost('/assets/noto-sans-latin-400-normal-[\\w-]+\\.woff2').length).toBeGreaterThan(0);
  expect(fromHost('/assets/noto-sans-latin-700-normal-[\\w-]+\\.woff2').length).toBeGreaterThan(0);
  expect(fromHost('/assets/maplibre-gl-worker-[\\w-]+\\.mjs').length).toBeGreaterThan(0);
  expect(csp).toEqual([]);
});

/**
 * Brings the unit well inside the canvas (arrow keys pan 100 px a press; the picker, the buttons and the credit
 * line sit at the edges) and clicks where the hub says it is now; returns that place.
 */
async function clickUnit(page: Page, canvas: Locator, container: Locator, where: () => Promise<LngLat>): Promise<LngLat> {
  await canvas.focus();
  for (let presses = 0; ; presses++) {
    const [fix, at, box] = [await where(), (await readCamera(container))!, (await canvas.boundingBox())!];
    const p = pagePixel(fix, at, box);
    const dx = p.x - (box.x + box.width / 2);
    const dy = p.y - (box.y + box.height / 2);
    if (Math.abs(dx) <= box.width / 2 - 70 && Math.abs(dy) <= box.height / 2 - 45) {
      await page.mouse.click(p.x, p.y);
      return fix;
    }
    expect(presses, 'presses to bring the unit into view').toBeLessThan(40);
    const key =
      Math.abs(dx) / box.width > Math.abs(dy) / box.height ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp';
    await page.keyboard.press(key);
    await cameraAfter(container, at, `${key} pans`);
  }
}
