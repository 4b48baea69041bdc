// What an operation needs, derived from its type. Each people requirement is met when anyone assigned holds
// one of its qualifications (one person may meet several: the alcohol-test operator may also drive).
import type { OperationType } from '../operations/codes.ts';
import type { InstrumentKind, Qualification } from './types.ts';

export interface Requirements {
  readonly people: readonly (readonly Qualification[])[];
  readonly instruments: readonly InstrumentKind[];
}

const NONE: Requirements = { people: [], instruments: [] };

const BY_TYPE: Readonly<Record<OperationType, Requirements>> = {
  // Conducción Responsable: screenings only count with an operator and a verified breathalyser.
  alcohol_test: { people: [['alcohol_test_operator']], instruments: ['breathalyser'] },
  // Ordinance 12.208 readings: an environment specialist or someone trained on the sound meter.
  noise_check: { people: [['environment_specialist', 'sound_meter_operator']], instruments: ['sound_meter'] },
  public_event: NONE,
  street_vending: NONE,
  vacant_lot: NONE,
  education_session: NONE,
  election_oversight: NONE,
  camera_review: NONE,
};

/** An assigned vehicle needs someone who may drive it, whatever the operation. */
export const VEHICLE_NEEDS: readonly Qualification[] = ['driver'];

export function requirementsOf(type: OperationType): Requirements {
  return BY_TYPE[type];
}
