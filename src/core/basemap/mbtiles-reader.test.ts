// Runs in: Node. Opening real MBTiles files written in a temp folder: a good vector tileset (XYZ in, the TMS row
// looked up, the metadata as plain text with defaults), and every file that must be refused with its problem —
// missing, a folder, not SQLite, SQLite without the tables, raster tiles — and a file damaged after its header,
// whose lookups may fail but only with a BasemapFileError.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import { BasemapFileError } from './basemap-file-error.ts';
import { openMbtiles } from './mbtiles-reader.ts';
import { writeMbtiles } from './mbtiles-writer.ts';
import { tileBytes, writeDamagedTileset, writeRasterTileset, writeVectorTileset } from './test-support/tilesets.ts';

const problemOf = (file: string): string => {
  try {
    openMbtiles(file).close();
    return 'opened';
  } catch (err) {
    if (err instanceof BasemapFileError) return err.problem;
    throw err;
  }
};

describe('openMbtiles', () => {
  it('reads tiles by XYZ address (stored in TMS rows) and the metadata as plain text', () => {
    const file = writeVectorTileset(path.join(tempDir(), 'city.mbtiles'), 'city', { extra: [[3, 2, 1]] });
    const reader = openMbtiles(file);
    try {
      expect(gunzipSync(reader.tile(3, 2, 1)!)).toEqual(tileBytes('city', 3, 2, 1));
      expect(gunzipSync(reader.tile(0, 0, 0)!)).toEqual(tileBytes('city', 0, 0, 0));
      expect(reader.tile(3, 2, 6)).toBeNull(); // the same TMS row counted the other way is not there
      expect(reader.tile(14, 0, 0)).toBeNull();
      expect(reader.metadata).toEqual({
        name: 'city',
        attribution: '© OpenStreetMap contributors',
        format: 'pbf',
        minzoom: 0,
        maxzoom: 14,
        bounds: [-64.35, -31.55, -64.05, -31.28],
        center: [-64.1833, -31.4167, 13],
      });
    } finally {
      reader.close();
    }
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT tile_row FROM tiles WHERE zoom_level = 3 AND tile_column = 2').pluck().all()).toContain(6);
    raw.close();
  });

  it('falls back to defaults for absent or senseless metadata: the file name, the world, Córdoba at zoom 12', () => {
    const file = path.join(tempDir(), 'sin-datos.mbtiles');
    writeMbtiles(file, { format: 'pbf', bounds: '1,2,3', center: 'a,b', minzoom: '-1', maxzoom: '99' }, []);
    const reader = openMbtiles(file);
    expect(reader.metadata).toMatchObject({
      name: 'sin-datos',
      attribution: '',
      minzoom: 0,
      maxzoom: 14,
      bounds: [-180, -85.0511287798066, 180, 85.0511287798066],
      center: [-64.1833, -31.4167, 12],
    });
    reader.close();
  });

  it('accepts planetiler-style files whose tiles table is a view', () => {
    const file = path.join(tempDir(), 'dedup.mbtiles');
    const db = new Database(file);
    db.exec(`
      CREATE TABLE metadata (name TEXT, value TEXT);
      INSERT INTO metadata VALUES ('format', 'pbf');
      CREATE TABLE tiles_shallow (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data_id INTEGER);
      CREATE TABLE tiles_data (tile_data_id INTEGER PRIMARY KEY, tile_data BLOB);
      CREATE VIEW tiles AS SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles_shallow JOIN tiles_data USING (tile_data_id);
      INSERT INTO tiles_data VALUES (1, x'1f8b0000');
      INSERT INTO tiles_shallow VALUES (1, 0, 0, 1), (1, 1, 1, 1);
    `);
    db.close();
    const reader = openMbtiles(file);
    expect(reader.tile(1, 0, 1)).toEqual(Buffer.from([0x1f, 0x8b, 0, 0]));
    expect(reader.tile(1, 1, 0)).toEqual(Buffer.from([0x1f, 0x8b, 0, 0]));
    expect(reader.tile(1, 0, 0)).toBeNull();
    reader.close();
  });

  it('refuses what cannot serve, with the reason', () => {
    const dir = tempDir();
    const notSqlite = path.join(dir, 'notes.mbtiles');
    fs.writeFileSync(notSqlite, 'this is not an SQLite file, only words. '.repeat(200));
    const empty = path.join(dir, 'empty.mbtiles');
    fs.writeFileSync(empty, '');
    const otherDb = path.join(dir, 'other.sqlite3');
    new Database(otherDb).exec('CREATE TABLE metadata (name TEXT, value TEXT)').close();
    const noFormat = path.join(dir, 'no-format.mbtiles');
    writeMbtiles(noFormat, { name: 'x' }, []);

    expect(problemOf(path.join(dir, 'nowhere.mbtiles'))).toBe('missing');
    expect(problemOf(path.join(dir, 'no-such-folder', 'x.mbtiles'))).toBe('missing');
    expect(problemOf(dir)).toBe('missing');
    expect(problemOf(notSqlite)).toBe('not_mbtiles');
    expect(problemOf(empty)).toBe('not_mbtiles');
    expect(problemOf(otherDb)).toBe('not_mbtiles');
    expect(problemOf(writeRasterTileset(path.join(dir, 'raster.mbtiles')))).toBe('not_vector');
    expect(problemOf(noFormat)).toBe('not_vector');
  });

  it('never opens the file for writing', () => {
    const file = writeVectorTileset(path.join(tempDir(), 'city.mbtiles'), 'city');
    const before = fs.readFileSync(file);
    const reader = openMbtiles(file);
    reader.tile(0, 0, 0);
    reader.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['city.mbtiles']);
  });

  it('answers lookups in a file damaged after its header with tiles, null or a BasemapFileError — nothing else', () => {
    const { file, addresses } = writeDamagedTileset(path.join(tempDir(), 'damaged.mbtiles'));
    const reader = openMbtiles(file);
    const outcomes = { tile: 0, none: 0, error: 0 };
    for (const [z, x, y] of addresses) {
      try {
        if (reader.tile(z, x, y)) outcomes.tile++;
        else outcomes.none++;
      } catch (err) {
        expect(err).toBeInstanceOf(BasemapFileError);
        expect((err as BasemapFileError).problem).toBe('not_mbtiles');
        outcomes.error++;
      }
    }
    reader.close();
    expect(outcomes.error).toBeGreaterThan(0); // the damage was seen (SQLITE_CORRUPT)
  });

  it('answers a lookup after close with a BasemapFileError', () => {
    const reader = openMbtiles(writeVectorTileset(path.join(tempDir(), 'city.mbtiles'), 'city'));
    reader.close();
    expect(() => reader.tile(0, 0, 0)).toThrow(BasemapFileError);
  });
});
