import { describe, expect, it } from 'vitest';
import { project, unproject } from '../../../../shared/geo/projection.ts';
import { latLngToTile, tileToLatLng } from '../../../../shared/geo/web-mercator.ts';
import { MAX_VIEW_WIDTH_M, MIN_VIEW_WIDTH_M, viewBoxOf } from './map-view.ts';
import { MAX_TILE_ZOOM, MAX_TILES, tileCount, tileRange, tilesForView, tileZoomFor } from './tiles.ts';

const TEMPLATE = 'https://tile.example.com/{z}/{x}/{y}.png';

describe('tile zoom', () => {
  it('puts tile pixels close to screen pixels', () => {
    for (const mpp of [0.3, 1, 2.4, 10, 53]) {
      const z = tileZoomFor(mpp);
      // the width of one tile pixel at that zoom, in map metres, is within √2 of a screen pixel
      const tilePixelM = (project(tileToLatLng(1, 0, z)).x - project(tileToLatLng(0, 0, z)).x) / 256;
      expect(tilePixelM / mpp).toBeGreaterThan(Math.SQRT1_2 - 1e-9);
      expect(tilePixelM / mpp).toBeLessThan(Math.SQRT2 + 1e-9);
    }
  });

  it('stays within the zooms tile servers offer', () => {
    expect(tileZoomFor(0.001)).toBe(MAX_TILE_ZOOM);
    expect(tileZoomFor(1e9)).toBe(0);
    expect(tileZoomFor(0)).toBe(MAX_TILE_ZOOM);
  });
});

describe('tile range of a viewBox', () => {
  it('covers the box exactly: the corners are inside the first and last tiles', () => {
    const box = { x: -1500, y: -900, width: 3000, height: 1800 };
    const range = tileRange(box, 15);
    const nw = latLngToTile(unproject({ x: box.x, y: box.y }), 15);
    const se = latLngToTile(unproject({ x: box.x + box.width, y: box.y + box.height }), 15);
    expect(range).toEqual({ z: 15, minX: Math.floor(nw.x), maxX: Math.floor(se.x), minY: Math.floor(nw.y), maxY: Math.floor(se.y) });
    expect(range.maxX - range.minX).toBeGreaterThanOrEqual(2); // a 3 km box at z15 (~1.0 km tiles)
    expect(range.maxY).toBeGreaterThan(range.minY); // y grows southwards, like the map's
  });

  it('a box inside one tile needs that tile only', () => {
    const centre = latLngToTile(unproject({ x: 0, y: 0 }), 12);
    const inner = project(tileToLatLng(Math.floor(centre.x) + 0.4, Math.floor(centre.y) + 0.4, 12));
    const range = tileRange({ x: inner.x, y: inner.y, width: 100, height: 100 }, 12);
    expect(tileCount(range)).toBe(1);
  });

  it('clamps to the world', () => {
    expect(tileRange({ x: -1e9, y: -1e9, width: 2e9, height: 2e9 }, 2)).toEqual({ z: 2, minX: 0, maxX: 3, minY: 0, maxY: 3 });
  });
});

describe('tiles for a view', () => {
  it('places each tile from its projected north-west to south-east corner, covering the view', () => {
    const box = viewBoxOf({ cx: 300, cy: -200, width: 2400 }, 0.7);
    const mpp = box.width / 1000;
    const tiles = tilesForView(TEMPLATE, box, mpp);
    expect(tiles.length).toBeGreaterThan(1);
    expect(tiles.length).toBeLessThanOrEqual(MAX_TILES);
    const z = tileZoomFor(mpp);
    for (const tile of tiles) {
      const [tz, tx, ty] = tile.key.split('/').map(Number) as [number, number, number];
      expect(tz).toBe(z);
      expect(tile.url).toBe(`https://tile.example.com/${tz}/${tx}/${ty}.png`);
      const nw = project(tileToLatLng(tx, ty, tz));
      const se = project(tileToLatLng(tx + 1, ty + 1, tz));
      expect(tile.x).toBeCloseTo(nw.x, 6);
      expect(tile.y).toBeCloseTo(nw.y, 6);
      expect(tile.width).toBeCloseTo(se.x - nw.x + mpp / 2, 6); // half a pixel of overlap: no seams
      expect(tile.height).toBeCloseTo(se.y - nw.y + mpp / 2, 6);
    }
    const minX = Math.min(...tiles.map((t) => t.x));
    const minY = Math.min(...tiles.map((t) => t.y));
    const maxX = Math.max(...tiles.map((t) => t.x + t.width));
    const maxY = Math.max(...tiles.map((t) => t.y + t.height));
    expect(minX).toBeLessThanOrEqual(box.x);
    expect(minY).toBeLessThanOrEqual(box.y);
    expect(maxX).toBeGreaterThanOrEqual(box.x + box.width);
    expect(maxY).toBeGreaterThanOrEqual(box.y + box.height);
  });

  it('never asks for more than the bound: a coarser zoom instead', () => {
    // a 4K-wide map (3840 × 2160 px) at the widest view
    const box = viewBoxOf({ cx: 0, cy: 0, width: MAX_VIEW_WIDTH_M }, 2160 / 3840);
    const tiles = tilesForView(TEMPLATE, box, MAX_VIEW_WIDTH_M / 3840);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(MAX_TILES);
    expect(Number(tiles[0]!.key.split('/')[0])).toBeLessThan(tileZoomFor(MAX_VIEW_WIDTH_M / 3840));
    expect(tilesForView(TEMPLATE, box, MAX_VIEW_WIDTH_M / 3840, 4).length).toBeLessThanOrEqual(4);
  });

  it('uses street zooms when zoomed in all the way', () => {
    const box = viewBoxOf({ cx: 0, cy: 0, width: MIN_VIEW_WIDTH_M }, 0.7);
    const tiles = tilesForView(TEMPLATE, box, MIN_VIEW_WIDTH_M / 600);
    expect(Number(tiles[0]!.key.split('/')[0])).toBe(18);
    expect(tiles.length).toBeLessThanOrEqual(12);
  });
});
