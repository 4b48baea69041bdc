// A roster conflict as one sentence with its figures: which translation key and which values. Pure, so that
// every conflict kind is table-tested; the view passes in how names, dates and numbers are written.
import type { Conflict, InstrumentKind, Qualification, ResourceKind } from '../../../../shared/roster/types.ts';

export type ConflictSentence =
  | 'double_booking_person'
  | 'double_booking_resource'
  | 'vehicle_reserved'
  | 'short_rest'
  | 'weekly_hours'
  | 'missing_qualification'
  | 'missing_equipment'
  | 'out_of_calibration_breathalyser'
  | 'out_of_calibration_sound_meter'
  | 'never_calibrated';

export interface ConflictText {
  readonly sentence: ConflictSentence;
  readonly params: Readonly<Record<string, string>>;
}

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
        params: { name: w.personName(c.personId), hours: w.number(c.restHours), min: w.number(c.minRestHours), first: w.operation(c.operationIds[0]), second: w.operation(c.operationIds[1]) },
      };
    case 'weekly_hours':
      return {
        sentence: 'weekly_hours',
        params: { name: w.personName(c.personId), hours: w.number(c.hours), max: w.number(c.maxHours), count: String(c.operationIds.length) },
      };
    case 'missing_qualification':
      return { sentence: 'missing_qualification', params: { operation: w.operation(c.operationId), qualifications: w.qualifications(c.anyOf) } };
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
  }
}
