// Alcohol test (Conducción Responsable). A reading above the limit of the place (city streets, provincial roads, the
// ring road) is a positive screening; it is repeated after a set wait and the second reading is the one that counts.
// A breathalyser whose official verification has lapsed gives no evidence. On provincial roads and the ring, the
// counted reading falls in a tier of Law 10.181 (fine in UF, licence disqualification).
// docs/DOMAIN.md, Alcohol test
import { z } from 'zod';
import { JURISDICTIONS, type AlcoholTier, type SettingValues } from '../settings/catalogue.ts';
import { verificationHolds, verifiedAfter } from './calibration.ts';
import {
  CommentSchema,
  countSchema,
  distinctCodes,
  DniSchema,
  GramsPerLitreSchema,
  InstantSchema,
  IsoDateSchema,
  PlateSchema,
  textSchema,
} from './fields.ts';

export const ALCOHOL_ACTIONS = ['licence_retained', 'vehicle_retained', 'designated_driver', 'acta'] as const;
/** Longest wait before a retest that the form accepts; anything later is a typing error, not a retest. */
const MAX_RETEST_DELAY_MS = 2 * 60 * 60 * 1000;

export const AlcoholResultSchema = z
  .object({
    testedAt: InstantSchema,
    jurisdiction: z.enum(JURISDICTIONS),
    driverDni: DniSchema,
    licenceNumber: textSchema(30),
    plate: PlateSchema,
    deviceSerial: textSchema(40),
    deviceVerifiedOn: IsoDateSchema,
    firstReadingGL: GramsPerLitreSchema,
    retest: z.object({ at: InstantSchema, readingGL: GramsPerLitreSchema }).strict().nullable(),
    actions: distinctCodes(ALCOHOL_ACTIONS),
    comment: CommentSchema.optional(),
  })
  .strict()
  .refine((r) => !verifiedAfter(r.deviceVerifiedOn, r.testedAt), { message: 'verified_after_test', path: ['deviceVerifiedOn'] })
  .refine((r) => r.retest === null || r.retest.at > r.testedAt, { message: 'retest_before_test', path: ['retest', 'at'] })
  .refine((r) => r.retest === null || r.retest.at - r.testedAt <= MAX_RETEST_DELAY_MS, { message: 'out_of_range', path: ['retest', 'at'] });
export type AlcoholResult = z.output<typeof AlcoholResultSchema>;

export const ALCOHOL_SETTING_KEYS = [
  'alcohol.limitsGL',
  'alcohol.retestWindowMinutes',
  'alcohol.deviceVerificationMonths',
  'alcohol.provincialTiers',
] as const;
export type AlcoholRules = Pick<SettingValues, (typeof ALCOHOL_SETTING_KEYS)[number]>;

export const ALCOHOL_REASONS = [
  'over_limit',
  'retest_required',
  'retest_too_early',
  'retest_too_late',
  'retest_not_needed',
  'device_verification_expired',
] as const;
export type AlcoholReason = (typeof ALCOHOL_REASONS)[number];

export interface AlcoholVerdict {
  /**
   * negative / positive: final. retest_required: the screening was positive and the retest is still to come.
   * inconclusive: the retest was outside the window, so neither reading counts. void: the device's verification
   * had lapsed, so no reading is evidence.
   */
  readonly status: 'negative' | 'positive' | 'retest_required' | 'inconclusive' | 'void';
  readonly reasons: readonly AlcoholReason[];
  readonly limitGL: number;
  /** The reading that decides: the retest's after a positive screening, else the first. null when none does. */
  readonly countedGL: number | null;
  /** Minutes from the first reading to the retest (fractional), null without a retest. */
  readonly retestDelayMinutes: number | null;
  /** The provincial tier of a positive on provincial roads or the ring (index 0 = lowest); null otherwise. */
  readonly tier: (AlcoholTier & { readonly index: number }) | null;
}

/** The tier whose inclusive upper bound first covers the reading (tiers are sorted; the last is open-ended). */
export function provincialTier(tiers: readonly AlcoholTier[], readingGL: number): (AlcoholTier & { index: number }) | null {
  const index = tiers.findIndex((t) => t.upToGL === null || readingGL <= t.upToGL);
  return index < 0 ? null : { ...tiers[index]!, index };
}

export function alcoholVerdict(result: AlcoholResult, rules: AlcoholRules): AlcoholVerdict {
  const limitGL = rules['alcohol.limitsGL'][result.jurisdiction];
  const retestDelayMinutes = result.retest === null ? null : (result.retest.at - result.testedAt) / 60_000;
  const base = { limitGL, retestDelayMinutes };
  const none = { ...base, countedGL: null, tier: null };

  if (!verificationHolds(result.deviceVerifiedOn, rules['alcohol.deviceVerificationMonths'], result.testedAt)) {
    return { ...none, status: 'void', reasons: ['device_verification_expired'] };
  }
  if (result.firstReadingGL <= limitGL) {
    // A retest after a negative screening changes nothing: only a positive screening is retested.
    return {
      ...base,
      status: 'negative',
      reasons: result.retest ? ['retest_not_needed'] : [],
      countedGL: result.firstReadingGL,
      tier: null,
    };
  }
  if (result.retest === null || retestDelayMinutes === null) return { ...none, status: 'retest_required', reasons: ['retest_required'] };

  const window = rules['alcohol.retestWindowMinutes'];
  if (retestDelayMinutes < window.min) return { ...none, status: 'inconclusive', reasons: ['retest_too_early'] };
  if (retestDelayMinutes > window.max) return { ...none, status: 'inconclusive', reasons: ['retest_too_late'] };

  const countedGL = result.retest.readingGL;
  if (countedGL <= limitGL) return { ...base, status: 'negative', reasons: [], countedGL, tier: null };
  const tier = result.jurisdiction === 'city' ? null : provincialTier(rules['alcohol.provincialTiers'], countedGL);
  return { ...base, status: 'positive', reasons: ['over_limit'], countedGL, tier };
}

/** Voluntary, anonymous self-tests at a nightlife tent: counts only, never an identity. */
export const SelfTestTallySchema = z
  .object({
    place: textSchema(200),
    from: InstantSchema,
    to: InstantSchema,
    tests: countSchema(100_000),
    overCityLimit: countSchema(100_000),
  })
  .strict()
  .refine((t) => t.to > t.from, { message: 'end_before_start', path: ['to'] })
  .refine((t) => t.overCityLimit <= t.tests, { message: 'more_than_total', path: ['overCityLimit'] });
export type SelfTestTally = z.output<typeof SelfTestTallySchema>;
