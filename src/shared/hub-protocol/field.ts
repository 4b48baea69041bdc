// /field: what a patrol device reports ('telemetry') and what the hub sends it ('dispatch'). Positions in WGS84,
// speed in km/h, heading in degrees.
import { z } from 'zod';
import { STATUS_SOURCES } from '../dispatch/codes.ts';
import { UNIT_STATUSES } from '../live/units.ts';
import { UnitTaskSchema } from '../records/unit.ts';

/** A unit id as devices and replay requests name it. */
export const UnitIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.-]+$/);

export const TelemetrySchema = z
  .object({
    unitId: UnitIdSchema,
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    accuracy: z.number().min(0).max(10_000), // metres
    speed: z.number().min(0).max(300), // km/h
    heading: z.number().min(0).max(360),
    status: z.enum(UNIT_STATUSES),
    deviceTime: z.number().int().min(0).max(7_258_118_400_000),
  })
  .strict();
export type Telemetry = z.infer<typeof TelemetrySchema>;

/**
 * 'dispatch' (hub → device): what the unit is to do, as a mobile data terminal shows it — its task, and for an
 * incident where to go; its status in force and who set it (a device adopts a status a dispatcher set). Sent on
 * every connection (the device's picture at login), when the unit's task changes and when a dispatcher sets its
 * status. Not strict: a device keeps working with a newer hub that says more.
 */
export const FieldDispatchSchema = z.object({
  unitId: UnitIdSchema,
  task: UnitTaskSchema.nullable(),
  /** Where the incident is (null: no incident task). */
  place: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).nullable(),
  status: z.enum(UNIT_STATUSES),
  statusSource: z.enum(STATUS_SOURCES).nullable(),
  statusAt: z.number().int().min(0).nullable(),
});
export type FieldDispatch = z.infer<typeof FieldDispatchSchema>;
