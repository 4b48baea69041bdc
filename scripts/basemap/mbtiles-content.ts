// Test support: what an MBTiles file says, apart from how it is stored. SQLite's page layout and zlib's output may
// differ from one machine to another while the tileset is the same, so the tests compare this, not file bytes.
import Database from 'better-sqlite3';
import { gunzipSync } from 'node:zlib';
import { tmsRow } from '../../src/core/basemap/mbtiles-writer.ts';

export interface MbtilesContent {
  readonly metadata: Readonly<Record<string, string>>;
  /** 'z/x/y' (XYZ, rows from the north, as the map asks) → the tile's gunzipped bytes; in z, x, y order. */
  readonly tiles: ReadonlyMap<string, Buffer>;
}

interface TileRow {
  readonly z: number;
  readonly x: number;
  readonly row: number;
  readonly data: Buffer;
}

export function readMbtilesContent(file: string): MbtilesContent {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const metadata = db.prepare('SELECT name, value FROM metadata ORDER BY name').all() as { name: string; value: string }[];
    const rows = db.prepare('SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data AS data FROM tiles').all() as TileRow[];
    const tiles = rows
      .map(({ z, x, row, data }) => ({ z, x, y: tmsRow(z, row), data: gunzipSync(data) })) // tmsRow is its own inverse
      .sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y);
    return {
      metadata: Object.fromEntries(metadata.map(({ name, value }) => [name, value])),
      tiles: new Map(tiles.map(({ z, x, y, data }) => [`${z}/${x}/${y}`, data])),
    };
  } finally {
    db.close();
  }
}
