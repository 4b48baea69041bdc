// Which defence term applies to a case: the offence category of the operation that produced the acta, 'camera' for
// a camera acta, 'other' for an acta entered at the desk (docs/DOMAIN.md, Court procedure; the terms are the dated
// setting 'court.defenceDeadlines').
import type { OperationType } from '../operations/codes.ts';
import type { CaseOrigin } from '../records/court-case-schema.ts';
import type { OffenceCategory } from '../settings/catalogue.ts';

const BY_OPERATION: Readonly<Record<OperationType, OffenceCategory>> = {
  noise_check: 'noise',
  alcohol_test: 'alcohol',
  public_event: 'public_event',
  street_vending: 'street_vending',
  vacant_lot: 'vacant_lot',
  camera_review: 'camera',
  education_session: 'other',
  election_oversight: 'other',
};

export function offenceCategory(origin: CaseOrigin, operationType: OperationType | null): OffenceCategory {
  if (origin === 'camera') return 'camera';
  return operationType ? BY_OPERATION[operationType] : 'other';
}
