// 'positions' (hub → console): the latest position of each unit, coalesced per tick. Not records: they do not
// go through the change log; a console takes the latest ones from a snapshot after a reconnection.
import { z } from 'zod';

const epochMs = z.number().int().min(0);

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

export const PositionsBatchSchema = z.array(UnitPositionSchema).max(100_000);
