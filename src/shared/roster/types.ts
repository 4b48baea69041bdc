// The shift roster as data: who and what is assigned to which operation, the rules it must keep, and the
// conflicts that break them. Conflicts carry codes, ids and figures only; the UI writes the sentences.
import type { OperationType, Shift } from '../operations/codes.ts';

export const QUALIFICATIONS = ['alcohol_test_operator', 'environment_specialist', 'sound_meter_operator', 'driver', 'mediator'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

export const RESOURCE_KINDS = ['vehicle', 'breathalyser', 'sound_meter'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
/** Measuring instruments: their readings only count with a valid calibration (official verification). */
export type InstrumentKind = Exclude<ResourceKind, 'vehicle'>;

export const VEHICLE_TYPES = ['car', 'pickup', 'van', 'motorcycle'] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];
/** A vehicle in the workshop is not assigned; absent on a record = in service. */
export const VEHICLE_STATUSES = ['in_service', 'workshop'] as const;
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];

/** Why a person is away: the kinds of absence a coordinator records. */
export const ABSENCE_KINDS = ['leave', 'sick', 'training', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly qualifications: readonly Qualification[];
  /** false: no longer works in the program. Absent = active. */
  readonly active?: boolean;
  /** Days away ('YYYY-MM-DD', both included, Córdoba days), never overlapping (absences.ts). */
  readonly absences?: readonly { readonly kind: AbsenceKind; readonly from: string; readonly to: string }[];
}

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly label: string;
  /** Instruments: last calibration (breathalysers: last official verification), epoch ms. Absent = never. */
  readonly calibratedOn?: number;
  /** Vehicles: seats, the driver's included (absent: not recorded, never judged). */
  readonly seats?: number;
  /** Vehicles: absent = in service. */
  readonly status?: VehicleStatus;
}

/** An operation as the roster sees it: a typed time window. What it needs follows from its type. */
export interface RosterOperation {
  readonly id: string;
  readonly type: OperationType;
  readonly start: number; // epoch ms
  readonly end: number; // epoch ms, > start
}

export type Assignment =
  | { readonly operationId: string; readonly personId: string; readonly resourceId?: undefined }
  | { readonly operationId: string; readonly resourceId: string; readonly personId?: undefined };

/**
 * One week of the roster: [start, end) is the Córdoba week the weekly-hours limit applies to. Operations may
 * reach outside it (Sunday night into Monday, or the neighbouring days included so that rest across the week
 * boundary is checked); only their hours inside the week count towards the limit. Pass only live operations:
 * a cancelled one holds nobody.
 */
export interface RosterWeek {
  readonly start: number;
  readonly end: number;
  readonly people: readonly Person[];
  readonly resources: readonly Resource[];
  readonly operations: readonly RosterOperation[];
  readonly assignments: readonly Assignment[];
}

export interface ShiftWindow {
  readonly start: string; // 'HH:MM', Córdoba wall clock
  readonly end: string; // 'HH:MM'; earlier than start = the shift crosses midnight
}

/** Limits come from dated settings; the roster takes them as plain values. */
export interface RosterRules {
  readonly minRestHours: number;
  readonly maxWeeklyHours: number;
  readonly shiftTimes: Readonly<Record<Shift, ShiftWindow>>;
  /** How long a calibration stays valid, in calendar months, per instrument kind. */
  readonly calibrationMonths: Readonly<Record<InstrumentKind, number>>;
}

export type RosterChange =
  | { readonly kind: 'assign'; readonly assignment: Assignment }
  | { readonly kind: 'unassign'; readonly assignment: Assignment }
  | { readonly kind: 'move'; readonly operationId: string; readonly start: number; readonly end: number };

/** Two operations of one person or instrument overlap. operationIds: earlier first. */
export interface DoubleBookingConflict {
  readonly kind: 'double_booking';
  readonly subject: 'person' | 'resource';
  readonly subjectId: string;
  readonly operationIds: readonly [string, string];
  readonly overlapMinutes: number;
}

/** The same, for a vehicle: it is already reserved by the earlier operation. */
export interface VehicleReservedConflict {
  readonly kind: 'vehicle_reserved';
  readonly resourceId: string;
  readonly operationIds: readonly [string, string];
  readonly overlapMinutes: number;
}

/** Rest between two shifts worked by a person: from the end of the first to the start of the next. */
export interface ShortRestConflict {
  readonly kind: 'short_rest';
  readonly personId: string;
  readonly operationIds: readonly [string, string];
  readonly restHours: number;
  readonly minRestHours: number;
}

export interface WeeklyHoursConflict {
  readonly kind: 'weekly_hours';
  readonly personId: string;
  readonly operationIds: readonly string[]; // the person's operations that count towards the week
  readonly hours: number;
  readonly maxHours: number;
}

/** Nobody assigned to the operation has any of these qualifications. */
export interface MissingQualificationConflict {
  readonly kind: 'missing_qualification';
  readonly operationId: string;
  readonly anyOf: readonly Qualification[];
}

/** The operation's type needs an instrument of this kind and none is assigned. */
export interface MissingEquipmentConflict {
  readonly kind: 'missing_equipment';
  readonly operationId: string;
  readonly resourceKind: InstrumentKind;
}

/** The instrument's calibration runs out before the operation ends (or it was never calibrated: nulls). */
export interface OutOfCalibrationConflict {
  readonly kind: 'equipment_out_of_calibration';
  readonly operationId: string;
  readonly resourceId: string;
  readonly calibratedOn: number | null;
  readonly validUntil: number | null; // end of the last valid Córdoba day
  readonly validityMonths: number;
}

/** An assigned person who no longer works in the program, or who is away on a day of the operation. */
export type PersonUnavailableConflict = {
  readonly kind: 'person_unavailable';
  readonly personId: string;
  readonly operationId: string;
} & (
  | { readonly reason: 'inactive' }
  /** Away: the absence's days ('YYYY-MM-DD', both included). */
  | { readonly reason: AbsenceKind; readonly from: string; readonly to: string }
);

/** An assigned vehicle that is in the workshop. */
export interface ResourceUnavailableConflict {
  readonly kind: 'resource_unavailable';
  readonly resourceId: string;
  readonly operationId: string;
  readonly reason: 'workshop';
}

/** More people assigned than the assigned vehicles seat (counted only when every vehicle's seats are known). */
export interface VehicleSeatsConflict {
  readonly kind: 'vehicle_seats';
  readonly operationId: string;
  readonly seats: number;
  readonly people: number;
}

export type Conflict =
  | PersonUnavailableConflict
  | ResourceUnavailableConflict
  | VehicleSeatsConflict
  | DoubleBookingConflict
  | VehicleReservedConflict
  | ShortRestConflict
  | WeeklyHoursConflict
  | MissingQualificationConflict
  | MissingEquipmentConflict
  | OutOfCalibrationConflict;

export type ConflictKind = Conflict['kind'];

/** The operations a conflict is about (the cards that show it). */
export function conflictOperations(c: Conflict): readonly string[] {
  return 'operationIds' in c ? c.operationIds : [c.operationId];
}
