// Runs in: Node. The console's current basemap: the city file an administrator chose (kept in the cache), else the
// project's demo tileset. One reader is kept open (opened at first use) and replaced when the choice changes. A
// chosen file that cannot be opened (moved, damaged) is reported as `problem` while the demo tileset is served;
// with no tileset at all, tile lookups throw BasemapFileError (the tile route answers 503).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TILES_PATH, type BasemapInfo, type BasemapProblem } from '../../shared/geo/basemap-info.ts';
import { HandlerError } from '../api/dispatch.ts';
import type { CacheSession } from '../cache/cache-session.ts';
import { BasemapFileError } from './basemap-file-error.ts';
import { readCityFile, saveCityFile } from './city-file-pref.ts';
import { parseMetadata } from './mbtiles-metadata.ts';
import { openMbtiles, type MbtilesReader } from './mbtiles-reader.ts';

export interface BasemapServiceOptions {
  /** The demo tileset (resources/basemap/cordoba-demo.mbtiles in the project; tests pass their own). */
  readonly demoFile: string;
  /** Where the choice is kept (the prefs table). */
  readonly session: CacheSession;
  readonly nativeBinding?: string;
  readonly log?: (message: string, err?: unknown) => void;
}

interface Current {
  /** null: neither the chosen file nor the demo tileset could be opened. */
  readonly reader: MbtilesReader | null;
  readonly source: 'demo' | 'city';
  readonly cityFile: string | null;
  readonly problem: BasemapProblem | null;
  /** Changes when the file served, its size or its modification time does: the tiles URL's ?v=. */
  readonly version: string;
}

const NO_METADATA = parseMetadata(new Map(), '');

function versionOf(file: string): string {
  const stat = fs.statSync(file);
  return createHash('sha256').update(`${file}\0${stat.size}\0${stat.mtimeMs}`).digest('base64url').slice(0, 10);
}

export class BasemapService {
  private current: Current | null = null;
  private closed = false;
  private readonly log: (message: string, err?: unknown) => void;

  constructor(private readonly options: BasemapServiceOptions) {
    this.log = options.log ?? (() => {});
  }

  /** What the map needs to show the current basemap. A chosen file that failed to open is tried again. */
  info(): BasemapInfo {
    const current = this.ensure();
    const saved = this.savedChoice();
    const choice = saved === undefined ? current.cityFile : saved;
    if (!this.closed && (choice !== current.cityFile || current.problem !== null)) this.replace(this.load(choice));
    return this.infoOf(this.ensure());
  }

  /** The stored bytes of a tile (XYZ), null when the tileset has none there; throws BasemapFileError when there is no usable tileset. */
  tile(z: number, x: number, y: number): Buffer | null {
    const { reader, problem } = this.ensure();
    if (!reader) throw new BasemapFileError(problem ?? 'missing');
    return reader.tile(z, x, y);
  }

  /**
   * Makes `file` the basemap (null: the demo tileset). The file is opened and checked first: one that cannot serve
   * is refused ('refused', issue { path: 'file', code: problem }) and nothing changes. Then saved, then served.
   */
  choose(file: string | null): BasemapInfo {
    if (file === null) {
      this.options.session.use((cache) => saveCityFile(cache.prefs, null));
      this.replace(this.load(null));
      return this.infoOf(this.ensure());
    }
    const absolute = path.resolve(file);
    let reader: MbtilesReader;
    try {
      reader = openMbtiles(absolute, { nativeBinding: this.options.nativeBinding });
    } catch (err) {
      if (err instanceof BasemapFileError) throw new HandlerError({ code: 'refused', issues: [{ path: 'file', code: err.problem }] });
      throw err;
    }
    try {
      const version = versionOf(absolute);
      this.options.session.use((cache) => saveCityFile(cache.prefs, absolute));
      this.replace({ reader, source: 'city', cityFile: absolute, problem: null, version });
    } catch (err) {
      reader.close();
      throw err;
    }
    return this.infoOf(this.ensure());
  }

  close(): void {
    this.closed = true;
    this.current?.reader?.close();
    this.current = { reader: null, source: 'demo', cityFile: null, problem: null, version: 'closed' };
  }

  private ensure(): Current {
    this.current ??= this.load(this.savedChoice() ?? null);
    return this.current;
  }

  /** The saved choice; undefined when the cache cannot be read (the current choice then stands). */
  private savedChoice(): string | null | undefined {
    try {
      return this.options.session.use((cache) => readCityFile(cache.prefs));
    } catch {
      return undefined;
    }
  }

  private replace(next: Current): void {
    this.current?.reader?.close();
    this.current = next;
  }

  private load(cityFile: string | null): Current {
    let problem: BasemapProblem | null = null;
    if (cityFile !== null) {
      const city = this.open(cityFile);
      if ('reader' in city) return { reader: city.reader, source: 'city', cityFile, problem: null, version: city.version };
      problem = city.problem;
    }
    const demo = this.open(this.options.demoFile);
    if ('reader' in demo) return { reader: demo.reader, source: 'demo', cityFile, problem, version: demo.version };
    return { reader: null, source: 'demo', cityFile, problem: problem ?? demo.problem, version: 'none' };
  }

  private open(file: string): { reader: MbtilesReader; version: string } | { problem: BasemapProblem } {
    try {
      const reader = openMbtiles(file, { nativeBinding: this.options.nativeBinding });
      try {
        return { reader, version: versionOf(file) };
      } catch (err) {
        reader.close();
        throw err;
      }
    } catch (err) {
      if (err instanceof BasemapFileError) return { problem: err.problem };
      this.log(`the basemap ${file} could not be opened`, err);
      return { problem: 'missing' };
    }
  }

  private infoOf(current: Current): BasemapInfo {
    const metadata = current.reader?.metadata ?? NO_METADATA;
    return {
      source: current.source,
      tilesUrl: `${TILES_PATH}{z}/{x}/{y}.pbf?v=${current.version}`,
      name: metadata.name,
      attribution: metadata.attribution,
      minzoom: metadata.minzoom,
      maxzoom: metadata.maxzoom,
      bounds: metadata.bounds,
      center: metadata.center,
      cityFile: current.cityFile,
      problem: current.problem,
    };
  }
}
