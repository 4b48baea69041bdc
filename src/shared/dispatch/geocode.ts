// A complaint's place from the project's own geography — no geocoding service: the barrio's centre, or, when the
// address names an avenue the basemap draws, the point of that avenue nearest the barrio's centre (if it runs
// within `STREET_REACH_M` of it). `precision` tells which, and the dispatcher can always pick the point on the map.
import { BASEMAP, type Position } from '../geo/basemap.ts';
import { BARRIOS } from '../geo/barrios.ts';
import { project, unproject, type Point } from '../geo/projection.ts';
import type { IncidentPlace } from '../records/incident-schema.ts';
import { searchKey } from '../text/search-key.ts';

/** An avenue further than this from the barrio's centre is not taken as that barrio's street. */
export const STREET_REACH_M = 1_500;

/** Folded whole words between spaces (" av colon 1200 "), so a name is found as words, not inside one. */
function words(text: string): string {
  const folded = searchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${folded} `;
}

/** Each avenue with the words an address names it by: its name without "Av." ("colon" is Av. Colón). */
const AVENUES = BASEMAP.features.flatMap((f) =>
  f.properties.kind === 'avenue' && f.geometry.type === 'LineString'
    ? [{ key: words(f.properties.name.replace(/^Av\.\s*(de\s+)?/, '')), line: f.geometry.coordinates }]
    : [],
);

const toPoint = ([lng, lat]: Position): Point => project({ lat, lng });

/** The point of segment a–b nearest to p (flat city metres). */
function nearestOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return { x: a.x + t * dx, y: a.y + t * dy };
}

function nearestOnLine(p: Point, line: readonly Position[]): { point: Point; distance: number } {
  let best = { point: toPoint(line[0]!), distance: Infinity };
  for (let i = 1; i < line.length; i++) {
    const point = nearestOnSegment(p, toPoint(line[i - 1]!), toPoint(line[i]!));
    const distance = Math.hypot(point.x - p.x, point.y - p.y);
    if (distance < best.distance) best = { point, distance };
  }
  return best;
}

/** The avenue an address names, as whole words ("Colonia 345" is not Av. Colón). */
function avenueIn(address: string) {
  const folded = words(address);
  return AVENUES.find((a) => folded.includes(a.key));
}

/** null: no barrio of that name. */
export function geocode(barrio: string, address: string | null): IncidentPlace | null {
  const found = BARRIOS.find((b) => searchKey(b.name) === searchKey(barrio));
  if (!found) return null;
  const base = { barrio: found.name, address: address?.trim() || null };
  const avenue = address ? avenueIn(address) : undefined;
  const onAvenue = avenue && nearestOnLine(project(found), avenue.line);
  if (onAvenue && onAvenue.distance <= STREET_REACH_M) return { ...base, ...unproject(onAvenue.point), precision: 'street' };
  return { ...base, lat: found.lat, lng: found.lng, precision: 'barrio' };
}
