// Which actions the case view offers, from where the case stands. The steps that exist come from the lifecycle
// (nextCaseStatuses); each step is one desk action, offered only while its guard holds (the same date and offer
// rules the mutation checks, so the desk is not shown a button the hub will refuse) and while the signed-in role
// may make its mutation. The steps a hearing takes (held, in absentia, signed, and a cancelled hearing sending the
// case back) are done from the hearing itself, not from here.
import type { CaseView } from '../../../../shared/api/court.ts';
import { CASE_STATUSES, nextCaseStatuses, type CaseStatus } from '../../../../shared/court/case-status.ts';
import { CASE_SETTLEMENTS } from '../../../../shared/records/court-case-schema.ts';
import type { MutationKind } from '../../../../shared/records/mutations.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';

export const CASE_ACTIONS = [
  'open',
  'notify',
  'payVoluntarily',
  'fileDefence',
  'expireTerm',
  'scheduleHearing',
  'rescheduleHearing',
  'settle',
  'reassign',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The mutation each action makes: the role must be allowed it. */
export const ACTION_MUTATION: Readonly<Record<CaseAction, MutationKind>> = {
  open: 'court_case.open',
  notify: 'court_case.notify',
  payVoluntarily: 'court_case.payVoluntarily',
  fileDefence: 'court_case.fileDefence',
  expireTerm: 'court_case.expireTerm',
  scheduleHearing: 'hearing.schedule',
  rescheduleHearing: 'hearing.schedule',
  settle: 'court_case.settle',
  reassign: 'court_case.reassign',
};

/** The desk action that moves a case to each status; absent: a hearing's step. */
const ACTION_TO: Readonly<Partial<Record<CaseStatus, CaseAction>>> = {
  opened: 'open',
  notified: 'notify',
  paid_voluntarily: 'payVoluntarily',
  defence_filed: 'fileDefence',
  term_expired: 'expireTerm',
  hearing_scheduled: 'scheduleHearing',
  paid: 'settle',
  payment_plan: 'settle',
  appealed: 'settle',
  community_work_done: 'settle',
  closed: 'settle',
};

const rank = (status: CaseStatus) => CASE_STATUSES.indexOf(status);

export interface CaseActionInput {
  readonly view: Pick<CaseView, 'status' | 'term' | 'offer' | 'hearing'> & {
    readonly case: { readonly record: { readonly kind: string } };
  };
  /** The signed hearing a settlement of a resolution refers to (null: none signed yet). */
  readonly signedHearingId: string | null;
  readonly may: (kind: MutationKind) => boolean;
}

/** Whether an action's own guard holds (mirrors the mutation's, so the hub would accept it today). */
function applies(action: CaseAction, { view, signedHearingId }: CaseActionInput): boolean {
  switch (action) {
    case 'open':
      return view.case.record.kind === 'acta';
    case 'payVoluntarily':
      return view.offer.offered;
    case 'fileDefence':
      return view.term !== null && view.term.state !== 'expired';
    case 'expireTerm':
      return view.term?.state === 'expired';
    case 'rescheduleHearing':
      return view.hearing?.status === 'scheduled';
    case 'settle':
      // A resolution is settled against its signed hearing; later steps (paid → closed, paid voluntarily →
      // closed) need none.
      return view.status !== 'resolved' || signedHearingId !== null;
    case 'reassign':
      return view.status !== 'incoming' && view.status !== 'closed';
    default:
      return true;
  }
}

/** The actions to offer, in the order of the procedure. */
export function caseActions(input: CaseActionInput): readonly CaseAction[] {
  const { status } = input.view;
  // A step back (hearing_scheduled → defence_filed) is a cancelled hearing: the hearing's own action.
  const forward = nextCaseStatuses(status).filter((to) => rank(to) > rank(status));
  const steps = new Set(forward.map((to) => ACTION_TO[to]).filter((action) => action !== undefined));
  if (status === 'hearing_scheduled') steps.add('rescheduleHearing');
  steps.add('reassign');
  return CASE_ACTIONS.filter((action) => steps.has(action) && applies(action, input) && input.may(ACTION_MUTATION[action]));
}

export type Settlement = (typeof CASE_SETTLEMENTS)[number];

/** What a settlement may record from a status (after the resolution: paid, a plan, an appeal…; after a plan: paid). */
export function settlementChoices(status: CaseStatus): readonly Settlement[] {
  return nextCaseStatuses(status).filter((to): to is Settlement => isOneOf(CASE_SETTLEMENTS, to));
}

/** Whether the role may take any step on a case at all (else the view says so instead of "nothing to do"). */
export function mayChangeCases(may: (kind: MutationKind) => boolean): boolean {
  return CASE_ACTIONS.some((action) => may(ACTION_MUTATION[action]));
}

/**
 * The hearing whose signed resolution a settlement refers to: the last one signed (an amendment, signed again,
 * supersedes the original). Cancelled hearings never carry a signature.
 */
export function signedHearing<H extends { readonly id: string; readonly signed: { readonly at: number } | null }>(
  hearings: readonly H[],
): H | null {
  return hearings.reduce<H | null>((latest, h) => (h.signed && (!latest?.signed || h.signed.at > latest.signed.at) ? h : latest), null);
}
