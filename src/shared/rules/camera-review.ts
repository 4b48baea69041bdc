// Camera review (monitoreo urbano): a promoter looks at a preselected clip and discards it, warns, or writes an
// acta. Which decisions are open depends on the clip (a traffic infraction needs a readable plate) and on the
// settings in force when it was recorded (during the 2021–22 pilot, warnings only).
// docs/DOMAIN.md, Camera review
import { z } from 'zod';
import type { SettingValues } from '../settings/catalogue.ts';
import { CommentSchema, InstantSchema, PlateSchema, textSchema } from './fields.ts';

export const TRAFFIC_INFRACTIONS = ['no_parking', 'double_parking', 'red_light', 'wrong_way', 'bus_lane', 'sidewalk_parking'] as const;
export const ENVIRONMENTAL_INFRACTIONS = ['illegal_dumping', 'burning', 'other_environmental'] as const;
export const CAMERA_INFRACTIONS = [...TRAFFIC_INFRACTIONS, ...ENVIRONMENTAL_INFRACTIONS] as const;
export const CAMERA_DECISIONS = ['discard', 'warning', 'acta'] as const;
export type CameraDecision = (typeof CAMERA_DECISIONS)[number];
export const DISCARD_REASONS = ['no_infraction', 'plate_unreadable', 'poor_quality', 'duplicate', 'emergency_vehicle'] as const;

export const CameraReviewSchema = z
  .object({
    clipRef: textSchema(80),
    cameraId: textSchema(40),
    recordedAt: InstantSchema,
    reviewedAt: InstantSchema,
    infraction: z.enum(CAMERA_INFRACTIONS),
    /** null when unreadable or not shown. */
    plate: PlateSchema.nullable(),
    decision: z.enum(CAMERA_DECISIONS),
    discardReason: z.enum(DISCARD_REASONS).nullable(),
    comment: CommentSchema.optional(),
  })
  .strict()
  .refine((r) => r.reviewedAt >= r.recordedAt, { message: 'reviewed_before_recorded', path: ['reviewedAt'] })
  .refine((r) => (r.decision === 'discard') === (r.discardReason !== null), {
    message: 'discard_reason_required',
    path: ['discardReason'],
  });
export type CameraReview = z.output<typeof CameraReviewSchema>;

export const CAMERA_SETTING_KEYS = ['camera.warningsOnly'] as const;
export type CameraRules = Pick<SettingValues, (typeof CAMERA_SETTING_KEYS)[number]>;

export const CAMERA_REASONS = ['plate_required', 'warnings_only_period'] as const;
export type CameraReason = (typeof CAMERA_REASONS)[number];

export interface CameraDecisionCheck {
  /** The decisions open for this clip, lightest first. */
  readonly allowed: readonly CameraDecision[];
  /** Whether the decision taken is one of them. */
  readonly ok: boolean;
  /** Why some decisions are closed. */
  readonly reasons: readonly CameraReason[];
}

const isTraffic = (infraction: CameraReview['infraction']) => (TRAFFIC_INFRACTIONS as readonly string[]).includes(infraction);

/** Pass the settings in force at the clip's recordedAt: the pilot applies to what happened during it. */
export function cameraReviewDecision(
  review: Pick<CameraReview, 'infraction' | 'plate' | 'decision'>,
  rules: CameraRules,
): CameraDecisionCheck {
  const reasons: CameraReason[] = [];
  let allowed: CameraDecision[] = [...CAMERA_DECISIONS];
  // A traffic finding is against the vehicle's owner: without a plate there is no one to notify.
  if (isTraffic(review.infraction) && review.plate === null) {
    reasons.push('plate_required');
    allowed = ['discard'];
  }
  if (rules['camera.warningsOnly'] && allowed.includes('acta')) {
    reasons.push('warnings_only_period');
    allowed = allowed.filter((d) => d !== 'acta');
  }
  return { allowed, ok: allowed.includes(review.decision), reasons };
}
