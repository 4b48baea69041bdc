// Where a notice-wording trial stands on a Córdoba day: not started, running, finished (past its end) or stopped
// early by an administrator — and so whether it can still be stopped (the trial's kind refuses a stop once it ended
// or was stopped: notice-trial.ts).
import type { NoticeTrial } from '../../../../shared/records/notice-trial-schema.ts';
import type { IsoDate } from '../../../../shared/settings/iso-date.ts';

export const TRIAL_STATUSES = ['not_started', 'running', 'finished', 'stopped'] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

export function trialStatus(trial: Pick<NoticeTrial, 'definition' | 'stoppedAt'>, today: IsoDate): TrialStatus {
  if (trial.stoppedAt !== null) return 'stopped';
  if (today < trial.definition.start) return 'not_started';
  return today > trial.definition.end ? 'finished' : 'running';
}

export const canStop = (status: TrialStatus): boolean => status === 'not_started' || status === 'running';

/** Newest first: running and upcoming trials are the ones people look for. */
export const byNewest = (a: NoticeTrial, b: NoticeTrial): number => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
