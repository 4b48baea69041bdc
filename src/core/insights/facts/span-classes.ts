// Runs in: Node. The court backlog at an instant is the spans with from_at <= instant < until_at: an interval
// stabbing query, which one B-tree cannot answer without walking every span that ends after the instant (for a past
// year, nearly all of them). So each span gets a class by its length (a generated column, cache migration 12), and
// the index leads with it: within a class no longer than L, a span that holds the instant began in the L before it,
// so each class is one short index range on from_at. The last class has no bound: the longest and the open spans.
//
//   class:   0      1       2        3        4         5          6
//   length:  ≤1 d   ≤7 d    ≤30 d    ≤90 d    ≤365 d    ≤4 years   longer, or still open
const DAY = 86_400_000;

/** The longest span of each bounded class, in ms. */
const LONGEST = [DAY, 7 * DAY, 30 * DAY, 90 * DAY, 365 * DAY, 4 * 365 * DAY] as const;

/** The class of a span of insight_case_spans, as SQL over its columns. */
export const SPAN_CLASS_SQL = `CASE ${LONGEST.map((ms, i) => `WHEN until_at - from_at <= ${ms} THEN ${i}`).join(' ')} ELSE ${LONGEST.length} END`;

/** Every class with how long its spans may be (column1: the class, column2: its bound in ms). */
const CLASSES = `VALUES ${[...LONGEST, Number.MAX_SAFE_INTEGER].map((ms, i) => `(${i}, ${ms})`).join(', ')}`;

/** FROM and WHERE of the spans (as `c`) that hold the instant @end and are not 'closed': one index range per class. */
export const OPEN_SPANS_AT_END = `FROM (${CLASSES}) AS k CROSS JOIN insight_case_spans AS c INDEXED BY insight_case_spans_at
  WHERE c.span_class = k.column1 AND c.from_at >= @end - k.column2 AND c.from_at <= @end AND c.until_at > @end
    AND c.status <> 'closed'`;
