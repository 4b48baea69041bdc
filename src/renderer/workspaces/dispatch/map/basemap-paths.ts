// The offline basemap (shared/geo/basemap.ts) projected once into SVG path data in map metres.
import { BASEMAP, type Basemap, type Position } from '../../../../shared/geo/basemap.ts';
import { project, type Point } from '../../../../shared/geo/projection.ts';

export interface NamedPath {
  readonly name: string;
  readonly d: string;
}

export interface BasemapPaths {
  readonly limits: readonly NamedPath[];
  readonly barrios: readonly (NamedPath & { readonly label: Point })[];
  readonly avenues: readonly NamedPath[];
  readonly landmarks: readonly { readonly name: string; readonly at: Point }[];
  /** Every barrio's label point: the part of the city where units work (the map's initial view). */
  readonly barrioPoints: readonly Point[];
}

const toPoint = ([lng, lat]: Position): Point => project({ lat, lng });
const n = (value: number) => Number(value.toFixed(1));

/** "M x y L x y …" (and Z when closed) through the points, to 0.1 m. */
export function pathData(points: readonly Point[], close: boolean): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  const body = `M${n(first!.x)} ${n(first!.y)}${rest.map((p) => `L${n(p.x)} ${n(p.y)}`).join('')}`;
  return close ? `${body}Z` : body;
}

/** A GeoJSON ring repeats its first position at the end; Z closes the path instead. */
const ringPath = (ring: readonly Position[]) => pathData(ring.slice(0, -1).map(toPoint), true);

export function basemapPaths(basemap: Basemap = BASEMAP): BasemapPaths {
  const limits: NamedPath[] = [];
  const barrios: (NamedPath & { label: Point })[] = [];
  const avenues: NamedPath[] = [];
  const landmarks: { name: string; at: Point }[] = [];
  for (const feature of basemap.features) {
    const { properties: p, geometry: g } = feature;
    if (g.type === 'Polygon' && (p.kind === 'city_limits' || p.kind === 'barrio')) {
      const d = g.coordinates.map(ringPath).join('');
      if (p.kind === 'city_limits') limits.push({ name: p.name, d });
      else barrios.push({ name: p.name, d, label: toPoint(p.label) });
    } else if (g.type === 'LineString') {
      const points = g.coordinates.map(toPoint);
      const first = g.coordinates[0];
      const last = g.coordinates.at(-1);
      const closed = points.length > 2 && first?.[0] === last?.[0] && first?.[1] === last?.[1];
      avenues.push({ name: p.name, d: pathData(closed ? points.slice(0, -1) : points, closed) });
    } else if (g.type === 'Point') {
      landmarks.push({ name: p.name, at: toPoint(g.coordinates) });
    }
  }
  return { limits, barrios, avenues, landmarks, barrioPoints: barrios.map((b) => b.label) };
}
