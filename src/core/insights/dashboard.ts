// Runs in: Node. Indicadores: every indicator for a filter, computed from the fact tables (facts/) in one read
// transaction — one consistent moment of the cache — after the verdicts have caught up with the settings. An
// indicator whose records the role does not read is withheld (group.ts).
import type { Database } from 'better-sqlite3';
import { INDICATOR_IDS, type Dashboard, type IndicatorId, type IndicatorValue, type InsightsFilter } from '../../shared/api/insights.ts';
import { indicatorReadable } from '../../shared/insights/indicator-sources.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { ensureVerdictRules } from './facts/judge.ts';
import { caseIndicators } from './indicators/case-indicators.ts';
import { findingIndicators } from './indicators/finding-indicators.ts';
import { withheld, type Basis, type IndicatorGroup } from './indicators/group.ts';
import { incidentIndicators } from './indicators/incident-indicators.ts';
import { noticeIndicators } from './indicators/notice-indicators.ts';
import { operationIndicators } from './indicators/operation-indicators.ts';
import { indicatorQuery, type IndicatorQuery } from './indicators/query.ts';

const GROUPS = [operationIndicators, noticeIndicators, findingIndicators, incidentIndicators, caseIndicators] as const;

// Every indicator belongs to a group (an indicator added to INDICATOR_IDS without one is a compile error here).
type Uncovered = Exclude<IndicatorId, (typeof GROUPS)[number]['ids'][number]>;
const everyIndicatorComputed: [Uncovered] extends [never] ? true : Uncovered = true;
void everyIndicatorComputed;

const groupOf = (id: IndicatorId) => GROUPS.find((g) => (g.ids as readonly IndicatorId[]).includes(id))! as IndicatorGroup<IndicatorId>;

/** Which record kinds the signed-in role reads (every kind without a hub: the demo's own cache). */
export type Readable = (entity: RecordEntity) => boolean;
const EVERY_KIND: Readable = () => true;

/** What indicators are computed under: the dated settings, the clock, and the role's reading (default: every kind). */
export interface IndicatorContext {
  readonly settings: readonly SettingEntry[];
  readonly now: number;
  readonly readable?: Readable;
}

type Values = Partial<Record<IndicatorId, IndicatorValue>>;

function valuesOf(
  g: IndicatorGroup<IndicatorId>,
  q: IndicatorQuery,
  readable: Readable = EVERY_KIND,
): { values: Values; basis: Partial<Basis> } {
  const result = g.compute(q);
  if (g.ids.every((id) => indicatorReadable(id, readable))) return result;
  const values = Object.entries(result.values).map(([id, value]) => [id, indicatorReadable(value.id, readable) ? value : withheld(value)]);
  return { values: Object.fromEntries(values), basis: {} };
}

function computed<T>(db: Database, filter: InsightsFilter, context: IndicatorContext, read: (q: IndicatorQuery) => T): T {
  ensureVerdictRules(db, context.settings);
  return db.transaction(() => read(indicatorQuery(db, filter, context.settings, context.now)))();
}

export function computeDashboard(db: Database, filter: InsightsFilter, context: IndicatorContext): Dashboard {
  return computed(db, filter, context, (q) => {
    const values = new Map<IndicatorId, IndicatorValue>();
    const basis: { -readonly [K in keyof Basis]: number } = { operations: 0, findings: 0, notices: 0, incidents: 0, cases: 0 };
    for (const g of GROUPS as readonly IndicatorGroup<IndicatorId>[]) {
      const result = valuesOf(g, q, context.readable);
      for (const [id, value] of Object.entries(result.values) as [IndicatorId, IndicatorValue][]) values.set(id, value);
      Object.assign(basis, result.basis);
    }
    return { filter, rules: q.rules, indicators: INDICATOR_IDS.map((id) => values.get(id)!), basis };
  });
}

/** One indicator for a filter (its group's pass; the others are not computed). */
export function computeIndicator(db: Database, id: IndicatorId, filter: InsightsFilter, context: IndicatorContext): IndicatorValue {
  return computed(db, filter, context, (q) => valuesOf(groupOf(id), q, context.readable).values[id]!);
}
