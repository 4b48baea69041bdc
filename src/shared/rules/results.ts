// The result schema of each operation type: what its form validates and what the record stores. A vacant-lot
// operation's result is the inspection; its re-inspection is a later record (vacant-lot.ts).
// docs/DOMAIN.md, Operation types
import type { z } from 'zod';
import type { OperationType } from '../operations/codes.ts';
import { AlcoholResultSchema } from './alcohol.ts';
import { CameraReviewSchema } from './camera-review.ts';
import { EducationSessionSchema } from './education.ts';
import { ElectionOversightSchema } from './election.ts';
import { NoiseResultSchema } from './noise.ts';
import { PublicEventResultSchema } from './public-event.ts';
import { StreetVendingResultSchema } from './street-vending.ts';
import { VacantLotInspectionSchema } from './vacant-lot.ts';

export const RESULT_SCHEMAS = {
  noise_check: NoiseResultSchema,
  alcohol_test: AlcoholResultSchema,
  public_event: PublicEventResultSchema,
  street_vending: StreetVendingResultSchema,
  vacant_lot: VacantLotInspectionSchema,
  education_session: EducationSessionSchema,
  election_oversight: ElectionOversightSchema,
  camera_review: CameraReviewSchema,
} as const satisfies Record<OperationType, z.ZodType>;

export type ResultOf<T extends OperationType> = z.output<(typeof RESULT_SCHEMAS)[T]>;
