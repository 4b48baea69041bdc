// A flat map of the city: equirectangular, centred on Plaza San Martín, in metres east (x) and south (y) of it,
// so that SVG's y-down axis needs no flip. At Córdoba's 24 km scale the distortion is under 0.2 %, far below GPS
// error, and the numbers stay readable ("1,400 m south of the plaza"). Used by the basemap script and the map.
import geography from '../../../resources/geo/barrios.json' with { type: 'json' };
import type { LatLng } from '../live/geodesy.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Plaza San Martín, the origin of the map. */
export const MAP_ORIGIN: LatLng = { lat: geography.cityCentre.lat, lng: geography.cityCentre.lng };

/** Metres per degree of latitude on the mean-radius sphere (the same sphere as geodesy.ts). */
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
const COS_ORIGIN = Math.cos((MAP_ORIGIN.lat * Math.PI) / 180);

/** lat/lng → metres east (x) and south (y) of the origin. */
export function project({ lat, lng }: LatLng): Point {
  return { x: (lng - MAP_ORIGIN.lng) * COS_ORIGIN * METRES_PER_DEGREE, y: (MAP_ORIGIN.lat - lat) * METRES_PER_DEGREE };
}

/** The inverse of project(). */
export function unproject({ x, y }: Point): LatLng {
  return { lat: MAP_ORIGIN.lat - y / METRES_PER_DEGREE, lng: MAP_ORIGIN.lng + x / (COS_ORIGIN * METRES_PER_DEGREE) };
}
