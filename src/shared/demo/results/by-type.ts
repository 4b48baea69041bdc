// Each operation type's demo plan (typed-plan.ts) and closing (its result, findings and summary), in one table: a
// new type does not compile until it has both.
import type { OperationType } from '../../operations/codes.ts';
import type { TypedPlan } from '../../operations/typed-plan.ts';
import { alcoholClosing, alcoholPlan } from './alcohol.ts';
import { cameraReviewClosing, cameraReviewPlan } from './camera-review.ts';
import type { ClosingInput, PlanInput, TypedClosing } from './closing-input.ts';
import { educationClosing, educationPlan } from './education.ts';
import { electionClosing, electionPlan } from './election.ts';
import { noiseClosing, noisePlan } from './noise.ts';
import { publicEventClosing, publicEventPlan } from './public-event.ts';
import { streetVendingClosing, streetVendingPlan } from './street-vending.ts';
import { vacantLotClosing, vacantLotPlan } from './vacant-lot.ts';

interface TypeStory {
  readonly plan: (input: PlanInput) => TypedPlan;
  readonly close: (input: ClosingInput) => TypedClosing;
}

export const TYPE_STORIES: Readonly<Record<OperationType, TypeStory>> = {
  alcohol_test: { plan: alcoholPlan, close: alcoholClosing },
  noise_check: { plan: noisePlan, close: noiseClosing },
  public_event: { plan: publicEventPlan, close: publicEventClosing },
  street_vending: { plan: streetVendingPlan, close: streetVendingClosing },
  vacant_lot: { plan: vacantLotPlan, close: vacantLotClosing },
  education_session: { plan: educationPlan, close: educationClosing },
  election_oversight: { plan: electionPlan, close: electionClosing },
  camera_review: { plan: cameraReviewPlan, close: cameraReviewClosing },
};
