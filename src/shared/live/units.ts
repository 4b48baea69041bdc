// Patrol units as every layer sees them. Codes are stable identifiers; labels live in i18n.
import type { StatusSource, TaskKind } from '../dispatch/codes.ts';

export const UNIT_KINDS = ['vehicle', 'foot'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** disponible → asignado → en camino → en escena → disponible; descanso and fuera de servicio in between. */
export const UNIT_STATUSES = ['available', 'dispatched', 'en_route', 'on_scene', 'break', 'out_of_service'] as const;
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

/** What a unit works on (issue 13): an incident of Despacho or a planned operation — a link, never free text. */
export interface UnitTask {
  readonly kind: TaskKind;
  readonly id: string;
}

/** A person's acknowledgement that a unit stopped reporting: the alert stays quiet until it reports again. */
export interface SilenceAcknowledgement {
  /** The hub time of the unit's last position when it was acknowledged. */
  readonly lastSeenAt: number;
  readonly at: number;
  readonly by: string | null;
}

/** The shared record of a unit. Positions travel separately (telemetry), not through the change log. */
export interface Unit {
  readonly id: string;
  readonly callSign: string; // e.g. "Móvil 03", "Pie 12"
  readonly kind: UnitKind;
  readonly crew: readonly string[];
  readonly status: UnitStatus;
  /** When the status in force was reported (the device's or the dispatcher's clock) and by which: the newest
   * report by time wins (null: never reported since the unit was made). */
  readonly statusAt: number | null;
  readonly statusSource: StatusSource | null;
  readonly task: UnitTask | null;
  readonly silenceAck: SilenceAcknowledgement | null;
  readonly version: number;
}
