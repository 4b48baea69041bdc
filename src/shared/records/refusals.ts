// Why a mutation was not applied — by a kind's own rules (apply), by the hub's checks around them, or by the
// console before sending. Codes; the sentences live in i18n (errors.refusal.*).
export const REFUSAL_REASONS = [
  'not_found', // the record does not exist (or not yet)
  'already_exists', // a create for an id that exists
  'not_editable', // closed or cancelled
  'invalid_transition', // the lifecycle does not allow that status change
  'invalid_plan', // the edit would leave the plan inconsistent (e.g. end before start)
  'invalid_result', // the result does not fit the operation's type
  'retroactive', // a setting dated before today: records already judged would change verdict
  'future_date', // a date that has not come yet (a notification "tomorrow")
  'missing_settings', // no dated setting in force for what the rule needs (e.g. no UEM value that day)
  'not_an_acta', // only an acta becomes a case (a notice is a follow-up for the promoters)
  'term_open', // the term has not passed yet
  'term_expired', // the term has passed (no defence, no discount any more)
  'slot_taken', // another hearing has that room at that time
  'signed', // a signed court record: only an amendment, signed again, corrects it
  'not_notified', // the case has not been notified (no term, no citation yet)
  'hearing_past', // a citation to a hearing that has already taken place
  'offender_unidentified', // a camera acta's vehicle: the owner is not identified yet, no document can name them
  'unit_busy', // the unit already works on another incident or operation
  'unit_unavailable', // the unit is out of service
  'not_an_instrument', // a calibration for a vehicle
  'older_calibration', // a calibration dated before the one already recorded
  'not_a_vehicle', // a vehicle's change (in the workshop, in service) for an instrument
  'unknown_team', // a person's team that does not exist (or has not reached this side)
  'not_your_team', // a coordinator changing a person of a team they do not coordinate
  'overlapping_absence', // an absence sharing days with one the person already has
  'version_conflict', // someone else changed the record first (base version ≠ current)
  'forbidden', // the person's role may not make this mutation
  'invalid', // the hub could not read the mutation (or the client reused a seq for another mutation)
  'withdrawn', // the console rolled it back before sending it (an earlier mutation on the record was refused)
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
