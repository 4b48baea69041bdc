// Runs in: tests only. Case views as 'court.cases' answers them, built on the shared court test cases.
import type { CaseView } from '../../../../shared/api/court.ts';
import type { CaseStatus } from '../../../../shared/court/case-status.ts';
import type { CourtCase } from '../../../../shared/records/court-case-schema.ts';
import { caseAt } from '../../../../shared/records/test-support/court-cases.ts';

export function viewOf(status: CaseStatus, changes: Partial<CourtCase> = {}, view: Partial<Omit<CaseView, 'case'>> = {}): CaseView {
  const id = changes.id ?? '0190a8c0-0000-7000-8000-0000000000a1';
  return {
    case: caseAt(id, status, changes),
    status,
    hearing: null,
    term: null,
    offer: { offered: false, reason: 'not_notified' },
    unsynced: null,
    ...view,
  };
}
