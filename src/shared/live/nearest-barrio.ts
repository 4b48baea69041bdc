// The barrio whose centre is nearest to a position — what a dispatcher says on the radio ("Móvil 3, por
// Alberdi"). Centroids are approximate, so this is "nearest barrio centre", not a point-in-polygon test.
import { BARRIOS, type Barrio } from '../geo/barrios.ts';
import { distanceM } from './geodesy.ts';

/** The nearest barrio of `barrios` (Córdoba's by default); null for an invalid position or an empty list. */
export function nearestBarrio(lat: number, lng: number, barrios: readonly Barrio[] = BARRIOS): Barrio | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const here = { lat, lng };
  let best: Barrio | null = null;
  let bestDistance = Infinity;
  for (const barrio of barrios) {
    const distance = distanceM(here, barrio);
    if (distance < bestDistance) {
      best = barrio;
      bestDistance = distance;
    }
  }
  return best;
}
