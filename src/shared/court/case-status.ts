// A case's lifecycle at the Tribunal de Faltas (docs/DOMAIN.md, Court procedure), as data:
//
//   incoming ─► opened ─► notified ─┬─► paid_voluntarily ─────────────────────────────────────────────┐
//                                   ├─► defence_filed ─┐                                               │
//                                   └─► term_expired ──┴─► hearing_scheduled ─┬─► hearing_held ───┐    │
//                                        ▲ (hearing cancelled) ◄──────────────┤                   │    │
//                                                                             └─► default_judgment ┴─► resolved
//   resolved ─┬─► paid ──────────────────┐
//             ├─► payment_plan ─► paid ──┤
//             ├─► appealed ──────────────┼─► closed ◄── paid_voluntarily
//             ├─► community_work_done ───┤
//             └─► closed (acquittal, warning: nothing left to do)
//
// The guards that depend on dates and settings (the discount while the term is open, a descargo within it, the
// term passed) are in deadlines.ts and voluntary-payment.ts; this table says only which steps exist.
export const CASE_STATUSES = [
  'incoming',
  'opened',
  'notified',
  'paid_voluntarily',
  'defence_filed',
  'term_expired',
  'hearing_scheduled',
  'hearing_held',
  'default_judgment',
  'resolved',
  'payment_plan',
  'paid',
  'appealed',
  'community_work_done',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const NEXT: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  incoming: ['opened'],
  opened: ['notified'],
  notified: ['paid_voluntarily', 'defence_filed', 'term_expired'],
  paid_voluntarily: ['closed'],
  defence_filed: ['hearing_scheduled'],
  term_expired: ['hearing_scheduled'],
  // A cancelled hearing puts the case back where it waited for one.
  hearing_scheduled: ['hearing_held', 'default_judgment', 'defence_filed', 'term_expired'],
  hearing_held: ['resolved'],
  default_judgment: ['resolved'],
  resolved: ['paid', 'payment_plan', 'appealed', 'community_work_done', 'closed'],
  payment_plan: ['paid'],
  paid: ['closed'],
  appealed: ['closed'],
  community_work_done: ['closed'],
  closed: [],
};

export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextCaseStatuses(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}

/** A signed resolution and everything after it is a court record: nothing before it may be reopened. */
export function isResolved(status: CaseStatus): boolean {
  return CASE_STATUSES.indexOf(status) >= CASE_STATUSES.indexOf('resolved');
}
