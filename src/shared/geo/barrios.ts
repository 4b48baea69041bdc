// Córdoba geography for demo data and filters. Pure data; runs everywhere.
import geography from '../../../resources/geo/barrios.json' with { type: 'json' };

export interface Barrio {
  readonly name: string;
  readonly lat: number;
  readonly lng: number;
}

export const BARRIOS: readonly Barrio[] = geography.barrios;
export const BARRIO_NAMES: readonly string[] = BARRIOS.map((b) => b.name);
export const STREETS: readonly string[] = geography.streets;

/** Downtown street-vending control zone (Chacabuco, San Juan, Humberto Primo, General Paz). */
export const DOWNTOWN_VENDING_ZONE = { north: -31.4085, south: -31.4225, west: -64.1905, east: -64.1805 } as const;
