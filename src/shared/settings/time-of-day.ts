// Wall-clock times of day as an administrator types them ("07:00"), and the daily windows built from them.
// Windows are half-open [start, end): a day period 07:00–22:00 ends at 22:00 sharp, so 22:00 is already night
// and no instant belongs to two periods. A window whose end is not after its start wraps midnight (22:00–06:00).
import { z } from 'zod';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const TimeOfDaySchema = z.string().regex(HH_MM, 'invalid_time');
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

export const DailyWindowSchema = z.object({ start: TimeOfDaySchema, end: TimeOfDaySchema }).strict();
export type DailyWindow = z.infer<typeof DailyWindowSchema>;

/** Minutes since midnight of "HH:MM" (0 … 1439). */
export function minutesOfDay(time: TimeOfDay): number {
  const m = HH_MM.exec(time);
  if (!m) throw new RangeError(`not a time of day: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Whether a minute of the day (0 … 1439) falls in the window; an empty window (start = end) is the whole day. */
export function inDailyWindow(minute: number, window: DailyWindow): boolean {
  const start = minutesOfDay(window.start);
  const end = minutesOfDay(window.end);
  if (start < end) return minute >= start && minute < end;
  return minute >= start || minute < end;
}
