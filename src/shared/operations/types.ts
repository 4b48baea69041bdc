// The operation record as every layer sees it. Codes are stable identifiers; labels live in i18n.

import type { OperationDetails } from './details.ts';
import type { OperationFigures } from './figures.ts';
import type { OperationStatus, OperationType, Shift } from './codes.ts';

export interface Operation {
  readonly id: string; // UUIDv7
  readonly type: OperationType;
  readonly status: OperationStatus;
  readonly barrio: string;
  readonly lat: number;
  readonly lng: number;
  readonly address: string;
  readonly plannedStart: number; // epoch ms (UTC)
  readonly plannedEnd: number; // epoch ms (UTC)
  readonly shift: Shift;
  readonly team: string;
  readonly resultSummary: string | null;
  readonly cancelReason: string | null; // why it was cancelled (cancelled only)
  /** Reservations, timeline, result and findings (details.ts); absent on records that never had any. */
  readonly details?: OperationDetails;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly version: number;
}

/** Where a record's local changes stand: all with the hub, some waiting to be sent, or refused by it. */
export const RECORD_SYNC_STATES = ['synced', 'pending', 'conflict'] as const;
export type RecordSyncState = (typeof RECORD_SYNC_STATES)[number];
export type UnsyncedState = Exclude<RecordSyncState, 'synced'>;

/** An operation as the grid shows it, with the figures counted from its details (figures.ts). */
export interface OperationRow extends Operation, OperationFigures {
  readonly syncState: RecordSyncState;
}
