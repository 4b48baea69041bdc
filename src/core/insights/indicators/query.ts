// Runs in: Node. What every indicator's query gets: the filter resolved against the dated settings (a CPC is the
// barrios the table in force at the range's end gives it), the counting rules in force then, the clock, and the
// SQL of the filter's dimensions over one fact table's columns — only the dimensions that table has apply.
import type { Database } from 'better-sqlite3';
import type { InsightFilterDimension, InsightsFilter } from '../../../shared/api/insights.ts';
import type { SettingValue } from '../../../shared/settings/catalogue.ts';
import { settingOnDay, type SettingEntry } from '../../../shared/settings/dated.ts';
import type { IsoDate } from '../../../shared/settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../../../shared/time/cordoba.ts';
import { HandlerError } from '../../api/dispatch.ts';
import { StatementCache } from '../../cache/statements.ts';

export interface IndicatorQuery {
  readonly statements: StatementCache;
  readonly filter: InsightsFilter;
  /** The barrios the filter keeps (its barrios and its CPCs' together: both must hold); null: every barrio. */
  readonly barrios: readonly string[] | null;
  readonly rules: SettingValue<'insights.rules'>;
  /** Every month of the range, 'YYYY-MM', in order (the breakdowns show each, counted or not). */
  readonly months: readonly string[];
  readonly now: number;
  readonly today: IsoDate;
  /** The last instant of the range, or now if it ends later: where stocks (the court backlog) are taken. */
  readonly end: number;
}

const statements = new WeakMap<Database, StatementCache>();

function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let key = from.slice(0, 7); key <= to.slice(0, 7); key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

function barriosOf(filter: InsightsFilter, settings: readonly SettingEntry[]): readonly string[] | null {
  const sets: Set<string>[] = [];
  if (filter.barrios?.length) sets.push(new Set(filter.barrios));
  if (filter.cpcs?.length) {
    const table = settingOnDay(settings, 'court.barrioCpc', filter.to) ?? [];
    const cpcs = new Set(filter.cpcs);
    sets.push(new Set(table.filter((row) => cpcs.has(row.cpc)).map((row) => row.barrio)));
  }
  if (!sets.length) return null;
  return [...sets[0]!].filter((barrio) => sets.every((set) => set.has(barrio)));
}

export function indicatorQuery(db: Database, filter: InsightsFilter, settings: readonly SettingEntry[], now: number): IndicatorQuery {
  const rules = settingOnDay(settings, 'insights.rules', filter.to);
  if (!rules) throw new HandlerError({ code: 'refused', issues: [{ path: 'insights.rules', code: 'missing_settings' }] });
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new StatementCache(db)));
  return {
    statements: cache,
    filter,
    barrios: barriosOf(filter, settings),
    rules,
    months: monthsOf(filter.from, filter.to),
    now,
    today: cordobaIsoDate(now),
    end: Math.min(now, cordobaDayRange(filter.to)![1] - 1),
  };
}

/** The columns of a fact table the filter's dimensions test; a dimension without one does not apply to it. */
export interface DimensionColumns {
  readonly barrio?: string;
  readonly operationType?: string;
  readonly category?: string;
  /** The incident whose first complaint's channel is tested (findings and notices that came from a complaint). */
  readonly incident?: string;
  /** The channel itself (incidents, complaints). */
  readonly channel?: string;
}

export interface Dimensions {
  /** Conditions to AND into the WHERE ('' when none), over the named parameters in `params`. */
  readonly sql: string;
  readonly params: Readonly<Record<string, string>>;
  readonly applied: readonly InsightFilterDimension[];
}

const inList = (column: string, param: string) => `${column} IN (SELECT value FROM json_each(@${param}))`;
const given = <T>(values: readonly T[] | undefined) => (values?.length ? values : null);

export function dimensions(q: IndicatorQuery, columns: DimensionColumns): Dimensions {
  const { filter } = q;
  const terms: string[] = [];
  const params: Record<string, string> = {};
  const applied: InsightFilterDimension[] = [];
  /** A dimension applies when the table has a test for it and the filter names values (an empty CPC mapping names none). */
  const dimension = (test: string | undefined, param: string, values: readonly string[] | null, as: readonly InsightFilterDimension[]) => {
    if (test === undefined || values === null) return;
    terms.push(test);
    params[param] = JSON.stringify(values);
    applied.push(...as);
  };
  const { barrio, operationType, category, incident, channel } = columns;
  const places = (['barrios', 'cpcs'] as const).filter((d) => filter[d]?.length);
  dimension(barrio && inList(barrio, 'barrios'), 'barrios', q.barrios, places);
  dimension(operationType && inList(operationType, 'types'), 'types', given(filter.operationTypes), ['operationTypes']);
  dimension(category && inList(category, 'categories'), 'categories', given(filter.categories), ['categories']);
  // One primary-key probe per row that came from a complaint (building the set of a channel's incidents of every year
  // would cost more than the rows it is tested on).
  const byIncident =
    incident &&
    `(${incident}) IS NOT NULL AND EXISTS (SELECT 1 FROM insight_incidents AS i WHERE i.id = (${incident}) AND ${inList('i.channel', 'channels')})`;
  dimension(channel ? inList(channel, 'channels') : byIncident, 'channels', given(filter.channels), ['channels']);
  return { sql: terms.map((t) => ` AND ${t}`).join(''), params, applied };
}
