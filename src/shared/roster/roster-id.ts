// The id of a roster person or resource ("p-017", "alc-03"): what reservations name.
import { z } from 'zod';

export const RosterIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.-]+$/, 'invalid_value');
