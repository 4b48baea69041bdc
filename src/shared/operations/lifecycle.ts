// The operation lifecycle as data. Issue 5 adds what each step requires (a reserved team, results to close).
//
//   draft ──► planned ──► reserved ──► in_progress ──► closed
//     │          │  ▲         │             │
//     │          │  └─────────┘ (release)   │
//     └──────────┴──────┬─────┴─────────────┘
//                       ▼
//                   cancelled (with a reason)
import type { OperationStatus } from './codes.ts';

const NEXT: Readonly<Record<OperationStatus, readonly OperationStatus[]>> = {
  draft: ['planned', 'cancelled'],
  planned: ['draft', 'reserved', 'cancelled'],
  reserved: ['planned', 'in_progress', 'cancelled'],
  in_progress: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

export function canTransition(from: OperationStatus, to: OperationStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: OperationStatus): readonly OperationStatus[] {
  return NEXT[from];
}

/** Closed and cancelled operations are history: their plan can no longer be edited. */
export function isEditable(status: OperationStatus): boolean {
  return NEXT[status].length > 0;
}
