// Issue 14, Indicadores. Fact tables the indicators count from, kept equal to the records by triggers and filled
// here from the records already cached (src/core/insights/facts: what each holds and why). Their SQL is the facts'
// own, so that this migration and the triggers it installs cannot disagree; a later change to the facts is a new
// migration that replaces the triggers and runs REBUILD_FACTS_SQL — and this one then gets its SQL as a frozen literal
// (its test pins the SQL's hash, so the day install.ts changes cannot pass unnoticed). Verdicts need the dated settings: the rule
// tables start empty and the cache's first open judges every reading (insights/facts/judge.ts).
import { INSTALL_FACTS_SQL } from '../../insights/facts/install.ts';

export default {
  version: 11,
  name: 'insight_facts',
  up: INSTALL_FACTS_SQL,
};
