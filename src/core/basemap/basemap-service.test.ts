// Runs in: Node. The core's current basemap over real MBTiles files and a real cache file: the demo tileset by
// default; a chosen city file checked, saved (it survives a restart) and served; a file that cannot serve refused
// with nothing changed; a saved file gone at start reported while the demo tiles are still served; no tileset at all.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api/result.ts';
import { HandlerError } from '../api/dispatch.ts';
import { CacheSession } from '../cache/cache-session.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { BasemapFileError } from './basemap-file-error.ts';
import { BasemapService } from './basemap-service.ts';
import { CITY_FILE_PREF_KEY } from './city-file-pref.ts';
import { tileBytes, writeRasterTileset, writeVectorTileset } from './test-support/tilesets.ts';

const opened: { service: BasemapService; session: CacheSession }[] = [];
/** Closes every service and its cache (one process per cache: the next start opens it again). */
function stopAll(): void {
  for (const { service, session } of opened.splice(0)) {
    service.close();
    session.close();
  }
}
afterEach(stopAll);

/** A service over the cache in `dataDir`, opened afresh as after a restart (the ones before are stopped). */
function start(dataDir: string, demoFile: string): BasemapService {
  stopAll();
  const session = new CacheSession(
    dataDir,
    {},
    () => {},
    () => {},
  );
  session.open();
  const service = new BasemapService({ demoFile, session });
  opened.push({ service, session });
  return service;
}

function setup() {
  const dir = tempDir();
  return {
    dataDir: path.join(dir, 'data'),
    demo: writeVectorTileset(path.join(dir, 'demo.mbtiles'), 'demo'),
    city: writeVectorTileset(path.join(dir, 'city.mbtiles'), 'city', { extra: [[10, 353, 616]] }),
    dir,
  };
}

const labelOf = (service: BasemapService) =>
  gunzipSync(service.tile(0, 0, 0)!)
    .toString()
    .split(' ')[0];

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (err) {
    if (err instanceof HandlerError) return err.apiError;
    throw err;
  }
  throw new Error('not refused');
}

describe('BasemapService', () => {
  it('serves the demo tileset until a city file is chosen', () => {
    const { dataDir, demo } = setup();
    const service = start(dataDir, demo);
    const info = service.info();
    expect(info).toMatchObject({
      source: 'demo',
      name: 'demo',
      cityFile: null,
      problem: null,
      attribution: '© OpenStreetMap contributors',
    });
    expect(info.tilesUrl).toMatch(/^\/tiles\/\{z\}\/\{x\}\/\{y\}\.pbf\?v=[\w-]{10}$/);
    expect(gunzipSync(service.tile(0, 0, 0)!)).toEqual(tileBytes('demo', 0, 0, 0));
    expect(service.tile(14, 0, 0)).toBeNull();
  });

  it('switches to a chosen city file, keeps the choice across a restart, and back to the demo with null', () => {
    const { dataDir, demo, city } = setup();
    const service = start(dataDir, demo);
    const demoUrl = service.info().tilesUrl;
    const chosen = service.choose(city);
    expect(chosen).toMatchObject({ source: 'city', name: 'city', cityFile: city, problem: null });
    expect(chosen.tilesUrl).not.toBe(demoUrl);
    expect(labelOf(service)).toBe('city');
    expect(gunzipSync(service.tile(10, 353, 616)!)).toEqual(tileBytes('city', 10, 353, 616));

    const again = start(dataDir, demo);
    expect(again.info()).toMatchObject({ source: 'city', cityFile: city, tilesUrl: chosen.tilesUrl });
    expect(again.choose(null)).toMatchObject({ source: 'demo', cityFile: null, problem: null, tilesUrl: demoUrl });
    expect(labelOf(again)).toBe('demo');
    expect(start(dataDir, demo).info()).toMatchObject({ source: 'demo', cityFile: null });
  });

  it('stores a chosen relative path as an absolute one', () => {
    const { dataDir, demo, city } = setup();
    const service = start(dataDir, demo);
    expect(service.choose(path.relative(process.cwd(), city)).cityFile).toBe(city);
  });

  it('refuses a file that cannot serve, with its problem, and changes nothing', () => {
    const { dataDir, demo, city, dir } = setup();
    const service = start(dataDir, demo);
    service.choose(city);
    const before = service.info();
    const notes = path.join(dir, 'notes.mbtiles');
    fs.writeFileSync(notes, 'not sqlite at all '.repeat(100));
    const cases = [
      [notes, 'not_mbtiles'],
      [writeRasterTileset(path.join(dir, 'raster.mbtiles')), 'not_vector'],
      [path.join(dir, 'gone.mbtiles'), 'missing'],
    ] as const;
    for (const [file, problem] of cases) {
      expect(refusal(() => service.choose(file))).toEqual({ code: 'refused', issues: [{ path: 'file', code: problem }] });
      expect(service.info()).toEqual(before);
      expect(labelOf(service)).toBe('city');
    }
    expect(start(dataDir, demo).info().cityFile).toBe(city);
  });

  it('serves the demo tiles and reports the problem when the saved file is gone at start; uses it again once it is back', () => {
    const { dataDir, demo, city, dir } = setup();
    start(dataDir, demo).choose(city);
    const away = path.join(dir, 'away.mbtiles');
    fs.renameSync(city, away);
    const service = start(dataDir, demo);
    expect(service.info()).toMatchObject({ source: 'demo', name: 'demo', cityFile: city, problem: 'missing' });
    expect(labelOf(service)).toBe('demo');
    fs.renameSync(away, city);
    expect(service.info()).toMatchObject({ source: 'city', cityFile: city, problem: null });
    expect(labelOf(service)).toBe('city');
  });

  it('changes the tiles URL when the file changes', () => {
    const { dataDir, demo, city } = setup();
    const service = start(dataDir, demo);
    const first = service.choose(city).tilesUrl;
    writeVectorTileset(city, 'city', { extra: [[5, 1, 1]] });
    fs.utimesSync(city, new Date(), new Date(Date.now() + 60_000));
    const second = service.choose(city);
    expect(second.tilesUrl).not.toBe(first);
    expect(service.tile(5, 1, 1)).not.toBeNull();
  });

  it('with no usable tileset at all: info says why, tile lookups throw BasemapFileError', () => {
    const { dataDir, dir } = setup();
    const service = start(dataDir, path.join(dir, 'no-demo.mbtiles'));
    expect(service.info()).toMatchObject({ source: 'demo', problem: 'missing', cityFile: null, center: [-64.1833, -31.4167, 12] });
    expect(() => service.tile(0, 0, 0)).toThrow(BasemapFileError);
  });

  it('saves the choice in the prefs table under its own key', () => {
    const { dataDir, demo, city } = setup();
    const session = new CacheSession(
      dataDir,
      {},
      () => {},
      () => {},
    );
    session.open();
    const service = new BasemapService({ demoFile: demo, session });
    opened.push({ service, session });
    service.choose(city);
    expect(session.use((cache) => cache.prefs.get(CITY_FILE_PREF_KEY))).toBe(city);
  });

  it('after close, serves nothing', () => {
    const { dataDir, demo } = setup();
    const service = start(dataDir, demo);
    service.info();
    service.close();
    expect(() => service.tile(0, 0, 0)).toThrow(BasemapFileError);
  });
});
