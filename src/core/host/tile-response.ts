// Runs in: Node. One answer for "GET TILES_PATH z/x/y.pbf", used by both hosts (Electron's app:// protocol handler
// and the browser-mode web host), as renderer-asset.ts is for the renderer's files. Only a strict tile address is
// looked up (anything else is 404, so no request can name a file); the tileset decides 200 / 204 (no tile there);
// a tileset that cannot be read answers 503 and never throws out of the host. Tiles are stored gzipped: sent as they
// are to a client that accepts gzip, decompressed for one that does not (Electron's protocol handler).
import { gunzipSync } from 'node:zlib';
import { parseTileAddress } from '../basemap/tile-address.ts';

/** Where tiles come from (the core's BasemapService): throws when there is no usable tileset. */
export interface TileSource {
  tile(z: number, x: number, y: number): Buffer | null;
}

export interface TileResponse {
  readonly status: 200 | 204 | 404 | 503;
  readonly headers: Record<string, string>;
  /** null for every status but 200. */
  readonly body: Uint8Array | null;
}

const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Resource-Policy': 'same-origin' };
/** The tiles URL carries the file's version (?v=), so a tile — or its absence — may be kept for a day. */
const CACHED = { ...COMMON, 'Cache-Control': 'private, max-age=86400' };
const NOT_CACHED = { ...COMMON, 'Cache-Control': 'no-store' };

const isGzip = (data: Uint8Array) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;

const empty = (status: 204 | 404 | 503): TileResponse => ({
  status,
  headers: { ...(status === 204 ? CACHED : NOT_CACHED), 'Content-Length': '0' },
  body: null,
});

/** The answer when the tileset cannot be asked at all (e.g. the core's worker or process is gone). */
export const TILES_UNAVAILABLE: TileResponse = empty(503);

/** `rest`: the request's path after TILES_PATH, without the query. */
export function tileResponse(source: TileSource, rest: string, options: { readonly acceptsGzip: boolean }): TileResponse {
  const address = parseTileAddress(rest);
  if (!address) return empty(404);
  let data: Buffer | null;
  try {
    data = source.tile(address.z, address.x, address.y);
  } catch {
    return empty(503); // no tileset, or one SQLite cannot read (damaged): never the host's end
  }
  if (!data || data.length === 0) return empty(204);
  let body: Uint8Array = data;
  const headers: Record<string, string> = { ...CACHED, 'Content-Type': 'application/x-protobuf', Vary: 'Accept-Encoding' };
  if (isGzip(data) && options.acceptsGzip) headers['Content-Encoding'] = 'gzip';
  else if (isGzip(data)) {
    try {
      body = gunzipSync(data);
    } catch {
      return empty(503); // a damaged tile
    }
  }
  headers['Content-Length'] = String(body.byteLength);
  return { status: 200, headers, body };
}
