// Schemas for what the hub sends to consoles. A console validates the hub's messages too: a buggy or
// mismatched hub must produce a logged rejection, never a crash or a half-applied batch.
import { z } from 'zod';
import { MAX_CHANGES_PAGE, MAX_TRACK_POINTS, MAX_TRACK_UNITS, ROLES } from './protocol.ts';
import { MAX_UNIT_ASSIGNMENT, UNIT_KINDS, UNIT_STATUSES } from './units.ts';
import { OperationSchema } from '../operations/operation-schema.ts';
import { GENERIC_RECORD_SCHEMAS } from '../records/entities.ts';

const epochMs = z.number().int().min(0);

export const UnitSchema = z.object({
  id: z.string().min(1).max(64),
  callSign: z.string().min(1).max(64),
  kind: z.enum(UNIT_KINDS),
  crew: z.array(z.string().max(120)).max(20),
  status: z.enum(UNIT_STATUSES),
  assignment: z.string().max(MAX_UNIT_ASSIGNMENT).nullable(),
  version: z.number().int().min(1),
});

/** A task a dispatcher assigns to a unit (the console's form, the ConsoleApi and the hub check the same rule). */
export const UnitAssignmentSchema = z.string().trim().min(1, 'required').max(MAX_UNIT_ASSIGNMENT, 'too_long');

export const UnitPositionSchema = z.object({
  unitId: z.string().min(1).max(64),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracyM: z.number().min(0),
  speedKmh: z.number().min(0),
  heading: z.number().min(0).max(360),
  deviceTime: epochMs,
  receivedAt: epochMs,
});

/** Set when the change is a console's mutation: that console recognises its own write coming back. */
const OriginSchema = z.object({ clientId: z.string().uuid(), clientSeq: z.number().int().min(1) }).optional();
const changeOf = <E extends string, D extends z.ZodType>(entity: E, data: D) =>
  z.object({
    seq: z.number().int().min(1),
    at: epochMs,
    entity: z.literal(entity),
    id: z.string().min(1).max(64),
    data,
    origin: OriginSchema,
  });

export const ChangeSchema = z.discriminatedUnion('entity', [
  changeOf('unit', UnitSchema),
  changeOf('operation', OperationSchema),
  changeOf('person', GENERIC_RECORD_SCHEMAS.person),
  changeOf('resource', GENERIC_RECORD_SCHEMAS.resource),
  changeOf('court_case', GENERIC_RECORD_SCHEMAS.court_case),
  changeOf('setting', GENERIC_RECORD_SCHEMAS.setting),
]);
/** What the live stream carries: one batch of changes in seq order. */
export const ChangesBatchSchema = z.array(ChangeSchema).max(10_000);

export const PositionsBatchSchema = z.array(UnitPositionSchema).max(100_000);

export const SnapshotAnswerSchema = z.object({
  seq: z.number().int().min(0),
  units: z.array(UnitSchema),
  positions: z.array(UnitPositionSchema),
});

export const ChangesAnswerSchema = z.object({
  changes: z.array(ChangeSchema).max(MAX_CHANGES_PAGE),
  lastSeq: z.number().int().min(0),
  hasMore: z.boolean(),
});

export const LoginAnswerSchema = z.object({
  token: z.string().min(16).max(512),
  expiresAt: epochMs,
  user: z.object({ username: z.string(), displayName: z.string(), role: z.enum(ROLES) }),
});

export const TrackPointSchema = z.object({
  t: epochMs,
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  speed: z.number().min(0),
  heading: z.number().min(0).max(360),
});

export const TracksAnswerSchema = z.object({
  tracks: z
    .array(z.object({ unitId: z.string().min(1).max(64), points: z.array(TrackPointSchema).max(MAX_TRACK_POINTS) }))
    .max(MAX_TRACK_UNITS),
});

/** An ack: {ok:true, value} or {ok:false, error}. */
export const ackOf = <T extends z.ZodType>(value: T) =>
  z.union([z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: z.string() })]);
