// Runs in: Node. A notice-wording trial's report: per variant, the notices notified with it, those whose deadline
// has passed (decided) and those the owner complied with (the same count as compliance without sanction), with
// the share's 95 % Wilson interval; each variant against the first (the difference, Newcombe's interval, Cohen's h
// and whether the samples can conclude, by 'insights.rules'.minSample); and whether the split so far looks like the
// seeded randomisation (chi-square goodness of fit). The notices are randomised, so here a difference is an effect.
import type { Database } from 'better-sqlite3';
import type { TrialReport, TrialVariantResult } from '../../shared/api/insights.ts';
import { assignmentBalance } from '../../shared/insights/trial-assignment.ts';
import { proportionDifference } from '../../shared/insights/stats.ts';
import type { NoticeTrial } from '../../shared/records/notice-trial-schema.ts';
import { settingOnDay, type SettingEntry } from '../../shared/settings/dated.ts';
import { cordobaIsoDate } from '../../shared/time/cordoba.ts';
import { HandlerError } from '../api/dispatch.ts';
import { StatementCache } from '../cache/statements.ts';
import { wilson } from './indicators/values.ts';

const BY_VARIANT = `SELECT variant, count(*) AS notified, count(*) FILTER (WHERE due_by <= @now) AS decided,
    count(*) FILTER (WHERE due_by <= @now AND result = 'complied_by_owner') AS complied
  FROM insight_notices WHERE trial_id = @trial GROUP BY variant`;

const statements = new WeakMap<Database, StatementCache>();

export function trialReport(db: Database, trial: NoticeTrial, settings: readonly SettingEntry[], now = Date.now()): TrialReport {
  const rules = settingOnDay(settings, 'insights.rules', cordobaIsoDate(now));
  if (!rules) throw new HandlerError({ code: 'refused', issues: [{ path: 'insights.rules', code: 'missing_settings' }] });
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new StatementCache(db)));
  type Counts = Pick<TrialVariantResult, 'notified' | 'decided' | 'complied'>;
  const rows = cache.get(BY_VARIANT).all({ trial: trial.id, now }) as (Counts & { variant: string })[];
  const found = new Map(rows.map((r) => [r.variant, r]));
  const variants: TrialVariantResult[] = trial.definition.variants.map(({ key, label }) => {
    const { notified = 0, decided = 0, complied = 0 } = found.get(key) ?? {};
    return { key, label, notified, decided, complied, share: decided ? complied / decided : null, interval: wilson(complied, decided) };
  });
  const [first, ...others] = variants;
  const effects = others.map((v) => {
    const d = proportionDifference({ successes: v.complied, n: v.decided }, { successes: first!.complied, n: first!.decided }, rules);
    const interval = d.lower === null || d.upper === null ? null : { low: d.lower, high: d.upper };
    return { key: v.key, against: first!.key, difference: d.difference, interval, cohenH: d.cohensH, adequacy: d.adequacy };
  });
  const balance = assignmentBalance(variants.map((v) => v.notified));
  // Nothing notified yet: no sign of an uneven split.
  return { trial, variants, effects, balance: { chiSquare: balance.chiSquare ?? 0, pValue: balance.pValue ?? 1 } };
}
