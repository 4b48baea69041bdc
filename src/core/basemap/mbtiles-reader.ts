// Runs in: Node. Reads vector tiles from an MBTiles file (an SQLite database), read-only. Opening checks that the
// file is one (tables or views `metadata` and `tiles`, as planetiler's deduplicated files have) and holds vector
// tiles; each lookup is one prepared statement. A file damaged after its header never crashes the host: a lookup
// that SQLite cannot answer throws a BasemapFileError, which the tile route answers with 503.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { BasemapFileError } from './basemap-file-error.ts';
import { parseMetadata, type MbtilesMetadata } from './mbtiles-metadata.ts';
import { tmsRow } from './mbtiles-writer.ts';

export interface MbtilesReader {
  readonly file: string;
  readonly metadata: MbtilesMetadata;
  /** The stored bytes of tile z/x/y (XYZ addressing, as the map asks), usually gzip-compressed; null: no such tile. */
  tile(z: number, x: number, y: number): Buffer | null;
  close(): void;
}

export interface OpenMbtilesOptions {
  /** Electron's build of better-sqlite3 (as the cache's). */
  readonly nativeBinding?: string;
}

const isSqliteError = (err: unknown): boolean => err instanceof Database.SqliteError;

function openDatabase(file: string, options: OpenMbtilesOptions): Database.Database {
  let isFile: boolean;
  try {
    isFile = fs.statSync(file).isFile();
  } catch (err) {
    throw new BasemapFileError('missing', { cause: err });
  }
  if (!isFile) throw new BasemapFileError('missing');
  try {
    return new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch (err) {
    // Not readable by this process (permissions, a file that went away meanwhile). Anything else — a native
    // module that does not load — is not the file's fault and is not reported as if it were.
    if (isSqliteError(err) || err instanceof TypeError) throw new BasemapFileError('missing', { cause: err });
    throw err;
  }
}

function check(db: Database.Database, file: string): { metadata: MbtilesMetadata; lookup: Database.Statement } {
  try {
    const objects = db
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name IN ('metadata', 'tiles')")
      .pluck()
      .all() as string[];
    if (objects.length !== 2) throw new BasemapFileError('not_mbtiles');
    const rows = db.prepare('SELECT name, value FROM metadata').raw().all() as [unknown, unknown][];
    const entries = new Map(rows.filter((row): row is [string, string] => typeof row[0] === 'string' && typeof row[1] === 'string'));
    const metadata = parseMetadata(entries, path.basename(file, path.extname(file)));
    if (metadata.format !== 'pbf') throw new BasemapFileError('not_vector');
    const lookup = db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?').pluck();
    return { metadata, lookup };
  } catch (err) {
    if (err instanceof BasemapFileError) throw err;
    // SQLITE_NOTADB (not an SQLite file), SQLITE_CORRUPT, a `tiles` without the MBTiles columns…
    if (isSqliteError(err)) throw new BasemapFileError('not_mbtiles', { cause: err });
    throw err;
  }
}

/** Opens and checks `file`; throws BasemapFileError ('missing' | 'not_mbtiles' | 'not_vector') when it cannot serve. */
export function openMbtiles(file: string, options: OpenMbtilesOptions = {}): MbtilesReader {
  const db = openDatabase(file, options);
  let checked: ReturnType<typeof check>;
  try {
    checked = check(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  const { metadata, lookup } = checked;
  return {
    file,
    metadata,
    tile(z, x, y) {
      let data: unknown;
      try {
        data = lookup.get(z, x, tmsRow(z, y));
      } catch (err) {
        throw new BasemapFileError('not_mbtiles', { cause: err }); // damaged pages, a file truncated under us…
      }
      if (data === undefined || data === null) return null;
      if (Buffer.isBuffer(data)) return data;
      throw new BasemapFileError('not_mbtiles'); // tile_data that is not a blob
    },
    close: () => db.close(),
  };
}
