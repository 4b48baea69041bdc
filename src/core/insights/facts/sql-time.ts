// Runs in: Node. Córdoba days, minutes and weekdays as SQL expressions, for the facts the triggers keep: SQLite has
// no time zones, and the facts must group by the Córdoba day without parsing anything at query time. The offset is
// the fixed UTC−3: Argentina has had no daylight saving time since March 2009 (shared/time/cordoba.ts takes its
// offsets from the tz database and agrees for every instant since then — held by sql-time.test.ts). Should the
// country bring DST back, these expressions and a migration that rebuilds the facts must follow.
const OFFSET_S = 3 * 3600;
const OFFSET_MIN = 3 * 60;

/** "YYYY-MM-DD" of the Córdoba day of an instant (epoch ms). */
export const cordobaDaySql = (ms: string) => `date((${ms}) / 1000 - ${OFFSET_S}, 'unixepoch')`;

/** Minutes since Córdoba midnight (0 … 1439) of an instant (epoch ms ≥ 3 h after 1970). */
export const cordobaMinuteSql = (ms: string) => `(((${ms}) / 60000 - ${OFFSET_MIN}) % 1440)`;

/** The Córdoba weekday of an instant, 0 = Sunday … 6 = Saturday. */
export const cordobaWeekdaySql = (ms: string) => `CAST(strftime('%w', (${ms}) / 1000 - ${OFFSET_S}, 'unixepoch') AS INTEGER)`;

/**
 * The Córdoba day of a shift: a night shift's hours after midnight belong to the night before (as in the roster,
 * shared/roster), so a night shift is one (day, shift) however late it runs. Noon splits a night: a night operation
 * starting before noon started the night before.
 */
export const shiftDaySql = (ms: string, shift: string) =>
  `date((${ms}) / 1000 - ${OFFSET_S} - CASE WHEN (${shift}) = 'night' THEN 43200 ELSE 0 END, 'unixepoch')`;

/**
 * shared/settings/iso-date.ts addMonthsIso in SQL: the same day `months` later (or earlier, when negative), a day
 * the target month lacks clamped to its last day. SQLite's own '+N months' rolls over instead (01-31 + 1 → 03-03),
 * so the result is the earlier of that and the target month's last day.
 */
export const addMonthsSql = (day: string, months: string) =>
  `min(date(${day}, printf('%+d months', ${months})), date(${day}, 'start of month', printf('%+d months', (${months}) + 1), '-1 day'))`;

/** shared/settings/time-of-day.ts inDailyWindow: half-open [start, end), wrapping midnight when end ≤ start. */
export const inDailyWindowSql = (minute: string, start: string, end: string) =>
  `(CASE WHEN (${start}) < (${end}) THEN (${minute}) >= (${start}) AND (${minute}) < (${end}) ELSE (${minute}) >= (${start}) OR (${minute}) < (${end}) END)`;
