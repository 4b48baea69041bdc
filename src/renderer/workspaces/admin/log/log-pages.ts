// The administration log as «Registro» shows it: newest first — the newest page as last read (it is read again
// after every change and refresh) above the older pages «Cargar más» added (before the oldest shown). Entries are
// kept by their seq, so pages that overlap add nothing twice; when the newest page no longer reaches what was loaded
// (more was logged meanwhile than a page holds) the older pages are set aside rather than leave a gap.
import type { AdminLogEntry } from '../../../../shared/hub-protocol/admin.ts';

export const LOG_PAGE = 50;

export interface LogList {
  readonly entries: readonly AdminLogEntry[];
  /** Whether older entries may exist (the last page read was full). */
  readonly more: boolean;
}

const merged = (a: readonly AdminLogEntry[], b: readonly AdminLogEntry[]): AdminLogEntry[] =>
  [...new Map([...a, ...b].map((entry) => [entry.seq, entry])).values()].sort((x, y) => y.seq - x.seq);

/** What is shown: the newest page over what «Cargar más» loaded (null: nothing yet). */
export function shownLog(newest: readonly AdminLogEntry[], loaded: LogList | null): LogList {
  const full = newest.length === LOG_PAGE;
  const gap = full && loaded !== null && newest.at(-1)!.seq > (loaded.entries[0]?.seq ?? 0) + 1;
  if (loaded === null || gap) return { entries: newest, more: full };
  return { entries: merged(newest, loaded.entries), more: loaded.more };
}

/** What is shown with an older page, read before the oldest seq shown, added below. */
export const withOlder = (shown: LogList, page: readonly AdminLogEntry[]): LogList => ({
  entries: merged(shown.entries, page),
  more: page.length === LOG_PAGE,
});

/** The seq to read older entries before (null: nothing shown yet). */
export const oldestSeq = (list: LogList): number | null => list.entries.at(-1)?.seq ?? null;
