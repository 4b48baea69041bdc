// «Configuración» → «Mapa base» in browser mode, on the embedded demo hub. The demo dispatcher sees which basemap
// is in use but is not offered the form (and the core refuses the change too); the demo administrator is told in
// Spanish why a missing path, a text file and a raster MBTiles file are refused (nothing changes), chooses a real
// vector MBTiles file made here (its tiles served at once) and goes back to the demo map. A chosen file that has
// gone when the console starts again is reported while the demo map is served. Accessibility checked with axe.
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { tmsRow, writeMbtiles, type TileToWrite } from '../src/core/basemap/mbtiles-writer.ts';
import { seriousViolations } from './support/axe.ts';
import { callApi } from './support/console-page.ts';
import { useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const { tempDir, track } = perTest();

const DEMO_FILE = path.resolve('resources/basemap/cordoba-demo.mbtiles');
const DEMO_STATE = 'En uso: el mapa de demostración, «Córdoba — mapa de demostración».';
const CITY_NAME = 'Ciudad de prueba';
const cityState = (file: string) => `En uso: el archivo de la ciudad ${file}, «${CITY_NAME}».`;
/** A tile address the demo tileset has nothing at (its zooms are 8–14), filled in the city file. */
const CITY_ONLY_TILE = { z: 3, x: 2, y: 4 };

/** Two gzip'd vector tiles copied from the demo tileset, at their own addresses and at CITY_ONLY_TILE. */
function cityTiles(): TileToWrite[] {
  const db = new Database(DEMO_FILE, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data AS data FROM tiles LIMIT 2').all() as {
      z: number;
      x: number;
      row: number;
      data: Buffer;
    }[];
    expect(rows).toHaveLength(2);
    const tiles = rows.map(({ z, x, row, data }) => ({ z, x, y: tmsRow(z, row), data: new Uint8Array(data) }));
    return [...tiles, { ...CITY_ONLY_TILE, data: tiles[0]!.data }];
  } finally {
    db.close();
  }
}

function writeCityFile(file: string, format: 'pbf' | 'png'): void {
  writeMbtiles(
    file,
    {
      name: CITY_NAME,
      format,
      attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      minzoom: '3',
      maxzoom: '14',
      bounds: '-64.31,-31.53,-64.05,-31.30',
      center: '-64.1833,-31.4167,12',
    },
    cityTiles(),
  );
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Configuración' }).click();
  const dialog = page.getByRole('dialog', { name: 'Configuración' });
  await expect(dialog).toBeVisible();
  return dialog.getByTestId('basemap-settings');
}

async function closeSettings(page: Page) {
  await page.getByRole('dialog', { name: 'Configuración' }).getByTestId('settings-close').click();
  await expect(page.getByRole('dialog', { name: 'Configuración' })).toBeHidden();
}

const tileStatus = async (page: Page, hostUrl: string) => {
  const { z, x, y } = CITY_ONLY_TILE;
  return (await page.request.get(new URL(`/tiles/${z}/${x}/${y}.pbf`, hostUrl).href)).status();
};

test('only an administrator changes the basemap: refusals explained, a vector MBTiles file used at once, back to the demo map', async ({
  page,
}) => {
  const dataDir = tempDir('convivencia-basemap-');
  const files = tempDir('convivencia-basemap-files-');
  const host = track(await startHostProcess(['--data-dir', dataDir]));

  // the demo dispatcher: the basemap in use, no form; the core refuses the change too
  await page.goto(host.url);
  await expect(page.getByTestId('session-user')).toHaveAttribute('data-role', 'dispatcher', { timeout: 30_000 });
  let section = await openSettings(page);
  await expect(section.getByRole('heading', { name: 'Mapa base' })).toBeVisible();
  await expect(section.getByTestId('basemap-state')).toHaveText(DEMO_STATE);
  await expect(section).toContainText('Atribución: Mapa de demostración: geografía aproximada del proyecto');
  await expect(section.getByTestId('basemap-read-only')).toHaveText(
    'Solo una persona con rol de administración puede cambiar el mapa base.',
  );
  await expect(section.getByTestId('basemap-file')).toHaveCount(0);
  await expect(section.getByTestId('basemap-use')).toHaveCount(0);
  expect(await seriousViolations(page, '[data-testid="basemap-settings"]')).toEqual([]);
  const cityFile = path.join(files, 'ciudad.mbtiles');
  writeCityFile(cityFile, 'pbf');
  expect(await callApi(page, host.url, 'map.basemap.set', { file: cityFile })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  await closeSettings(page);

  // the demo administrator
  await useDemoAccount(page, host.url, dataDir, 'administrator');
  await expect(page.getByTestId('session-user')).toHaveAttribute('data-role', 'administrator');
  section = await openSettings(page);
  await expect(section.getByTestId('basemap-read-only')).toHaveCount(0);
  const field = section.getByLabel('Archivo .mbtiles de la ciudad');
  await expect(field).toHaveValue('');
  await expect(section).toContainText('computadora donde se ejecuta la consola');
  await expect(section).toContainText('El README explica cómo generarlo a partir de OpenStreetMap.');
  const use = section.getByRole('button', { name: 'Usar este archivo' });
  const problem = section.getByTestId('basemap-file-problem');
  await expect(section.getByTestId('basemap-demo')).toHaveCount(0); // already the demo map

  // nothing typed: said before anything is sent
  await use.click();
  await expect(problem).toHaveText('Ingrese la ruta del archivo .mbtiles.');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  // a path where there is no file
  await field.fill(path.join(files, 'no-existe.mbtiles'));
  await expect(problem).toHaveCount(0);
  await use.click();
  await expect(problem).toHaveText('No hay ningún archivo en esa ruta, o la consola no puede leerlo. Nada cambió.');
  await expect(section.getByTestId('basemap-state')).toHaveText(DEMO_STATE);
  expect(await seriousViolations(page, '.console-config-dialog')).toEqual([]);

  // a file that is not MBTiles
  const textFile = path.join(files, 'notas.mbtiles');
  fs.writeFileSync(textFile, 'Esto no es un mapa.\n');
  await field.fill(textFile);
  await use.click();
  await expect(problem).toHaveText('Ese archivo no es un MBTiles (una base SQLite con las tablas metadata y tiles). Nada cambió.');
  await expect(section.getByTestId('basemap-state')).toHaveText(DEMO_STATE);

  // an MBTiles file of images, not vector tiles
  const rasterFile = path.join(files, 'imagenes.mbtiles');
  writeCityFile(rasterFile, 'png');
  await field.fill(rasterFile);
  await use.click();
  await expect(problem).toHaveText(
    'Ese MBTiles tiene imágenes (mosaicos raster); el mapa necesita mosaicos vectoriales (formato pbf). Nada cambió.',
  );
  await expect(section.getByTestId('basemap-state')).toHaveText(DEMO_STATE);
  expect(await tileStatus(page, host.url)).toBe(204);

  // a vector MBTiles file: used at once, its tiles served
  await field.fill(`  ${cityFile}  `);
  await use.click();
  await expect(section.getByTestId('basemap-done')).toHaveText(`Mapa base cambiado: el mapa de Despacho usa ahora «${CITY_NAME}».`);
  await expect(problem).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(section.getByTestId('basemap-state')).toHaveText(cityState(cityFile));
  await expect(section).toContainText('Atribución: © OpenStreetMap contributors');
  await expect(field).toHaveValue(cityFile);
  expect(await tileStatus(page, host.url)).toBe(200);

  // back to the demo map
  await section.getByRole('button', { name: 'Volver al mapa de demostración' }).click();
  await expect(section.getByTestId('basemap-done')).toHaveText('Se volvió al mapa de demostración.');
  await expect(section.getByTestId('basemap-state')).toHaveText(DEMO_STATE);
  await expect(field).toHaveValue('');
  await expect(section.getByTestId('basemap-demo')).toHaveCount(0);
  expect(await tileStatus(page, host.url)).toBe(204);
});

test('a chosen file gone when the console starts again: the demo map is served and the section says why', async ({ page }) => {
  const dataDir = tempDir('convivencia-basemap-');
  const cityFile = path.join(tempDir('convivencia-basemap-files-'), 'ciudad.mbtiles');
  writeCityFile(cityFile, 'pbf');
  const first = track(await startHostProcess(['--data-dir', dataDir]));
  await page.goto(first.url);
  await useDemoAccount(page, first.url, dataDir, 'administrator');
  expect(await callApi(page, first.url, 'map.basemap.set', { file: cityFile })).toMatchObject({ ok: true, value: { source: 'city' } });
  await first.stop();
  fs.rmSync(cityFile);

  // the demo administrator is signed in again by itself (the embedded account is remembered)
  const host = track(await startHostProcess(['--data-dir', dataDir]));
  await page.goto(host.url);
  await expect(page.getByTestId('session-user')).toHaveAttribute('data-role', 'administrator', { timeout: 30_000 });
  const section = await openSettings(page);
  await expect(section.getByTestId('basemap-state')).toHaveText(DEMO_STATE);
  await expect(section.getByTestId('basemap-problem')).toHaveText(
    `El archivo elegido (${cityFile}) no se pudo abrir: no se encuentra o la consola no puede leerlo; se muestra el mapa de demostración.`,
  );
  await expect(section.getByTestId('basemap-file')).toHaveValue(cityFile);
  expect(await seriousViolations(page, '[data-testid="basemap-settings"]')).toEqual([]);
  await section.getByRole('button', { name: 'Volver al mapa de demostración' }).click();
  await expect(section.getByTestId('basemap-done')).toHaveText('Se volvió al mapa de demostración.');
  await expect(section.getByTestId('basemap-problem')).toHaveCount(0);
  await expect(section.getByTestId('basemap-state')).toHaveText(DEMO_STATE);
});
