import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client.ts';
import { IMG_ORIGINS_PLACEHOLDER } from '../../shared/security/csp.ts';
import { checkTileForm } from './tile-form.ts';
import { createTileSourceStore, drawableSource, pageImageOrigins } from './tile-source-store.ts';

const OSM = { urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap' };
const doc = (content: string | null) => ({
  querySelector: () => (content === null ? null : ({ getAttribute: () => content } as unknown as Element)),
});

describe('what this page may draw', () => {
  it('reads the origins the host wrote into the page', () => {
    expect(pageImageOrigins(doc(''))).toEqual([]);
    expect(pageImageOrigins(doc('https://tile.openstreetmap.org'))).toEqual(['https://tile.openstreetmap.org']);
    // served without a CSP (the dev server): anything goes
    expect(pageImageOrigins(doc(IMG_ORIGINS_PLACEHOLDER))).toBe('any');
    expect(pageImageOrigins(doc(null))).toBe('any');
  });

  it('draws the saved source only when its origin is allowed', () => {
    expect(drawableSource(null, ['https://tile.openstreetmap.org'])).toBeNull();
    expect(drawableSource(OSM, ['https://tile.openstreetmap.org'])).toBe(OSM);
    expect(drawableSource(OSM, [])).toBeNull();
    expect(drawableSource(OSM, ['https://tiles.example.com'])).toBeNull();
    expect(drawableSource(OSM, 'any')).toBe(OSM);
  });
});

function fakeApi(saved: unknown) {
  const call = vi.fn(async (method: string, input: { key: string; value?: unknown }) => {
    if (method === 'prefs.get') return { value: saved };
    saved = input.value;
    return { saved: true };
  });
  return { api: { call, on: () => () => {} } as unknown as ApiClient, call };
}

describe('tile source store', () => {
  it('loads the saved source once; a new origin waits for a reload, clearing applies at once', async () => {
    const { api, call } = fakeApi(null);
    const store = createTileSourceStore(api, []);
    expect(store.getSnapshot()).toMatchObject({ loaded: false, active: null });
    await vi.waitFor(() => expect(store.getSnapshot().loaded).toBe(true));
    expect(store.getSnapshot()).toEqual({ loaded: true, saved: null, active: null, reloadNeeded: false });

    await store.save(OSM);
    expect(call).toHaveBeenLastCalledWith('prefs.set', { key: 'map.tileSource', value: OSM });
    expect(store.getSnapshot()).toEqual({ loaded: true, saved: OSM, active: null, reloadNeeded: true });

    await store.save(null);
    expect(store.getSnapshot()).toEqual({ loaded: true, saved: null, active: null, reloadNeeded: false });
  });

  it('draws a saved source whose origin the page allows', async () => {
    const store = createTileSourceStore(fakeApi(OSM).api, ['https://tile.openstreetmap.org']);
    await vi.waitFor(() => expect(store.getSnapshot().active).toEqual(OSM));
    await store.save(null);
    expect(store.getSnapshot().active).toBeNull();
  });

  it('ignores a saved value that is not a valid source', async () => {
    const store = createTileSourceStore(fakeApi({ urlTemplate: 'http://evil.example/{z}/{x}/{y}', attribution: 'x' }).api, 'any');
    await vi.waitFor(() => expect(store.getSnapshot().loaded).toBe(true));
    expect(store.getSnapshot().saved).toBeNull();
  });
});

describe('tile form', () => {
  it('trims and checks both fields', () => {
    expect(checkTileForm({ urlTemplate: `  ${OSM.urlTemplate} `, attribution: ' © OpenStreetMap ' })).toEqual({ source: OSM });
    expect(checkTileForm({ urlTemplate: '', attribution: '' })).toEqual({
      problems: { urlTemplate: 'empty', attribution: 'attribution_empty' },
    });
    expect(checkTileForm({ urlTemplate: 'http://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: 'x' })).toEqual({
      problems: { urlTemplate: 'scheme' },
    });
  });
});
