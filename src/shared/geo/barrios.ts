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

/**
 * Where the demo generator puts street-vending controls: the downtown box (Chacabuco, San Juan, Humberto
 * Primo, General Paz), approximate. Demo geography only — the enforcement zone is a matter for dated settings.
 */
export const DEMO_VENDING_ZONE: { readonly north: number; readonly south: number; readonly west: number; readonly east: number } =
  geography.demoVendingZone;
