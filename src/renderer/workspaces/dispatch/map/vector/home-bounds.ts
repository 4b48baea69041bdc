// The map's whole-city view (its first view, and where 0 / Home / ⌂ go back to): the console's barrios with a
// margin, whatever area the basemap file covers (a city file may hold the whole province).
import { BARRIOS } from '../../../../../shared/geo/barrios.ts';

const MARGIN_DEG = 0.01;
const lngs = BARRIOS.map((b) => b.lng);
const lats = BARRIOS.map((b) => b.lat);

export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [Math.min(...lngs) - MARGIN_DEG, Math.min(...lats) - MARGIN_DEG],
  [Math.max(...lngs) + MARGIN_DEG, Math.max(...lats) + MARGIN_DEG],
];

/** How the whole-city view is fitted: a margin in pixels, no animation. */
export const HOME_FIT = { padding: 16, duration: 0 } as const;
