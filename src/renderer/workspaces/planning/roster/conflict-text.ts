// A roster conflict as one sentence with its figures: which translation key and which values. Pure, so that
// every conflict kind is table-tested; the view passes in how names, dates and numbers are written.
import type { AbsenceKind, Conflict, InstrumentKind, Qualification, ResourceKind } from '../../../../shared/roster/types.ts';

type Pair = { readonly first: string; readonly second: string };

/** Each sentence and exactly the values it writes (the dictionaries use the same names). */
export interface ConflictParams {
  readonly double_booking_person: Pair & { readonly name: string; readonly minutes: string };
  readonly double_booking_resource: Pair & { readonly name: string; readonly minutes: string };
  readonly vehicle_reserved: Pair & { readonly name: string; readonly minutes: string };
  readonly short_rest: Pair & { readonly name: string; readonly hours: string; readonly min: string };
  readonly weekly_hours: { readonly name: string; readonly hours: string; readonly max: string; readonly operations: string };
  readonly missing_qualification: { readonly operation: string; readonly qualifications: string };
  readonly missing_equipment: { readonly operation: string; readonly instrument: string };
  readonly out_of_calibration_breathalyser: Calibration;
  readonly out_of_calibration_sound_meter: Calibration;
  readonly never_calibrated: { readonly name: string; readonly operation: string };
  readonly person_inactive: { readonly name: string; readonly operation: string };
  readonly person_away: { readonly name: string; readonly operation: string; readonly absence: string; readonly days: string };
  readonly vehicle_workshop: { readonly name: string; readonly operation: string };
  readonly vehicle_seats: { readonly operation: string; readonly people: string; readonly seats: string };
}
type Calibration = {
  readonly name: string;
  readonly operation: string;
  readonly date: string;
  readonly calibratedOn: string;
  readonly months: string;
};

export type ConflictSentence = keyof ConflictParams;
export type ConflictText = { [S in ConflictSentence]: { readonly sentence: S; readonly params: ConflictParams[S] } }[ConflictSentence];

export interface ConflictWriter {
  personName(id: string): string;
  resourceLabel(id: string): string;
  resourceKind(id: string): ResourceKind | undefined;
  /** "Control de alcoholemia, jue 27/11 22:00". */
  operation(id: string): string;
  qualifications(anyOf: readonly Qualification[]): string;
  instrument(kind: InstrumentKind): string;
  /** Hours and minutes as figures of the language (one decimal at most). */
  number(value: number): string;
  date(epochMs: number): string;
  /** «Licencia», «Capacitación». */
  absence(kind: AbsenceKind): string;
  /** An absence's days, both included: «7–11 dic». */
  days(from: string, to: string): string;
}

export function describeConflict(c: Conflict, w: ConflictWriter): ConflictText {
  switch (c.kind) {
    case 'double_booking': {
      const [first, second] = c.operationIds;
      const common = { minutes: w.number(c.overlapMinutes), first: w.operation(first), second: w.operation(second) };
      return c.subject === 'person'
        ? { sentence: 'double_booking_person', params: { ...common, name: w.personName(c.subjectId) } }
        : { sentence: 'double_booking_resource', params: { ...common, name: w.resourceLabel(c.subjectId) } };
    }
    case 'vehicle_reserved':
      return {
        sentence: 'vehicle_reserved',
        params: {
          name: w.resourceLabel(c.resourceId),
          first: w.operation(c.operationIds[0]),
          second: w.operation(c.operationIds[1]),
          minutes: w.number(c.overlapMinutes),
        },
      };
    case 'short_rest':
      return {
        sentence: 'short_rest',
        params: {
          name: w.personName(c.personId),
          hours: w.number(c.restHours),
          min: w.number(c.minRestHours),
          first: w.operation(c.operationIds[0]),
          second: w.operation(c.operationIds[1]),
        },
      };
    case 'weekly_hours':
      return {
        sentence: 'weekly_hours',
        params: {
          name: w.personName(c.personId),
          hours: w.number(c.hours),
          max: w.number(c.maxHours),
          operations: String(c.operationIds.length),
        },
      };
    case 'missing_qualification':
      return {
        sentence: 'missing_qualification',
        params: { operation: w.operation(c.operationId), qualifications: w.qualifications(c.anyOf) },
      };
    case 'missing_equipment':
      return { sentence: 'missing_equipment', params: { operation: w.operation(c.operationId), instrument: w.instrument(c.resourceKind) } };
    case 'equipment_out_of_calibration': {
      const name = w.resourceLabel(c.resourceId);
      const operation = w.operation(c.operationId);
      if (c.validUntil === null || c.calibratedOn === null) return { sentence: 'never_calibrated', params: { name, operation } };
      const kind = w.resourceKind(c.resourceId);
      return {
        sentence: kind === 'sound_meter' ? 'out_of_calibration_sound_meter' : 'out_of_calibration_breathalyser',
        params: { name, operation, date: w.date(c.validUntil), calibratedOn: w.date(c.calibratedOn), months: w.number(c.validityMonths) },
      };
    }
    case 'person_unavailable': {
      const common = { name: w.personName(c.personId), operation: w.operation(c.operationId) };
      return c.reason === 'inactive'
        ? { sentence: 'person_inactive', params: common }
        : { sentence: 'person_away', params: { ...common, absence: w.absence(c.reason), days: w.days(c.from, c.to) } };
    }
    case 'resource_unavailable':
      return { sentence: 'vehicle_workshop', params: { name: w.resourceLabel(c.resourceId), operation: w.operation(c.operationId) } };
    case 'vehicle_seats':
      return {
        sentence: 'vehicle_seats',
        params: { operation: w.operation(c.operationId), people: w.number(c.people), seats: w.number(c.seats) },
      };
  }
}
