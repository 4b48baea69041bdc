// Runs in: Node. The MBTiles metadata rows the console uses, read leniently: MBTiles 1.3 makes most of them
// optional and tools write them differently, so a value that is absent or makes no sense falls back to a default
// (the whole world, zooms 0–14, the view on Córdoba's city centre) instead of refusing the file.
import type { BasemapInfo } from '../../shared/geo/basemap-info.ts';
import { MAP_ORIGIN } from '../../shared/geo/projection.ts';
import { MAX_MERCATOR_LAT } from '../../shared/geo/web-mercator.ts';
import { plainText } from './plain-text.ts';

/** What the map is told about the file (BasemapInfo's fields, the same meaning), plus the tile format it holds. */
export type MbtilesMetadata = Pick<BasemapInfo, 'name' | 'attribution' | 'minzoom' | 'maxzoom' | 'bounds' | 'center'> & {
  /** The metadata's `format`, trimmed and lower-cased ("pbf" for vector tiles). */
  readonly format: string;
};

export const MAX_ZOOM = 24;
const WORLD: MbtilesMetadata['bounds'] = [-180, -MAX_MERCATOR_LAT, 180, MAX_MERCATOR_LAT];
/** Plaza San Martín (the map's origin), at a zoom that shows the city centre. */
const CORDOBA_CENTER: MbtilesMetadata['center'] = [MAP_ORIGIN.lng, MAP_ORIGIN.lat, 12];
const DEFAULT_ZOOMS = { minzoom: 0, maxzoom: 14 };

const numbers = (value: string | undefined): number[] | null => {
  if (value === undefined) return null;
  const parts = value.split(',').map((part) => Number(part.trim()));
  return parts.every((n) => Number.isFinite(n)) ? parts : null;
};

const zoomOf = (value: string | undefined): number | null => {
  const n = value === undefined || value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(n) && n >= 0 && n <= MAX_ZOOM ? n : null;
};

const isLng = (n: number) => n >= -180 && n <= 180;
const isLat = (n: number) => n >= -90 && n <= 90;

function boundsOf(value: string | undefined): MbtilesMetadata['bounds'] {
  const b = numbers(value);
  if (!b || b.length !== 4) return WORLD;
  const [w, s, e, n] = b as [number, number, number, number];
  return isLng(w) && isLng(e) && isLat(s) && isLat(n) && w < e && s < n ? [w, s, e, n] : WORLD;
}

function centerOf(value: string | undefined, zooms: { minzoom: number; maxzoom: number }): MbtilesMetadata['center'] {
  const c = numbers(value);
  if (!c || c.length < 2 || c.length > 3 || !isLng(c[0]!) || !isLat(c[1]!)) return CORDOBA_CENTER;
  const zoom = c[2] !== undefined && c[2] >= 0 && c[2] <= MAX_ZOOM ? c[2] : CORDOBA_CENTER[2];
  return [c[0]!, c[1]!, Math.min(Math.max(zoom, zooms.minzoom), zooms.maxzoom)];
}

/** `rows`: the metadata table's name → value (later rows of the same name win). `fallbackName`: e.g. the file's name. */
export function parseMetadata(rows: ReadonlyMap<string, string>, fallbackName: string): MbtilesMetadata {
  let minzoom = zoomOf(rows.get('minzoom')) ?? DEFAULT_ZOOMS.minzoom;
  let maxzoom = zoomOf(rows.get('maxzoom')) ?? DEFAULT_ZOOMS.maxzoom;
  if (minzoom > maxzoom) [minzoom, maxzoom] = [maxzoom, minzoom];
  const name = plainText(rows.get('name') ?? '');
  return {
    name: name || fallbackName,
    attribution: plainText(rows.get('attribution') ?? ''),
    format: (rows.get('format') ?? '').trim().toLowerCase(),
    minzoom,
    maxzoom,
    bounds: boundsOf(rows.get('bounds')),
    center: centerOf(rows.get('center'), { minzoom, maxzoom }),
  };
}
