// The ConsoleApi's Despacho (issue 13; docs/ARCHITECTURE.md, "Despacho"): what the desk reads — the incident
// queue, one incident with its units, the units recommended for it, complaints that may be the same incident, a
// place geocoded from the project's geography, the alerts due — joined and judged in the core by the rules of
// src/shared/dispatch. Changes are record mutations ('records.mutate': incident.*, unit.setStatus, …).
import { z } from 'zod';
import { INCIDENT_CATEGORIES, type AlertKind, type Priority } from '../dispatch/codes.ts';
import type { Recommendation } from '../dispatch/recommend-units.ts';
import type { SlaRules } from '../dispatch/sla.ts';
import type { UnitKind, UnitStatus, UnitTask } from '../live/units.ts';
import type { UnsyncedState } from '../operations/types.ts';
import type { Incident, IncidentPlace } from '../records/incident-schema.ts';

const IncidentIdSchema = z.string().uuid('invalid_value');
const latitude = z.number().min(-90, 'out_of_range').max(90, 'out_of_range');
const longitude = z.number().min(-180, 'out_of_range').max(180, 'out_of_range');

/** An incident as the desk lists it. */
export interface IncidentView {
  readonly incident: Incident;
  /** The override, or what the rules gave. */
  readonly priority: Priority;
  /** Call signs of the units working it, in the incident's order. */
  readonly unitCallSigns: readonly string[];
  /** A change not yet with the hub, or refused by it. */
  readonly unsynced: UnsyncedState | null;
}

export interface DispatchQueue {
  /** Open incidents (most urgent first, then longest waiting) and those that ended in the last 12 hours. */
  readonly open: readonly IncidentView[];
  readonly ended: readonly IncidentView[];
  /** The SLA clocks in force now, by priority: the queue colours itself as time passes (shared/dispatch/sla.ts). */
  readonly sla: SlaRules;
}

export const DispatchIncidentInputSchema = z.object({ id: IncidentIdSchema }).strict();
export const DispatchRecommendInputSchema = z.object({ incidentId: IncidentIdSchema }).strict();

/** A unit as the recommendation lists it: why it ranks there or why it is set aside. */
export type RecommendedUnit = Recommendation & {
  readonly callSign: string;
  readonly kind: UnitKind;
  readonly status: UnitStatus;
  readonly task: UnitTask | null;
};

export interface DispatchRecommendation {
  readonly incidentId: string;
  /** Eligible units by estimated arrival, then the excluded ones with the reason. */
  readonly units: readonly RecommendedUnit[];
}

export const DispatchDuplicatesInputSchema = z
  .object({ category: z.enum(INCIDENT_CATEGORIES), lat: latitude, lng: longitude, at: z.number().int().min(0) })
  .strict();

export interface DuplicateCandidate {
  readonly incident: Incident;
  readonly distanceM: number;
  /** Since the incident was opened, in whole minutes at `at`. */
  readonly ageMinutes: number;
}

export const DispatchGeocodeInputSchema = z
  .object({
    barrio: z.string().trim().min(1, 'required').max(80, 'too_long'),
    address: z.string().trim().max(200, 'too_long').nullable(),
  })
  .strict();

/** An alert Despacho shows until a person acknowledges it (the acknowledgement is kept on the timeline). */
export interface DispatchAlert {
  /** Stable while the alert lasts: `check_in_overdue:<incident>:<due>`, `unit_silent:<unit>:<last seen>`. */
  readonly key: string;
  readonly kind: AlertKind;
  readonly since: number;
  readonly unitId: string | null;
  readonly callSign: string | null;
  readonly incidentId: string | null;
}

export interface DispatchAlerts {
  readonly alerts: readonly DispatchAlert[];
  /** When the next alert falls due if nothing changes (the view reads again then); null: none pending. */
  readonly nextAt: number | null;
}

export type GeocodeResult = { readonly place: IncidentPlace };
