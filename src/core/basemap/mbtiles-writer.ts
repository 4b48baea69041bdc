// Runs in: Node. Writes an MBTiles 1.3 file (an SQLite database: metadata + tiles, rows in TMS order) from tiles
// in XYZ addressing. Used by `npm run basemap` (the demo tileset), tests and the tile benchmark. The tile bytes are
// stored as given: vector tiles in MBTiles are gzip-compressed by the caller.
import Database from 'better-sqlite3';
import fs from 'node:fs';

export interface TileToWrite {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  readonly data: Uint8Array;
}

const SCHEMA = `
  CREATE TABLE metadata (name TEXT NOT NULL, value TEXT);
  CREATE TABLE tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL);
  CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);
`;

/** MBTiles rows count from the south (TMS); the web map counts from the north (XYZ). */
export const tmsRow = (z: number, y: number): number => 2 ** z - 1 - y;

/** Writes `file` afresh (an existing file is replaced) in one transaction. */
export function writeMbtiles(file: string, metadata: Readonly<Record<string, string>>, tiles: Iterable<TileToWrite>): void {
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  try {
    db.exec(SCHEMA);
    const meta = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
    const tile = db.prepare('INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const [name, value] of Object.entries(metadata)) meta.run(name, value);
      for (const t of tiles) tile.run(t.z, t.x, tmsRow(t.z, t.y), Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    })();
  } finally {
    db.close();
  }
}
