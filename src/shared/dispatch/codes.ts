// Despacho's codes (issue 13): what a complaint is about, where it came from, where an incident stands, how it
// ended. Stable identifiers; labels live in i18n (the `incidents` namespace).

/** What the complaint is about; each category has its priority by time of day (settings: dispatch.priorities). */
export const INCIDENT_CATEGORIES = ['noise', 'party', 'vacant_lot', 'street_vending', 'traffic', 'pavement', 'other'] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

/** The program's complaint channels (docs/DOMAIN.md, "The program"). */
export const COMPLAINT_CHANNELS = ['line_103', 'help_line', 'whatsapp', 'citizens_app', 'camera', 'patrol'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** 1 is the most urgent. */
export const PRIORITIES = [1, 2, 3, 4] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 *   received ─► assigned ─► en_route ─► on_scene ─► closed
 *      │  ▲         │  ▲        │           │
 *      │  └─────────┴──┴────────┘ (every unit released: back to received)
 *      └──────────────┬──────────────────────┘
 *                     ▼
 *            cancelled · referred   (closed, cancelled and referred are final)
 *
 * While units work it, the incident stands where its furthest unit is (assigned < en_route < on_scene).
 */
export const INCIDENT_STATUSES = ['received', 'assigned', 'en_route', 'on_scene', 'closed', 'cancelled', 'referred'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const FINAL_INCIDENT_STATUSES: readonly IncidentStatus[] = ['closed', 'cancelled', 'referred'];

/** How a closed incident ended. An acta goes to the court desk; a notice is followed up by the promoters. */
export const INCIDENT_OUTCOMES = [
  'resolved_on_site',
  'warning',
  'notice',
  'acta',
  'referred_mediation',
  'referred_agency',
  'no_finding',
] as const;
export type IncidentOutcome = (typeof INCIDENT_OUTCOMES)[number];

/** What a timeline step records. */
export const INCIDENT_STEP_ACTIONS = [
  'opened',
  'complaint_linked',
  'priority_changed',
  'assigned',
  'released',
  'unit_status',
  'check_in',
  'alert_acknowledged',
  'note',
  'closed',
  'cancelled',
  'referred',
] as const;
export type IncidentStepAction = (typeof INCIDENT_STEP_ACTIONS)[number];

/** Who reported a unit's status: its crew's device or a dispatcher. The newest report by time wins. */
export const STATUS_SOURCES = ['device', 'dispatcher'] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];

/** What a unit works on: a complaint's incident or a planned operation. */
export const TASK_KINDS = ['incident', 'operation'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Alerts Despacho raises: an incident's check-in overdue, a unit that stopped reporting. */
export const ALERT_KINDS = ['check_in_overdue', 'unit_silent'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
