// Web-Mercator ("slippy map") tile numbers, the scheme of XYZ tile servers such as OpenStreetMap's: at zoom z the
// world between ±85.0511° is 2^z × 2^z square tiles, x growing east from 180° W, y growing south from the top.
// The one place this maths lives: the map's optional online tile layer (renderer/workspaces/dispatch/map/tiles.ts),
// the demo tileset script, the tile bench, the basemap's test tilesets and the e2e map helpers all call it.
import type { LatLng } from '../live/geodesy.ts';

/** The latitude where the square Mercator world ends. */
export const MAX_MERCATOR_LAT = 85.0511287798066;

const clampLat = (lat: number) => Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));

/** Fractional tile coordinates of a point at zoom z (floor them for the tile that holds it). */
export function latLngToTile({ lat, lng }: LatLng, z: number): { readonly x: number; readonly y: number } {
  const n = 2 ** z;
  const phi = (clampLat(lat) * Math.PI) / 180;
  return {
    x: ((lng + 180) / 360) * n,
    y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n,
  };
}

/** The tile (whole column and row) that holds a point at zoom z. */
export function tileAt(point: LatLng, z: number): { readonly x: number; readonly y: number } {
  const { x, y } = latLngToTile(point, z);
  return { x: Math.floor(x), y: Math.floor(y) };
}

/** The north-west corner of tile (x, y) at zoom z (fractional x, y give points inside it). */
export function tileToLatLng(x: number, y: number, z: number): LatLng {
  const n = 2 ** z;
  return {
    lat: (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI,
    lng: (x / n) * 360 - 180,
  };
}
