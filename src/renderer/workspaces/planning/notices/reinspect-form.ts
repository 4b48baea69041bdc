// «Resultado de la re-inspección», checked before anything is sent: the result, the Córdoba date-time of the visit
// (not after now) and a comment. Which results the visit's time allows is the vacant-lot rule the hub decides with
// (notices/judge-reinspection.ts): before the deadline only the owner's compliance — the form says so up front
// instead of the hub's 'term_open' after the round trip. The city's repair and "not complied" make an acta, whose
// court case id the dialog makes once (a second attempt names the same one).
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { judgeReinspection } from '../../../../shared/notices/judge-reinspection.ts';
import { NOTICE_RESULTS, type Notice, type NoticeResult } from '../../../../shared/records/notice-schema.ts';
import type { SettingEntry } from '../../../../shared/settings/dated.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { fromCordobaDateTimeInput, toCordobaDateTimeInput } from '../../../writes/cordoba-datetime.ts';

export interface ReinspectValues {
  readonly outcome: string;
  /** A Córdoba date-time input. */
  readonly at: string;
  readonly comment: string;
}
export type ReinspectField = keyof ReinspectValues;
export type ReinspectProblem = 'required' | 'invalid_date' | 'future_date' | 'term_open' | 'too_long';

const MAX_COMMENT = 2000;

export const initialReinspectValues = (now: number): ReinspectValues => ({ outcome: '', at: toCordobaDateTimeInput(now), comment: '' });

/** The rule's verdict on a result at `at`; null with no notification or no rule in force that day (the hub answers). */
function judged(notice: Notice, outcome: NoticeResult, at: number, settings: readonly SettingEntry[]) {
  return notice.notification ? judgeReinspection({ ...notice, notification: notice.notification }, outcome, at, settings) : null;
}

/** Each result's standing for a visit at `at`: allowed, or ruled out because the deadline has not passed ('term_open'). */
export function outcomesAt(
  notice: Notice,
  at: number | null,
  settings: readonly SettingEntry[],
): Record<NoticeResult, 'allowed' | 'term_open'> {
  const standing = (outcome: NoticeResult) =>
    at !== null && judged(notice, outcome, at, settings)?.status === 'premature' ? ('term_open' as const) : ('allowed' as const);
  return Object.fromEntries(NOTICE_RESULTS.map((outcome) => [outcome, standing(outcome)])) as Record<NoticeResult, 'allowed' | 'term_open'>;
}

export const visitInstant = (values: ReinspectValues): number | null => fromCordobaDateTimeInput(values.at.trim());

export type ReinspectChecked =
  /** acta: the result makes one (the rule's verdict), which goes to the court. */
  | { readonly ok: true; readonly mutation: Mutation; readonly acta: boolean }
  | { readonly ok: false; readonly problems: Partial<Record<ReinspectField, ReinspectProblem>> };

export function checkReinspect(
  notice: Notice,
  values: ReinspectValues,
  context: { readonly settings: readonly SettingEntry[]; readonly actaId: string; readonly now: number },
): ReinspectChecked {
  const problems: Partial<Record<ReinspectField, ReinspectProblem>> = {};
  const at = visitInstant(values);
  if (values.at.trim() === '') problems.at = 'required';
  else if (at === null) problems.at = 'invalid_date';
  else if (at > context.now) problems.at = 'future_date';
  const outcome = isOneOf(NOTICE_RESULTS, values.outcome) ? values.outcome : null;
  const verdict = outcome !== null && at !== null ? judged(notice, outcome, at, context.settings) : null;
  if (outcome === null) problems.outcome = 'required';
  else if (verdict?.status === 'premature') problems.outcome = 'term_open';
  const comment = values.comment.trim();
  if (comment.length > MAX_COMMENT) problems.comment = 'too_long';
  if (at === null || outcome === null || Object.keys(problems).length > 0) return { ok: false, problems };
  const mutation: Mutation = {
    kind: 'notice.reinspect',
    id: notice.id,
    outcome,
    at,
    actaId: context.actaId,
    ...(comment === '' ? {} : { comment }),
  };
  return { ok: true, mutation, acta: verdict?.finding === 'acta' };
}
