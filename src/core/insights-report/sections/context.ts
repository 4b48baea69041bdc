// Runs in: Node. What every section of the report is given: the flow (cursor and page breaks), the typesetter (to
// build blocks), the texts of the chosen language and the formatter.
import type { Language } from '../../../shared/api/prefs.ts';
import type { Flow } from '../../pdf/flow.ts';
import type { Typesetter } from '../../pdf/typesetter.ts';
import type { ReportFormatter } from '../format.ts';
import type { InsightsTranslate, ReportTranslate } from '../texts.ts';

export interface ReportContext {
  readonly flow: Flow;
  readonly ts: Typesetter;
  readonly t: ReportTranslate;
  readonly ti: InsightsTranslate;
  readonly fmt: ReportFormatter;
  readonly language: Language;
}
