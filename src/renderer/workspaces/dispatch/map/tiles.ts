// The online tile layer's arithmetic: which Web-Mercator tiles cover the map's viewBox and where each one sits in
// the map's metre projection (shared/geo/projection.ts). Over one tile (≤ ~10 km at the zooms the map uses) Web
// Mercator and the city's equirectangular projection differ by a near-constant vertical stretch, so each tile is
// an axis-aligned rectangle from its projected north-west corner to its projected south-east corner (the error
// inside a tile is ≤ 3 m at zoom 11, the widest view, under 1 m from zoom 12 on).
import { MAP_ORIGIN, project, unproject } from '../../../../shared/geo/projection.ts';
import { tileUrl } from '../../../../shared/geo/tile-source.ts';
import { latLngToTile, tileToLatLng } from '../../../../shared/geo/web-mercator.ts';
import type { ViewBox } from './map-view.ts';

export const TILE_PX = 256;
export const MIN_TILE_ZOOM = 0;
/** OpenStreetMap's deepest zoom; most XYZ servers stop there too. */
export const MAX_TILE_ZOOM = 19;
/** At most this many tiles on screen (a zoom level coarser is used when the view would need more). */
export const MAX_TILES = 48;

export interface TileRange {
  readonly z: number;
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

export interface TilePlacement {
  readonly key: string;
  readonly url: string;
  /** The tile's rectangle in map metres. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Map metres spanned by the whole world's width (360° of longitude) at the city's latitude. */
const WORLD_WIDTH_M = project({ lat: MAP_ORIGIN.lat, lng: MAP_ORIGIN.lng + 180 }).x * 2;

/** The zoom whose tile pixels are closest to screen pixels at `mpp` map metres per CSS pixel. */
export function tileZoomFor(mpp: number): number {
  const z = Math.round(Math.log2(WORLD_WIDTH_M / (TILE_PX * mpp)));
  return Math.max(MIN_TILE_ZOOM, Math.min(MAX_TILE_ZOOM, Number.isNaN(z) ? MIN_TILE_ZOOM : z));
}

/** The tiles (inclusive ranges) that cover the viewBox at zoom z. */
export function tileRange(box: ViewBox, z: number): TileRange {
  const last = 2 ** z - 1;
  const clamp = (n: number) => Math.max(0, Math.min(last, Math.floor(n)));
  const nw = latLngToTile(unproject({ x: box.x, y: box.y }), z);
  const se = latLngToTile(unproject({ x: box.x + box.width, y: box.y + box.height }), z);
  return { z, minX: clamp(nw.x), maxX: clamp(se.x), minY: clamp(nw.y), maxY: clamp(se.y) };
}

export const tileCount = (r: TileRange): number => (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);

/**
 * The tiles to draw for a view: the zoom that matches the screen, or coarser ones until at most `maxTiles` cover
 * the viewBox. Each rectangle is widened by half a screen pixel so that neighbours overlap instead of showing a
 * hairline seam.
 */
export function tilesForView(template: string, box: ViewBox, mpp: number, maxTiles = MAX_TILES): TilePlacement[] {
  let range = tileRange(box, tileZoomFor(mpp));
  while (tileCount(range) > maxTiles && range.z > MIN_TILE_ZOOM) range = tileRange(box, range.z - 1);
  if (tileCount(range) > maxTiles) return [];
  const overlap = mpp / 2;
  const tiles: TilePlacement[] = [];
  for (let ty = range.minY; ty <= range.maxY; ty++) {
    for (let tx = range.minX; tx <= range.maxX; tx++) {
      const nw = project(tileToLatLng(tx, ty, range.z));
      const se = project(tileToLatLng(tx + 1, ty + 1, range.z));
      tiles.push({
        key: `${range.z}/${tx}/${ty}`,
        url: tileUrl(template, range.z, tx, ty),
        x: nw.x,
        y: nw.y,
        width: se.x - nw.x + overlap,
        height: se.y - nw.y + overlap,
      });
    }
  }
  return tiles;
}
