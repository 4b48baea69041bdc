// Public-event operation (espectáculos públicos): licence, capacity, safety, minors and sound. A mass event in
// premises without a licence triggers Art. 92 bis: acta, preventive closure and seizure of the sound equipment.
// docs/DOMAIN.md, Public-event operation
import { z } from 'zod';
import type { SettingValues } from '../settings/catalogue.ts';
import { CommentSchema, countSchema, DecibelSchema, distinctCodes, InstantSchema, textSchema } from './fields.ts';

export const LICENCE_STATES = ['valid', 'expired', 'in_process', 'none'] as const;
export const SAFETY_CHECKS = ['exits_clear', 'emergency_lighting', 'fire_extinguishers', 'evacuation_signage', 'first_aid'] as const;
export type SafetyCheck = (typeof SAFETY_CHECKS)[number];
export const CHECK_STATES = ['ok', 'failed', 'not_checked'] as const;
export const PUBLIC_EVENT_ACTIONS = ['warning', 'acta', 'preventive_closure', 'sound_equipment_seizure'] as const;
export const ART_92_BIS_MEASURES = ['acta', 'preventive_closure', 'sound_equipment_seizure'] as const;
const MAX_PEOPLE = 500_000;

export const PublicEventResultSchema = z
  .object({
    observedAt: InstantSchema,
    venueName: textSchema(200),
    organiser: textSchema(200),
    licence: z.enum(LICENCE_STATES),
    massEvent: z.boolean(),
    declaredCapacity: countSchema(MAX_PEOPLE),
    countedAttendance: countSchema(MAX_PEOPLE),
    /** Every check, each ok, failed or not checked (zod 4 records over an enum are exhaustive). */
    safetyChecks: z.record(z.enum(SAFETY_CHECKS), z.enum(CHECK_STATES)),
    minorsPresent: z.boolean(),
    /** Whether the event's licence admits minors. */
    minorsAdmitted: z.boolean(),
    noisePeaksDb: z.array(DecibelSchema).max(50, 'too_many'),
    actions: distinctCodes(PUBLIC_EVENT_ACTIONS),
    comment: CommentSchema.optional(),
  })
  .strict();
export type PublicEventResult = z.output<typeof PublicEventResultSchema>;

export const PUBLIC_EVENT_SETTING_KEYS = ['noise.venuePeakDb'] as const;
export type PublicEventRules = Pick<SettingValues, (typeof PUBLIC_EVENT_SETTING_KEYS)[number]>;

export const PUBLIC_EVENT_REASONS = [
  'unlicensed',
  'over_capacity',
  'safety_check_failed',
  'minors_not_admitted',
  'over_venue_peak',
] as const;
export type PublicEventReason = (typeof PUBLIC_EVENT_REASONS)[number];

export interface PublicEventVerdict {
  readonly status: 'compliant' | 'non_compliant';
  readonly reasons: readonly PublicEventReason[];
  /** Counted attendance as a percentage of the declared capacity (whole percent); null when none was declared. */
  readonly occupancyPct: number | null;
  readonly failedChecks: readonly SafetyCheck[];
  /** The measures Art. 92 bis requires (a mass event without licence); empty otherwise. */
  readonly requiredMeasures: readonly (typeof ART_92_BIS_MEASURES)[number][];
}

export function publicEventVerdict(result: PublicEventResult, rules: PublicEventRules): PublicEventVerdict {
  const reasons: PublicEventReason[] = [];
  // A licence being processed is not a licence: the event may not run yet.
  const unlicensed = result.licence !== 'valid';
  if (unlicensed) reasons.push('unlicensed');
  if (result.countedAttendance > result.declaredCapacity) reasons.push('over_capacity');
  const failedChecks = SAFETY_CHECKS.filter((c) => result.safetyChecks[c] === 'failed');
  if (failedChecks.length) reasons.push('safety_check_failed');
  if (result.minorsPresent && !result.minorsAdmitted) reasons.push('minors_not_admitted');
  if (result.noisePeaksDb.some((p) => p > rules['noise.venuePeakDb'])) reasons.push('over_venue_peak');
  return {
    status: reasons.length ? 'non_compliant' : 'compliant',
    reasons,
    occupancyPct: result.declaredCapacity > 0 ? Math.round((result.countedAttendance / result.declaredCapacity) * 100) : null,
    failedChecks,
    requiredMeasures: unlicensed && result.massEvent ? [...ART_92_BIS_MEASURES] : [],
  };
}
