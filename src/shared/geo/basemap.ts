// The console's own offline basemap of Córdoba (resources/geo/cordoba-basemap.json, made by
// scripts/build-basemap.ts from barrios.json): GeoJSON, [lng, lat] order, no tiles, no network.
//
//   city_limits  the municipal square, 24 km × 24 km around Plaza San Martín
//   barrio       one approximate area per barrio of barrios.json (its centroid is the label point)
//   avenue       a few main avenues, schematic lines for orientation
//   landmark     Plaza San Martín
import data from '../../../resources/geo/cordoba-basemap.json' with { type: 'json' };

export type Position = readonly [lng: number, lat: number];

export type BasemapFeature =
  | {
      readonly type: 'Feature';
      readonly properties: { readonly kind: 'city_limits' | 'barrio'; readonly name: string; readonly label: Position };
      readonly geometry: { readonly type: 'Polygon'; readonly coordinates: readonly (readonly Position[])[] };
    }
  | {
      readonly type: 'Feature';
      readonly properties: { readonly kind: 'avenue'; readonly name: string };
      readonly geometry: { readonly type: 'LineString'; readonly coordinates: readonly Position[] };
    }
  | {
      readonly type: 'Feature';
      readonly properties: { readonly kind: 'landmark'; readonly name: string };
      readonly geometry: { readonly type: 'Point'; readonly coordinates: Position };
    };

export type BasemapKind = BasemapFeature['properties']['kind'];

export interface Basemap {
  readonly type: 'FeatureCollection';
  readonly source: string;
  readonly features: readonly BasemapFeature[];
}

/** Checked against its generator by scripts/build-basemap.test.ts; the cast only names what JSON inference widens. */
export const BASEMAP = data as unknown as Basemap;
