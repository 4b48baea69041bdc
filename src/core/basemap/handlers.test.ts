// Runs in: Node. map.basemap and map.basemap.set through the real console core (no hub: nobody signed in) over a
// real cache file and real MBTiles files: anyone reads the basemap; choosing one needs a signed-in administrator
// (src/hub/basemap-roles.test.ts signs in with a hub's accounts); the saved choice is out of reach of prefs.*.
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleCore, type ConsoleCore } from '../console-core.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { CITY_FILE_PREF_KEY } from './city-file-pref.ts';
import { tileBytes, writeVectorTileset } from './test-support/tilesets.ts';

const cores: ConsoleCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

function setup() {
  const dir = tempDir();
  const demo = writeVectorTileset(path.join(dir, 'demo.mbtiles'), 'demo');
  const city = writeVectorTileset(path.join(dir, 'city.mbtiles'), 'city');
  const core = createConsoleCore({
    dataDir: path.join(dir, 'data'),
    host: 'browser',
    version: 't',
    demo: false,
    hub: null,
    basemapDemoFile: demo,
    log: () => {},
  });
  cores.push(core);
  return { core, city };
}

describe('the basemap methods', () => {
  it('map.basemap: what is served, for anyone', async () => {
    const { core } = setup();
    const answer = await core.dispatch('map.basemap', {});
    expect(answer).toMatchObject({
      ok: true,
      value: { source: 'demo', name: 'demo', cityFile: null, problem: null, minzoom: 0, maxzoom: 14 },
    });
    expect(gunzipSync(core.basemap.tile(0, 0, 0)!)).toEqual(tileBytes('demo', 0, 0, 0));
    expect(await core.dispatch('map.basemap', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('map.basemap.set: forbidden with nobody signed in, and nothing changes', async () => {
    const { core, city } = setup();
    expect(await core.dispatch('map.basemap.set', { file: city })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await core.dispatch('map.basemap.set', { file: null })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await core.dispatch('map.basemap', {})).toMatchObject({ ok: true, value: { source: 'demo', cityFile: null } });
  });

  it('map.basemap.set: checks its input before anything else', async () => {
    const { core } = setup();
    for (const input of [
      {},
      { file: '' },
      { file: '   ' },
      { file: 'a\u0000b' },
      { file: 'x'.repeat(1_001) },
      { file: 1 },
      { file: null, more: 1 },
    ]) {
      expect(await core.dispatch('map.basemap.set', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('the saved choice cannot be read or written through prefs.*', async () => {
    const { core, city } = setup();
    expect(await core.dispatch('prefs.set', { key: CITY_FILE_PREF_KEY, value: city })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await core.dispatch('prefs.get', { key: CITY_FILE_PREF_KEY })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('closing the core closes the tileset', async () => {
    const { core } = setup();
    expect(core.basemap.tile(0, 0, 0)).not.toBeNull();
    await core.close();
    cores.splice(0);
    expect(() => core.basemap.tile(0, 0, 0)).toThrow();
  });
});
