// Which notice-wording trial a notice joins when it is notified, and with which variant. A trial covers one offence
// category, some barrios and a span of Córdoba days, until an administrator stops it. Trials may overlap; the oldest
// one takes the notice, so the choice never depends on the order a console happens to list them in.
import { assignVariant } from '../insights/trial-assignment.ts';
import type { Notice } from '../records/notice-schema.ts';
import type { NoticeTrial } from '../records/notice-trial-schema.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';

type NoticeScope = Pick<Notice, 'category' | 'barrio'>;

export function trialCovers(trial: NoticeTrial, notice: NoticeScope, at: number): boolean {
  const { definition: d, stoppedAt } = trial;
  const day = cordobaIsoDate(at);
  return (
    d.category === notice.category &&
    d.barrios.includes(notice.barrio) &&
    d.start <= day &&
    day <= d.end &&
    (stoppedAt === null || at < stoppedAt)
  );
}

export function trialFor(trials: readonly NoticeTrial[], notice: NoticeScope, at: number): NoticeTrial | null {
  const covering = trials.filter((t) => trialCovers(t, notice, at));
  covering.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return covering[0] ?? null;
}

/** The variant a notice gets in a trial: a pure function of the trial's seed and the notice's id. */
export function variantFor(trial: NoticeTrial, noticeId: string): string {
  return assignVariant({ seed: trial.definition.seed, variants: trial.definition.variants.map((v) => v.key) }, noticeId);
}
