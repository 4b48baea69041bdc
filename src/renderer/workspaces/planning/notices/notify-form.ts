// «Registrar notificación», checked before anything is sent: the channel and the Córdoba date-time of the
// notification (not after now, not before the finding — the hub's own rules, said next to the field), and what it
// will do, shown before saving: the deadline the days in force that day give (notices/deadline.ts), when the
// re-inspection it plans falls (notices/reinspection-plan.ts), and the trial wording the notice gets if a trial
// covers it (notices/trial-for.ts).
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { noticeDeadlineFor } from '../../../../shared/notices/deadline.ts';
import { reinspectionPlan } from '../../../../shared/notices/reinspection-plan.ts';
import { trialFor, variantFor } from '../../../../shared/notices/trial-for.ts';
import { NOTIFICATION_CHANNELS } from '../../../../shared/records/court-case-schema.ts';
import type { Notice } from '../../../../shared/records/notice-schema.ts';
import type { NoticeTrial, TrialDefinition } from '../../../../shared/records/notice-trial-schema.ts';
import type { SettingEntry } from '../../../../shared/settings/dated.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { fromCordobaDateTimeInput, toCordobaDateTimeInput } from '../../../writes/cordoba-datetime.ts';

export interface NotifyValues {
  readonly channel: string;
  /** A Córdoba date-time input ("2026-03-10T09:30"). */
  readonly notifiedAt: string;
}
export type NotifyField = keyof NotifyValues;
export type NotifyProblem = 'required' | 'invalid_date' | 'future_date' | 'before_finding';

export interface NotifyContext {
  readonly settings: readonly SettingEntry[];
  readonly trials: readonly NoticeTrial[];
  /** The re-inspection operation's id, made once per dialog so a second attempt plans the same one. */
  readonly reinspectionId: string;
  readonly now: number;
}

/** What the notification will do: its deadline (null: none in force that day), the re-inspection's start, the wording. */
export interface NotifyPreview {
  readonly lastDay: string;
  readonly reinspectionStart: number;
}
export interface TrialWording {
  readonly trial: NoticeTrial;
  readonly variant: TrialDefinition['variants'][number];
}

export const initialNotifyValues = (now: number): NotifyValues => ({ channel: '', notifiedAt: toCordobaDateTimeInput(now) });

/** The trial and wording a notification at `at` gives the notice; null outside every trial. */
export function trialWording(notice: Notice, trials: readonly NoticeTrial[], at: number): TrialWording | null {
  const trial = trialFor(trials, notice, at);
  if (!trial) return null;
  const key = variantFor(trial, notice.id);
  const variant = trial.definition.variants.find((v) => v.key === key);
  return variant ? { trial, variant } : null;
}

/** The deadline and re-inspection a notification at `at` gives; null when no deadline is in force that day. */
export function notifyPreview(notice: Notice, at: number, context: Omit<NotifyContext, 'trials'>): NotifyPreview | null {
  const deadline = noticeDeadlineFor(notice.category, at, context.settings);
  if (!deadline) return null;
  const plan = reinspectionPlan({
    id: context.reinspectionId,
    notice,
    dueBy: deadline.dueBy,
    team: null,
    now: context.now,
    by: null,
    settings: context.settings,
  });
  return { lastDay: deadline.lastDay, reinspectionStart: plan.plannedStart };
}

/** The instant typed, when it can be read at all. */
export const notifiedInstant = (values: NotifyValues): number | null => fromCordobaDateTimeInput(values.notifiedAt.trim());

export type NotifyChecked =
  | { readonly ok: true; readonly mutation: Mutation }
  | { readonly ok: false; readonly problems: Partial<Record<NotifyField, NotifyProblem>> };

export function checkNotify(notice: Notice, values: NotifyValues, context: NotifyContext): NotifyChecked {
  const problems: Partial<Record<NotifyField, NotifyProblem>> = {};
  const channel = isOneOf(NOTIFICATION_CHANNELS, values.channel) ? values.channel : null;
  if (channel === null) problems.channel = 'required';
  const at = notifiedInstant(values);
  if (values.notifiedAt.trim() === '') problems.notifiedAt = 'required';
  else if (at === null) problems.notifiedAt = 'invalid_date';
  else if (at > context.now) problems.notifiedAt = 'future_date';
  else if (at < notice.record.occurredAt) problems.notifiedAt = 'before_finding';
  if (at === null || channel === null || Object.keys(problems).length > 0) return { ok: false, problems };
  const wording = trialWording(notice, context.trials, at);
  const fields = {
    id: notice.id,
    channel,
    notifiedAt: at,
    reinspectionId: context.reinspectionId,
    ...(wording ? { variant: { trialId: wording.trial.id, key: wording.variant.key } } : {}),
  };
  return { ok: true, mutation: { kind: 'notice.notify', ...fields } };
}
