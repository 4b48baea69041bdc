// Runs in: Node (tests and benches only). Small real MBTiles files for the basemap's tests: a vector tileset whose
// tiles are gzipped bytes that say where they are (so a test can tell which file and which tile it got), a raster
// one, and a damaged copy.
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tileAt } from '../../../shared/geo/web-mercator.ts';
import { writeMbtiles, type TileToWrite } from '../mbtiles-writer.ts';

/** The uncompressed bytes of tile z/x/y of the tileset called `label`. */
export const tileBytes = (label: string, z: number, x: number, y: number): Buffer => Buffer.from(`${label} ${z}/${x}/${y}`);

export const VECTOR_METADATA = {
  name: 'Córdoba de prueba',
  format: 'pbf',
  minzoom: '0',
  maxzoom: '14',
  bounds: '-64.35,-31.55,-64.05,-31.28',
  center: '-64.1833,-31.4167,13',
  attribution: '<a href="https://www.openstreetmap.org/copyright" target="_blank">&copy; OpenStreetMap contributors</a>',
};

/** Every tile of zooms 0..maxZoom that covers Córdoba's centre, plus `extra`. */
export function cordobaTiles(label: string, maxZoom = 6, extra: readonly [number, number, number][] = []): TileToWrite[] {
  const tiles: TileToWrite[] = [];
  const at = (z: number, x: number, y: number) => tiles.push({ z, x, y, data: gzipSync(tileBytes(label, z, x, y)) });
  for (let z = 0; z <= maxZoom; z++) {
    const tile = tileAt({ lng: -64.1833, lat: -31.4167 }, z);
    at(z, tile.x, tile.y);
  }
  for (const [z, x, y] of extra) at(z, x, y);
  return tiles;
}

/** A vector MBTiles file whose tiles are gzip(tileBytes(label, z, x, y)). */
export function writeVectorTileset(
  file: string,
  label: string,
  options: { metadata?: Record<string, string>; extra?: readonly [number, number, number][] } = {},
): string {
  writeMbtiles(file, { ...VECTOR_METADATA, name: label, ...options.metadata }, cordobaTiles(label, 6, options.extra));
  return file;
}

/** An MBTiles file of PNG images (format png): a real MBTiles file, but not vector tiles. */
export function writeRasterTileset(file: string): string {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  writeMbtiles(file, { name: 'raster', format: 'png' }, [{ z: 0, x: 0, y: 0, data: png }]);
  return file;
}

/**
 * A vector tileset big enough to span many pages (`tiles` tiles of ~2 KB incompressible bytes, zoom 10), then
 * damaged: the middle third overwritten with garbage. Its header (page 1) is intact, so it still opens.
 */
export function writeDamagedTileset(file: string, tiles = 3_000): { file: string; addresses: [number, number, number][] } {
  const addresses: [number, number, number][] = [];
  const rows: TileToWrite[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < tiles; i++) {
    const [x, y] = [300 + (i % 60), 600 + Math.floor(i / 60)];
    addresses.push([10, x, y]);
    const noise = Buffer.alloc(2_000);
    for (let b = 0; b < noise.length; b++) noise[b] = random() & 0xff;
    rows.push({ z: 10, x, y, data: Buffer.concat([Buffer.from([0x1f, 0x8b]), noise]) });
  }
  writeMbtiles(file, VECTOR_METADATA, rows);
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(Math.floor(size / 3), 0xa5), 0, Math.floor(size / 3), Math.floor(size / 3));
  } finally {
    fs.closeSync(fd);
  }
  return { file, addresses };
}
