// Runs in: Node. The part of a tile URL after TILES_PATH, read strictly: `z/x/y.pbf` in decimal digits with z ≤ 24
// and x, y inside that zoom's grid. Anything else — `..`, %-escapes, a second extension, a number too large — is
// simply not an address (the route answers 404), so no request can name anything but a tile.
import { MAX_ZOOM } from './mbtiles-metadata.ts';

export interface TileAddress {
  readonly z: number;
  readonly x: number;
  readonly y: number;
}

const ADDRESS = /^(\d{1,2})\/(\d{1,8})\/(\d{1,8})\.pbf$/;

export function parseTileAddress(rest: string): TileAddress | null {
  const match = ADDRESS.exec(rest);
  if (!match) return null;
  const [z, x, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (z > MAX_ZOOM) return null;
  const size = 2 ** z;
  return x < size && y < size ? { z, x, y } : null;
}
