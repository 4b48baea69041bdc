// Patrol units as every layer sees them. Codes are stable identifiers; labels live in i18n.

export const UNIT_KINDS = ['vehicle', 'foot'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** disponible → en camino → en escena → disponible; descanso and fuera de servicio in between. */
export const UNIT_STATUSES = ['available', 'en_route', 'on_scene', 'break', 'out_of_service'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export interface UnitPosition {
  readonly unitId: string;
  readonly lat: number;
  readonly lng: number;
  readonly accuracyM: number;
  readonly speedKmh: number;
  readonly heading: number; // degrees, 0 = north
  readonly deviceTime: number; // epoch ms, the device's clock
  readonly receivedAt: number; // epoch ms, the hub's clock
}

/** The longest task a dispatcher may assign to a unit, in characters (after trimming). */
export const MAX_UNIT_ASSIGNMENT = 200;

/** The shared record of a unit. Positions travel separately (telemetry), not through the change log. */
export interface Unit {
  readonly id: string;
  readonly callSign: string; // e.g. "Móvil 03", "Pie 12"
  readonly kind: UnitKind;
  readonly crew: readonly string[];
  readonly status: UnitStatus;
  readonly assignment: string | null;
  readonly version: number;
}
