// Why the hub (or the console before sending) refused a hearing change, in the desk's own words: the generic
// refusal sentences of the errors dictionary speak of operations, so the refusals a hearing can meet have their
// own sentences here; any other failure is shown by ApiErrorNotice.
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { refusalReason } from '../../../writes/refusal-text.ts';

export const HEARING_REFUSALS = [
  'slot_taken',
  'invalid_transition',
  'signed',
  'future_date',
  'missing_settings',
  'not_found',
  'forbidden',
  'already_exists',
  'version_conflict',
  'invalid',
] as const;
export type HearingRefusal = (typeof HEARING_REFUSALS)[number];

/** The refusal's own sentence key (refusal.<reason>), or null when the error is not a refusal of these. */
export function hearingRefusal(error: unknown): HearingRefusal | null {
  const reason = refusalReason(error);
  return isOneOf(HEARING_REFUSALS, reason) ? reason : null;
}
