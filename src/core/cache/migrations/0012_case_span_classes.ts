// Issue 14, Indicadores: the court backlog at a past instant walked every span that ended after it (~700,000 for the
// previous year on the benchmark's million operations). Each span now has a length class, and the backlog's index
// leads with it (insights/facts/span-classes.ts: why that answers the query in short ranges). A virtual generated
// column: nothing to fill, and the facts' triggers and rebuild (migration 11's SQL) are unchanged.
import { SPAN_CLASS_SQL } from '../../insights/facts/span-classes.ts';

export default {
  version: 12,
  name: 'case_span_classes',
  up: `
    ALTER TABLE insight_case_spans ADD COLUMN span_class INTEGER GENERATED ALWAYS AS (${SPAN_CLASS_SQL}) VIRTUAL;
    CREATE INDEX insight_case_spans_at ON insight_case_spans (span_class, from_at, until_at, status, barrio, operation_type, category)
      WHERE status <> 'closed';
    DROP INDEX insight_case_spans_open;
  `,
};
