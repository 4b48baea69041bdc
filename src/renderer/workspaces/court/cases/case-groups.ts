// The desk's status filter and text search over the cases list. Fifteen statuses are too many to filter by one at
// a time, so they fall into the groups a clerk works by: what just came in, what is being processed, what waits
// for a hearing, what a resolution (or a voluntary payment) decided, and what is closed.
import type { CaseView } from '../../../../shared/api/court.ts';
import type { CaseStatus } from '../../../../shared/court/case-status.ts';
import type { Offender } from '../../../../shared/rules/findings.ts';

export const CASE_GROUPS = ['all', 'incoming', 'in_progress', 'awaiting_hearing', 'resolved', 'closed'] as const;
export type CaseGroup = (typeof CASE_GROUPS)[number];

/**
 * hearing_held and default_judgment count as "in progress": the hearing took place and the case waits for the
 * judge's signature, not for a hearing. A voluntary payment is a decision (the offender accepted the fine).
 */
const GROUP_OF: Readonly<Record<CaseStatus, Exclude<CaseGroup, 'all'>>> = {
  incoming: 'incoming',
  opened: 'in_progress',
  notified: 'in_progress',
  hearing_held: 'in_progress',
  default_judgment: 'in_progress',
  defence_filed: 'awaiting_hearing',
  term_expired: 'awaiting_hearing',
  hearing_scheduled: 'awaiting_hearing',
  paid_voluntarily: 'resolved',
  resolved: 'resolved',
  payment_plan: 'resolved',
  paid: 'resolved',
  appealed: 'resolved',
  community_work_done: 'resolved',
  closed: 'closed',
};

export const caseGroup = (status: CaseStatus): Exclude<CaseGroup, 'all'> => GROUP_OF[status];

export const inGroup = (status: CaseStatus, group: CaseGroup): boolean => group === 'all' || GROUP_OF[status] === group;

/** How many cases each group holds ('all' too), for the filter's labels. */
export function groupCounts(views: readonly CaseView[]): Readonly<Record<CaseGroup, number>> {
  const counts = Object.fromEntries(CASE_GROUPS.map((g) => [g, 0])) as Record<CaseGroup, number>;
  for (const view of views) {
    counts.all++;
    counts[GROUP_OF[view.status]]++;
  }
  return counts;
}

/** Lower case without accents: "perez" finds "Pérez", "cordoba" finds "Córdoba". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Digits only: a DNI typed "30.111.222" finds 30111222, a CUIT "20-1234…" finds 201234…. */
const digits = (text: string): string => text.replace(/\D/g, '');

/** The texts a case is found by: its number, and the offender's name and document (DNI, CUIT or plate). */
function searchable(view: CaseView): { readonly words: string; readonly numbers: string } {
  const offender: Offender = view.case.record.offender;
  const parts = [view.case.number ?? ''];
  switch (offender.kind) {
    case 'person':
      parts.push(offender.fullName, offender.dni);
      break;
    case 'company':
      parts.push(offender.name, offender.cuit);
      break;
    case 'vehicle':
      parts.push(offender.plate);
      break;
  }
  return { words: fold(parts.join(' ')), numbers: parts.map(digits).join(' ') };
}

/** A word of digits, dots and dashes is a document or number as people type it ("30.111.222", "20-12345678-6"). */
const NUMERIC = /^[\d.-]*\d[\d.-]*$/;

/** Every word of the query appears in the case's texts; a numeric word also with its dots and dashes ignored. */
export function matchesSearch(view: CaseView, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const found = searchable(view);
  return words.every((word) => found.words.includes(word) || (NUMERIC.test(word) && found.numbers.includes(digits(word))));
}

export function filterCases(views: readonly CaseView[], group: CaseGroup, query: string): readonly CaseView[] {
  return views.filter((view) => inGroup(view.status, group) && matchesSearch(view, query));
}
