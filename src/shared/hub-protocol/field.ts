// /field: what a patrol device reports ('telemetry'). Positions in WGS84, speed in km/h, heading in degrees.
import { z } from 'zod';
import { UNIT_STATUSES } from '../live/units.ts';

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
