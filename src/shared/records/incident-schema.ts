// The incident record (issue 13): one thing happening somewhere that Despacho sends patrols to, with every
// complaint about it (a second call about the same party is linked, not opened again), the units working it,
// where it stands and its timeline. Reporter contacts are in it, so only dispatch roles read incidents.
import { z } from 'zod';
import {
  COMPLAINT_CHANNELS,
  INCIDENT_CATEGORIES,
  INCIDENT_OUTCOMES,
  INCIDENT_STATUSES,
  INCIDENT_STEP_ACTIONS,
  PRIORITIES,
  STATUS_SOURCES,
} from '../dispatch/codes.ts';
import { NumberedFindingSchema } from '../operations/details.ts';
import { UNIT_STATUSES } from '../live/units.ts';

export const MAX_COMPLAINTS = 200;
export const MAX_STEPS = 1_000;
export const MAX_PHOTOS = 10;
export const MAX_INCIDENT_UNITS = 10;

const text = (max: number) => z.string().trim().max(max, 'too_long');
const required = (max: number) => text(max).min(1, 'required');
/** An instant (epoch ms) between 2000 and 2100. */
export const InstantSchema = z.number().int('not_integer').min(946_684_800_000, 'out_of_range').max(4_102_444_800_000, 'out_of_range');
const UnitIdSchema = z.string().min(1).max(64);

export const PrioritySchema = z.union(
  PRIORITIES.map((p) => z.literal(p)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>],
);

/** A dispatcher's override of the computed priority, always with the reason. */
export const PriorityOverrideSchema = z.object({ priority: PrioritySchema, reason: required(300) }).strict();

/** Who complained and how to reach them back (optional): seen only by dispatch roles. */
export const ReporterSchema = z
  .object({ name: text(120).optional(), phone: text(40).optional(), email: text(120).optional() })
  .strict()
  .refine((r) => Boolean(r.name || r.phone || r.email), 'required');

/** A camera-monitoring complaint names its camera and the preselected clip. */
export const CameraClipSchema = z.object({ cameraId: required(40), clipRef: required(200) }).strict();

export const ComplaintSchema = z
  .object({
    id: z.string().uuid(),
    channel: z.enum(COMPLAINT_CHANNELS),
    receivedAt: InstantSchema,
    description: text(2_000),
    reporter: ReporterSchema.nullable(),
    /** The Citizens App's own reference of the complaint. */
    appReference: text(80).nullable(),
    /** References of the photos the complainant sent (the app's ids or file names; the photos stay there). */
    photos: z.array(required(200)).max(MAX_PHOTOS, 'too_many'),
    camera: CameraClipSchema.nullable(),
  })
  .strict()
  .refine((c) => (c.channel === 'camera') === (c.camera !== null), { message: 'camera_clip', path: ['camera'] });
export type Complaint = z.output<typeof ComplaintSchema>;

/**
 * Where: a barrio and an address geocoded from the project's own geography, or a point picked on the map.
 * `precision` says how well the point is known (the map pin is exact; a barrio alone is its centroid).
 */
export const IncidentPlaceSchema = z
  .object({
    barrio: required(80),
    address: text(200).nullable(),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    precision: z.enum(['point', 'street', 'barrio']),
  })
  .strict();
export type IncidentPlace = z.output<typeof IncidentPlaceSchema>;

/** A note for the complainant about this step (Open311's status_notes). */
export const StatusNoteSchema = text(500).nullable();

export const IncidentStepSchema = z
  .object({
    at: InstantSchema,
    /** The hub's username; a device's unit id for device reports. */
    by: z.string().max(64).nullable(),
    /** The console that made it (its client id), or null for a device or the hub itself. */
    console: z.string().max(64).nullable(),
    action: z.enum(INCIDENT_STEP_ACTIONS),
    unitId: UnitIdSchema.optional(),
    /** unit_status: what was reported, by whom, and whether it took effect (an older report than the unit's
     * newest is recorded, not applied). */
    unitStatus: z.enum(UNIT_STATUSES).optional(),
    source: z.enum(STATUS_SOURCES).optional(),
    applied: z.boolean().optional(),
    /** The priority after a change; the outcome of a close; the alert acknowledged. */
    detail: text(300).optional(),
    note: text(2_000).optional(),
    statusNote: StatusNoteSchema.optional(),
  })
  .strict();
export type IncidentStep = z.output<typeof IncidentStepSchema>;

export const IncidentSchema = z
  .object({
    id: z.string().uuid(),
    category: z.enum(INCIDENT_CATEGORIES),
    /** What the rules gave when it was opened (category and time of day). */
    computedPriority: PrioritySchema,
    priorityOverride: PriorityOverrideSchema.nullable(),
    place: IncidentPlaceSchema,
    description: text(2_000),
    complaints: z.array(ComplaintSchema).min(1).max(MAX_COMPLAINTS),
    status: z.enum(INCIDENT_STATUSES),
    /** The units working it now (their records' task names it too). */
    units: z.array(UnitIdSchema).max(MAX_INCIDENT_UNITS),
    openedAt: InstantSchema,
    /** The first unit assigned; the first unit on scene; the end. */
    assignedAt: InstantSchema.nullable(),
    arrivedAt: InstantSchema.nullable(),
    closedAt: InstantSchema.nullable(),
    /** When the crew on scene must next check in (null: no unit on scene). */
    checkInDueAt: InstantSchema.nullable(),
    outcome: z.enum(INCIDENT_OUTCOMES).nullable(),
    /** The finding a close recorded (an acta or notice becomes a court case with the finding's id). */
    finding: NumberedFindingSchema.nullable(),
    /** The latest note for the complainant. */
    statusNote: StatusNoteSchema,
    steps: z.array(IncidentStepSchema).max(MAX_STEPS),
    version: z.number().int().min(1),
  })
  .strict();
export type Incident = z.output<typeof IncidentSchema>;

/** The priority in force: the override, or what the rules gave. */
export const priorityOf = (incident: Pick<Incident, 'computedPriority' | 'priorityOverride'>) =>
  incident.priorityOverride?.priority ?? incident.computedPriority;
