// Noise check (Ord. 12.208). Ambient noise is judged against the background level plus a margin by zone and
// period; building sites and road works against fixed levels and working hours; venues against a peak cap. All
// figures come from the settings in force at the time of the measurement.
// docs/DOMAIN.md, Noise check
import { z } from 'zod';
import { NOISE_ZONES, type SettingValues } from '../settings/catalogue.ts';
import { inDailyWindow } from '../settings/time-of-day.ts';
import { cordobaCivil } from '../time/cordoba.ts';
import { verificationHolds, verifiedAfter } from './calibration.ts';
import { CommentSchema, DecibelSchema, distinctCodes, InstantSchema, IsoDateSchema, textSchema } from './fields.ts';

export const NOISE_ACTIONS = ['warning', 'acta', 'sound_equipment_seizure', 'preventive_closure'] as const;

/** What was measured, and where: the kind decides which rule applies. */
export const NoiseSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ambient'), zone: z.enum(NOISE_ZONES), backgroundDb: DecibelSchema, measuredDb: DecibelSchema }).strict(),
  /** At the set distance from a building site (15 m by default). */
  z.object({ kind: z.literal('construction_site'), measuredDb: DecibelSchema }).strict(),
  /** Inside a neighbouring home, against that home's background. */
  z.object({ kind: z.literal('construction_inside_home'), backgroundDb: DecibelSchema, measuredDb: DecibelSchema }).strict(),
  /** At the set distance from road works (10 m by default). */
  z.object({ kind: z.literal('road_works'), measuredDb: DecibelSchema }).strict(),
  z.object({ kind: z.literal('venue'), peakDb: DecibelSchema }).strict(),
]);

export const NoiseResultSchema = z
  .object({
    meterId: textSchema(40),
    meterCalibratedOn: IsoDateSchema,
    measuredAt: InstantSchema,
    source: NoiseSourceSchema,
    actions: distinctCodes(NOISE_ACTIONS),
    comment: CommentSchema.optional(),
  })
  .strict()
  .refine((r) => !verifiedAfter(r.meterCalibratedOn, r.measuredAt), {
    message: 'calibrated_after_measurement',
    path: ['meterCalibratedOn'],
  });
export type NoiseResult = z.output<typeof NoiseResultSchema>;

export const NOISE_SETTING_KEYS = [
  'noise.marginsDb',
  'noise.dayPeriod',
  'noise.construction',
  'noise.roadWorks',
  'noise.venuePeakDb',
  'noise.meterCalibrationMonths',
] as const;
export type NoiseRules = Pick<SettingValues, (typeof NOISE_SETTING_KEYS)[number]>;

export const NOISE_REASONS = [
  'over_background_margin',
  'over_site_limit',
  'over_inside_limit',
  'over_venue_peak',
  'outside_working_hours',
  'meter_calibration_expired',
] as const;
export type NoiseReason = (typeof NOISE_REASONS)[number];

export interface NoiseVerdict {
  /** void: the only possible finding rested on a reading from a meter out of calibration. */
  readonly status: 'compliant' | 'non_compliant' | 'void';
  readonly reasons: readonly NoiseReason[];
  readonly period: 'day' | 'night';
  /** The level the reading was held to, dB(A) (background + margin, or the fixed cap). */
  readonly limitDb: number;
  /** Reading minus limit, to 0.1 dB (meters show tenths); positive means over. */
  readonly excessDb: number;
}

/** Meters show tenths: compare at that resolution, or 52.3 − 45.3 would be 7.000000000000004 and "over" a 7 dB margin. */
const tenth = (x: number) => Math.round(x * 10) / 10;

type WorksSchedule = NoiseRules['noise.roadWorks']['hours'];
function withinWorkingHours(hours: WorksSchedule, instant: number): boolean {
  const c = cordobaCivil(instant);
  const window = c.weekday === 0 ? hours.sundays : c.weekday === 6 ? hours.saturdays : hours.weekdays;
  return window !== null && inDailyWindow(c.hour * 60 + c.minute, window);
}

export function noisePeriod(dayPeriod: NoiseRules['noise.dayPeriod'], instant: number): 'day' | 'night' {
  const c = cordobaCivil(instant);
  return inDailyWindow(c.hour * 60 + c.minute, dayPeriod) ? 'day' : 'night';
}

export function noiseVerdict(result: NoiseResult, rules: NoiseRules): NoiseVerdict {
  const period = noisePeriod(rules['noise.dayPeriod'], result.measuredAt);
  const s = result.source;
  let limitDb: number;
  let reading: number;
  let overReason: NoiseReason;
  let hoursOk = true;
  switch (s.kind) {
    case 'ambient':
      limitDb = tenth(s.backgroundDb + rules['noise.marginsDb'][s.zone][period]);
      reading = s.measuredDb;
      overReason = 'over_background_margin';
      break;
    case 'construction_site':
      limitDb = rules['noise.construction'].maxDbAtDistance;
      reading = s.measuredDb;
      overReason = 'over_site_limit';
      hoursOk = withinWorkingHours(rules['noise.construction'].hours, result.measuredAt);
      break;
    case 'construction_inside_home':
      limitDb = tenth(s.backgroundDb + rules['noise.construction'].maxOverBackgroundInsideDb);
      reading = s.measuredDb;
      overReason = 'over_inside_limit';
      hoursOk = withinWorkingHours(rules['noise.construction'].hours, result.measuredAt);
      break;
    case 'road_works':
      limitDb = rules['noise.roadWorks'].maxDbAtDistance;
      reading = s.measuredDb;
      overReason = 'over_site_limit';
      hoursOk = withinWorkingHours(rules['noise.roadWorks'].hours, result.measuredAt);
      break;
    case 'venue':
      limitDb = rules['noise.venuePeakDb'];
      reading = s.peakDb;
      overReason = 'over_venue_peak';
      break;
  }
  const excessDb = tenth(reading - limitDb);
  const meterOk = verificationHolds(result.meterCalibratedOn, rules['noise.meterCalibrationMonths'], result.measuredAt);
  const reasons: NoiseReason[] = [];
  // Working outside the permitted hours is a finding by itself: it does not rest on the meter.
  if (!hoursOk) reasons.push('outside_working_hours');
  if (!meterOk) reasons.push('meter_calibration_expired');
  else if (excessDb > 0) reasons.push(overReason);
  const status = reasons.some((r) => r !== 'meter_calibration_expired') ? 'non_compliant' : meterOk ? 'compliant' : 'void';
  return { status, reasons, period, limitDb, excessDb };
}
