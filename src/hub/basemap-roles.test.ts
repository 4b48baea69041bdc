// Runs in: Node. Choosing the map's city basemap (map.basemap.set) is for a signed-in administrator: consoles
// signed in to a real hub with its demo accounts, over real cache and MBTiles files. The administrator's choice is
// checked first — a file that is not MBTiles, a raster tileset, a path with no file are refused and change
// nothing — and a good file is served at once; a dispatcher is told 'forbidden'. (Nobody signed in:
// src/core/basemap/handlers.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tileBytes, writeRasterTileset, writeVectorTileset } from '../core/basemap/test-support/tilesets.ts';
import { createConsoleCore, type ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { Role } from '../shared/auth/roles.ts';
import type { SessionInfo } from '../shared/api/session.ts';
import type { Hub } from './hub.ts';
import { eventually, hubAt } from './test-support/following-console.ts';

const cores: ConsoleCore[] = [];

/** A console signed in to `hub` as its demo `role`, with `demo` as its demo tileset. */
async function signedIn(hub: Hub, role: Role, demo: string): Promise<ConsoleCore> {
  const { username, password } = hub.demo!.users.find((u) => u.role === role)!;
  const core = createConsoleCore({
    dataDir: tempDir(),
    host: 'browser',
    version: 'test',
    demo: false,
    hub: { url: hub.url, credentials: { username, password } },
    basemapDemoFile: demo,
    log: () => {},
  });
  cores.push(core);
  await eventually(
    async () => ((await core.dispatch('session.get', {})) as { value: SessionInfo }).value.user?.role,
    (signed) => signed === role,
  );
  return core;
}

const basemap = async (core: ConsoleCore) => ((await core.dispatch('map.basemap', {})) as { value: unknown }).value;

describe('map.basemap.set and roles', () => {
  it('an administrator’s choice is checked, refused without change, or served at once; a dispatcher is forbidden', async () => {
    const root = tempDir();
    const hub = await hubAt(path.join(root, 'hub'), { units: 1 });
    const demo = writeVectorTileset(path.join(root, 'demo.mbtiles'), 'demo');
    const city = writeVectorTileset(path.join(root, 'city.mbtiles'), 'city');
    const notes = path.join(root, 'notes.mbtiles');
    fs.writeFileSync(notes, 'plain words, not an SQLite file. '.repeat(100));
    const raster = writeRasterTileset(path.join(root, 'raster.mbtiles'));
    try {
      const admin = await signedIn(hub, 'administrator', demo);
      const before = await basemap(admin);
      for (const [file, problem] of [
        [notes, 'not_mbtiles'],
        [raster, 'not_vector'],
        [path.join(root, 'missing.mbtiles'), 'missing'],
      ] as const) {
        expect(await admin.dispatch('map.basemap.set', { file })).toEqual({
          ok: false,
          error: { code: 'refused', issues: [{ path: 'file', code: problem }] },
        });
        expect(await basemap(admin)).toEqual(before);
      }
      expect(gunzipSync(admin.basemap.tile(0, 0, 0)!)).toEqual(tileBytes('demo', 0, 0, 0));

      const chosen = await admin.dispatch('map.basemap.set', { file: city });
      expect(chosen).toMatchObject({ ok: true, value: { source: 'city', cityFile: city, name: 'city', problem: null } });
      expect(await basemap(admin)).toEqual((chosen as { value: unknown }).value);
      expect(gunzipSync(admin.basemap.tile(0, 0, 0)!)).toEqual(tileBytes('city', 0, 0, 0));

      const dispatcher = await signedIn(hub, 'dispatcher', demo);
      expect(await dispatcher.dispatch('map.basemap.set', { file: city })).toEqual({ ok: false, error: { code: 'forbidden' } });
      expect(await dispatcher.dispatch('map.basemap.set', { file: null })).toEqual({ ok: false, error: { code: 'forbidden' } });
      expect(await basemap(dispatcher)).toMatchObject({ source: 'demo', cityFile: null });
    } finally {
      for (const core of cores.splice(0)) await core.close();
    }
  });
});
