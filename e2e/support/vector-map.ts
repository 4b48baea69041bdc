// How the e2e tests read the Despacho vector map (MapLibre GL in a <canvas>, no DOM node per unit): where the
// camera rests (the container's data-center / data-zoom, written after every move), where a place is drawn on the
// page (Web Mercator with MapLibre's 512-px tiles), and how many pixels of one colour a screenshot holds (decoded in
// the page itself, with no image library). Also the launch options of a Chromium without WebGL, whose Despacho
// shows the SVG fallback map.
import { expect, type Locator, type Page } from '@playwright/test';
import { latLngToTile, tileToLatLng } from '../../src/shared/geo/web-mercator.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';

/** `test.use(WITHOUT_WEBGL)`: Chromium with no WebGL at all, so Despacho falls back to the SVG map. */
export const WITHOUT_WEBGL = {
  launchOptions: { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS, '--disable-3d-apis'] },
};

/** The notice above the fallback map (test id `map-fallback`). */
export const MAP_FALLBACK_NOTICE =
  'Este equipo no puede dibujar el mapa de calles (WebGL no está disponible en esta pantalla). Se muestra el mapa simplificado de barrios y avenidas.';

export interface Camera {
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
}

export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

/** Where the map rests now (the vector map's container, `[data-testid="unit-map"]`), or null before it loaded. */
export async function readCamera(container: Locator): Promise<Camera | null> {
  const [center, zoom] = await Promise.all([container.getAttribute('data-center'), container.getAttribute('data-zoom')]);
  if (!center || !zoom) return null;
  const [lng, lat] = center.split(',').map(Number);
  return { lng: lng!, lat: lat!, zoom: Number(zoom) };
}

/** The camera once it differs from `before` (a move ended), polled. */
export async function cameraAfter(container: Locator, before: Camera, message?: string): Promise<Camera> {
  await expect
    .poll(async () => {
      const now = await readCamera(container);
      return now !== null && (now.lng !== before.lng || now.lat !== before.lat || now.zoom !== before.zoom);
    }, message)
    .toBe(true);
  return (await readCamera(container))!;
}

/** MapLibre draws Web Mercator tiles 512 px wide: the world is 512·2^zoom px across. */
const TILE_PX = 512;

/** A place in MapLibre's world pixels at `zoom` (its Web Mercator tile position × the tile's pixels). */
export function worldPixel(place: LngLat, zoom: number): { x: number; y: number } {
  const tile = latLngToTile(place, zoom);
  return { x: tile.x * TILE_PX, y: tile.y * TILE_PX };
}

/** Where `place` is drawn in page coordinates (CSS px), given the resting camera and the canvas's box. */
export function pagePixel(
  place: LngLat,
  camera: Camera,
  canvasBox: { x: number; y: number; width: number; height: number },
): { x: number; y: number } {
  const at = worldPixel(place, camera.zoom);
  const centre = worldPixel(camera, camera.zoom);
  return { x: canvasBox.x + canvasBox.width / 2 + (at.x - centre.x), y: canvasBox.y + canvasBox.height / 2 + (at.y - centre.y) };
}

/** The zoom at which MapLibre's fitBounds shows `bounds` ([[west, south], [east, north]]) in a canvas of `box`. */
export function fitZoom(
  [[west, south], [east, north]]: readonly [readonly [number, number], readonly [number, number]],
  box: { width: number; height: number },
  padding: number,
): number {
  const nw = worldPixel({ lng: west, lat: north }, 0);
  const se = worldPixel({ lng: east, lat: south }, 0);
  return Math.min(Math.log2((box.width - 2 * padding) / (se.x - nw.x)), Math.log2((box.height - 2 * padding) / (se.y - nw.y)));
}

/** Where fitBounds centres `bounds`: the middle of its corners in world pixels. */
export function fitCentre([[west, south], [east, north]]: readonly [readonly [number, number], readonly [number, number]]): LngLat {
  const nw = latLngToTile({ lng: west, lat: north }, 0);
  const se = latLngToTile({ lng: east, lat: south }, 0);
  return { lng: (west + east) / 2, lat: tileToLatLng(0, (nw.y + se.y) / 2, 0).lat };
}

/** How far apart two places are, in metres (equirectangular: fine over a city). */
export function metresBetween(a: LngLat, b: LngLat): number {
  const r = 6_371_000;
  const phi = (((a.lat + b.lat) / 2) * Math.PI) / 180;
  const dx = (((b.lng - a.lng) * Math.PI) / 180) * Math.cos(phi) * r;
  const dy = (((b.lat - a.lat) * Math.PI) / 180) * r;
  return Math.hypot(dx, dy);
}

export interface ColourPixels {
  /** How many pixels are within the tolerance of the colour. */
  readonly count: number;
  /** Their mean position in the image (null when there are none). */
  readonly centroid: { readonly x: number; readonly y: number } | null;
  /** A coarse picture of where they are: the 16×16-px cells holding any, as "col,row". */
  readonly cells: readonly string[];
  /** Their connected patches (8-neighbours) of at least 20 px, largest first: size and mean position. */
  readonly blobs: readonly { readonly size: number; readonly x: number; readonly y: number }[];
}

/** Pixels of `rgb` (± `tolerance` per channel) in a PNG screenshot, decoded by the page (createImageBitmap). */
export async function colourPixels(page: Page, png: Buffer, rgb: readonly [number, number, number], tolerance = 12): Promise<ColourPixels> {
  return page.evaluate(
    async ({ base64, rgb, tolerance }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const mask = new Uint8Array(width * height);
      let count = 0;
      let sumX = 0;
      let sumY = 0;
      const cells = new Set<string>();
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (
            Math.abs(data[i]! - rgb[0]) <= tolerance &&
            Math.abs(data[i + 1]! - rgb[1]) <= tolerance &&
            Math.abs(data[i + 2]! - rgb[2]) <= tolerance
          ) {
            mask[y * width + x] = 1;
            count++;
            sumX += x;
            sumY += y;
            cells.add(`${Math.floor(x / 16)},${Math.floor(y / 16)}`);
          }
        }
      const blobs: { size: number; x: number; y: number }[] = [];
      for (let start = 0; start < mask.length; start++) {
        if (mask[start] !== 1) continue;
        mask[start] = 2;
        const stack = [start];
        let [size, bx, by] = [0, 0, 0];
        while (stack.length > 0) {
          const at = stack.pop()!;
          const [x, y] = [at % width, Math.floor(at / width)];
          size++;
          bx += x;
          by += y;
          for (let dy = -1; dy <= 1; dy++)
            for (let dx = -1; dx <= 1; dx++) {
              const [nx, ny] = [x + dx, y + dy];
              if (nx < 0 || ny < 0 || nx >= width || ny >= height || mask[ny * width + nx] !== 1) continue;
              mask[ny * width + nx] = 2;
              stack.push(ny * width + nx);
            }
        }
        if (size >= 20) blobs.push({ size, x: bx / size, y: by / size });
      }
      blobs.sort((a, b) => b.size - a.size);
      return { count, centroid: count ? { x: sumX / count, y: sumY / count } : null, cells: [...cells].sort(), blobs };
    },
    { base64: png.toString('base64'), rgb, tolerance },
  );
}
