// The catalogue of settings a law or an administrator can change: each key with the schema of its value. Values
// are bounded so that an administrator's typing error (a 950 dB limit, a 40 g/L limit) is refused, not applied.
// Rules never hold these figures themselves: they receive the values in force (see dated.ts).
// docs/DOMAIN.md, Dated settings
import { z } from 'zod';
import { INCIDENT_CATEGORIES, PRIORITIES, type IncidentCategory } from '../dispatch/codes.ts';
import { NORMS } from '../rules/norms.ts';
import { IsoDateSchema } from './iso-date.ts';
import { DailyWindowSchema } from './time-of-day.ts';

export const NOISE_ZONES = ['hospital', 'residential', 'mixed', 'industrial'] as const;
export type NoiseZone = (typeof NOISE_ZONES)[number];

/** Where a driver was stopped: the limit is the city's on its streets, the province's on its roads and the ring. */
export const JURISDICTIONS = ['city', 'provincial_road', 'ring_road'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Offence categories with their own defence deadline (sources disagree on camera fines, so it is per category). */
export const OFFENCE_CATEGORIES = ['camera', 'noise', 'alcohol', 'public_event', 'street_vending', 'vacant_lot', 'other'] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];
/** The categories whose notice deadline is 'notices.deadlineDays' (vacant lots have their own key). */
export const NOTICE_CATEGORIES = OFFENCE_CATEGORIES.filter((c): c is Exclude<OffenceCategory, 'vacant_lot'> => c !== 'vacant_lot');
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

const db = z.number().min(0, 'out_of_range').max(140, 'out_of_range');
const dbMargin = z.number().min(0, 'out_of_range').max(60, 'out_of_range');
const gramsPerLitre = z.number().min(0, 'out_of_range').max(5, 'out_of_range');
const count = (max: number) => z.number().int('not_integer').min(0, 'out_of_range').max(max, 'out_of_range');
const positive = (max: number) => z.number().int('not_integer').min(1, 'out_of_range').max(max, 'out_of_range');
const uemRange = z
  .object({ min: count(1_000_000), max: count(1_000_000) })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min_over_max', path: ['max'] });

const dayNight = z.object({ day: dbMargin, night: dbMargin }).strict();

/** Working hours for noisy works: weekdays and Saturdays; null means no work at all that day (Sundays). */
const worksSchedule = z
  .object({
    weekdays: DailyWindowSchema,
    saturdays: DailyWindowSchema.nullable(),
    sundays: DailyWindowSchema.nullable(),
  })
  .strict();

const alcoholTier = z
  .object({
    /** Inclusive upper bound of the tier in g/L; null for the open-ended top tier. */
    upToGL: gramsPerLitre.nullable(),
    /** Fine in UF (provincial fine units); null where the source gives no figure. */
    fineUfMin: count(100_000).nullable(),
    fineUfMax: count(100_000).nullable(),
    disqualificationMonthsMax: count(240),
  })
  .strict();

const tiersInOrder = (tiers: readonly z.infer<typeof alcoholTier>[]) =>
  tiers.every((t, i) => (i === tiers.length - 1 ? t.upToGL === null : t.upToGL !== null && (i === 0 || t.upToGL > tiers[i - 1]!.upToGL!)));

const defenceDeadline = z.object({ days: positive(90), businessDays: z.boolean() }).strict();
const courtId = z
  .string()
  .min(1, 'required')
  .max(64, 'too_long')
  .regex(/^[a-z0-9-]+$/, 'invalid_value');

const priority = z
  .number()
  .int('not_integer')
  .min(PRIORITIES[0], 'out_of_range')
  .max(PRIORITIES[PRIORITIES.length - 1]!, 'out_of_range');
const dayNightPriority = z.object({ day: priority, night: priority }).strict();
const minutes = positive(24 * 60);
/** An SLA clock: amber from one figure, red from the other (minutes since it started). */
const slaClock = z
  .object({ amberMinutes: minutes, redMinutes: minutes })
  .strict()
  .refine((c) => c.amberMinutes < c.redMinutes, { message: 'min_over_max', path: ['redMinutes'] });
const slaOfPriority = z.object({ assign: slaClock, arrive: slaClock }).strict();
const byUnitKind = <T extends z.ZodType>(value: T) => z.object({ vehicle: value, foot: value }).strict();

export const SETTING_SCHEMAS = {
  /** Ord. 12.208: LAeq allowed above the background level, dB(A), by zone and period. */
  'noise.marginsDb': z.object({ hospital: dayNight, residential: dayNight, mixed: dayNight, industrial: dayNight }).strict(),
  /** The day period; the rest of the 24 h is night. */
  'noise.dayPeriod': DailyWindowSchema,
  /** Building sites: working hours, limit at a distance from the site, and over background inside homes. */
  'noise.construction': z
    .object({ hours: worksSchedule, maxDbAtDistance: db, distanceM: positive(1000), maxOverBackgroundInsideDb: dbMargin })
    .strict(),
  /** Road works: working hours and limit at a distance. */
  'noise.roadWorks': z.object({ hours: worksSchedule, maxDbAtDistance: db, distanceM: positive(1000) }).strict(),
  /** Peak level inside venues, dB(A). */
  'noise.venuePeakDb': db,
  /** How long a sound-level meter's calibration is good for, in months. */
  'noise.meterCalibrationMonths': positive(120),
  /** Blood-alcohol limit by jurisdiction, g/L; a reading above it is positive. */
  'alcohol.limitsGL': z.object({ city: gramsPerLitre, provincial_road: gramsPerLitre, ring_road: gramsPerLitre }).strict(),
  /** When the retest of a positive screening must be taken, in whole minutes after the first reading (inclusive). */
  'alcohol.retestWindowMinutes': z
    .object({ min: count(120), max: count(120) })
    .strict()
    .refine((w) => w.min <= w.max, { message: 'min_over_max', path: ['max'] }),
  /** How long a breathalyser's official verification is good for, in months. */
  'alcohol.deviceVerificationMonths': positive(120),
  /** Provincial Law 10.181 tiers, lowest first; the last one is open-ended. */
  'alcohol.provincialTiers': z.array(alcoholTier).min(1, 'required').max(10, 'too_many').refine(tiersInOrder, 'tiers_out_of_order'),
  /** Most absences a year a fair permit holder may have. */
  'vending.maxAbsencesPerYear': count(366),
  /** Calendar days an owner has to clean a lot or repair a pavement once notified. */
  'vacantLot.noticeDeadlineDays': positive(90),
  /** Art. 208 fine ranges in UEM, and the surface above which the larger range applies. */
  'vacantLot.art208FinesUem': z.object({ standard: uemRange, large: uemRange, largeOverM2: positive(10_000_000) }).strict(),
  /** While true (the 2021–22 pilot), camera findings end in warnings, never in actas. */
  'camera.warningsOnly': z.boolean(),
  /** Value of one UEM (Unidad Económica Municipal) in pesos. */
  'court.uemValueArs': z.number().min(0.01, 'out_of_range').max(1_000_000_000, 'out_of_range'),
  /** Discount for voluntary payment, percent (lost if a defence is filed). */
  'court.voluntaryPaymentDiscountPct': z.number().min(0, 'out_of_range').max(100, 'out_of_range'),
  /** Deadline to file a defence (descargo) after notification, by offence category. */
  'court.defenceDeadlines': z
    .object(Object.fromEntries(OFFENCE_CATEGORIES.map((c) => [c, defenceDeadline])) as Record<OffenceCategory, typeof defenceDeadline>)
    .strict(),
  /** When the courts hold hearings. */
  'court.hearingHours': DailyWindowSchema,
  /** The courts (juzgados) and their rooms; a CPC court takes the cases of its district, the environmental court
   * the environmental articles. */
  'court.courts': z
    .array(
      z
        .object({
          id: courtId,
          name: z.string().trim().min(1, 'required').max(120, 'too_long'),
          cpc: z.string().trim().min(1, 'required').max(80, 'too_long').nullable(),
          environmental: z.boolean(),
          rooms: z.array(z.string().trim().min(1, 'required').max(40, 'too_long')).min(1, 'required').max(20, 'too_many'),
        })
        .strict(),
    )
    .min(1, 'required')
    .max(60, 'too_many'),
  /** The district centre (CPC) of each barrio: where its offences are judged. Rows marked uncertain are guesses. */
  'court.barrioCpc': z
    .array(
      z
        .object({
          barrio: z.string().trim().min(1, 'required').max(80, 'too_long'),
          cpc: z.string().trim().min(1, 'required').max(80, 'too_long'),
          uncertain: z.boolean(),
        })
        .strict(),
    )
    .max(600, 'too_many'),
  /** Articles judged by the environmental court instead of the district's. */
  'court.environmentalArticles': z.array(z.object({ norm: z.enum(NORMS), article: positive(999) }).strict()).max(400, 'too_many'),
  /** Open a case for every incoming acta at once, instead of one click at the desk. */
  'court.autoOpenCases': z.boolean(),
  /** National holidays (feriados nacionales): days the courts' business-day terms skip. */
  'calendar.holidays': z.array(IsoDateSchema).max(1_000, 'too_many'),
  /** The three shifts (mañana, tarde, noche). */
  'roster.shiftTimes': z.object({ morning: DailyWindowSchema, afternoon: DailyWindowSchema, night: DailyWindowSchema }).strict(),
  /** Roster limits: rest between two shifts of one person, and hours a week. */
  'roster.limits': z.object({ minRestHours: count(48), maxWeeklyHours: positive(168) }).strict(),
  /** A complaint's priority (1 most urgent) by category, by day and by night, and when night is. */
  'dispatch.priorities': z
    .object({
      night: DailyWindowSchema,
      byCategory: z
        .object(
          Object.fromEntries(INCIDENT_CATEGORIES.map((c) => [c, dayNightPriority])) as Record<IncidentCategory, typeof dayNightPriority>,
        )
        .strict(),
    })
    .strict(),
  /** An open incident of the same category this near and this recent is offered as the same incident. */
  'dispatch.duplicates': z.object({ radiusM: positive(5_000), windowMinutes: minutes }).strict(),
  /** Time to assign and time to arrive, by priority: amber, then red. */
  'dispatch.sla': z.object({ p1: slaOfPriority, p2: slaOfPriority, p3: slaOfPriority, p4: slaOfPriority }).strict(),
  /** The arrival estimate: road distance ÷ straight-line distance and average speed (km/h), by unit kind; and how
   * long before a planned operation its units are kept for it. */
  'dispatch.recommend': z
    .object({
      roadFactor: byUnitKind(z.number().min(1, 'out_of_range').max(5, 'out_of_range')),
      speedKmh: byUnitKind(z.number().min(1, 'out_of_range').max(130, 'out_of_range')),
      reservationLookaheadMinutes: minutes,
    })
    .strict(),
  /** How often a crew on scene must check in with Despacho, in minutes. */
  'dispatch.checkInMinutes': minutes,
  /** When a unit's last position turns late (amber) and then lost ("sin señal", an alert), in seconds. */
  'live.freshness': z
    .object({ amberAfterSeconds: positive(3_600), lostAfterSeconds: positive(86_400) })
    .strict()
    .refine((f) => f.amberAfterSeconds < f.lostAfterSeconds, { message: 'min_over_max', path: ['lostAfterSeconds'] }),
  /** How far a device's clock may be from the hub's: reports dated further ahead or behind are refused. */
  'field.clockTolerance': z.object({ aheadSeconds: positive(86_400), behindSeconds: positive(30 * 86_400) }).strict(),
  /** Calendar days a notice (emplazamiento) gives to comply, by offence category; lots and pavements use
   * 'vacantLot.noticeDeadlineDays'. */
  'notices.deadlineDays': z
    .object(Object.fromEntries(NOTICE_CATEGORIES.map((c) => [c, positive(180)])) as Record<NoticeCategory, ReturnType<typeof positive>>)
    .strict(),
  /** What the indicators count: a warning is "followed" by an acta for the same identity within these months; a repeat
   * offender has this many notices or actas within the window; a comparison group smaller than minSample cannot
   * conclude. */
  'insights.rules': z
    .object({
      warningFollowUpMonths: positive(60),
      repeatOffenderFindings: z.number().int().min(2).max(20),
      repeatWindowMonths: positive(60),
      minSample: positive(10_000),
    })
    .strict(),
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTING_SCHEMAS)[K]>;
/** Every setting's value, as rules receive them. */
export type SettingValues = { readonly [K in SettingKey]: SettingValue<K> };

export type NoiseMargins = SettingValue<'noise.marginsDb'>;
export type WorksRules = SettingValue<'noise.roadWorks'>;
export type AlcoholTier = z.infer<typeof alcoholTier>;
export type DefenceDeadline = z.infer<typeof defenceDeadline>;
export type Court = SettingValue<'court.courts'>[number];
