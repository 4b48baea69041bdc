// The codes of an operation: its type, lifecycle status and shift. Stable identifiers; labels live in i18n.
// A leaf module (it imports nothing), so the record, its details and its figures can all use it.

export const OPERATION_TYPES = [
  'noise_check',
  'alcohol_test',
  'public_event',
  'street_vending',
  'vacant_lot',
  'education_session',
  'election_oversight',
  'camera_review',
] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

/** Lifecycle: draft → planned → reserved → in_progress → closed; any open state → cancelled. */
export const OPERATION_STATUSES = ['draft', 'planned', 'reserved', 'in_progress', 'closed', 'cancelled'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

export const SHIFTS = ['morning', 'afternoon', 'night'] as const;
export type Shift = (typeof SHIFTS)[number];
