// Vacant lot / pavement inspection (baldíos y veredas). The program's headline measure: the owner is notified and
// given a few days (3 by default) to clean or repair; at re-inspection the lot is repaired by the owner (voluntary
// compliance, no fine), repaired by the city (cleaning charged, acta with an Art. 208 fine range), or extended.
// docs/DOMAIN.md, Vacant lot / pavement inspection
import { z } from 'zod';
import type { SettingValues } from '../settings/catalogue.ts';
import { addDaysIso, type IsoDate } from '../settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../time/cordoba.ts';
import { CadastralIdSchema, CommentSchema, EvidenceListSchema, InstantSchema } from './fields.ts';
import { OffenderSchema, type FindingOutcome } from './findings.ts';

export const INSPECTION_KINDS = ['vacant_lot', 'pavement'] as const;
export const INSPECTION_ORIGINS = ['complaint', 'patrol', 'camera'] as const;
export const RISK_GRADES = ['low', 'medium', 'high'] as const;

export const VacantLotInspectionSchema = z
  .object({
    inspectedAt: InstantSchema,
    kind: z.enum(INSPECTION_KINDS),
    origin: z.enum(INSPECTION_ORIGINS),
    complaintRef: z.string().trim().max(60, 'too_long').optional(),
    cadastralId: CadastralIdSchema,
    /** null until the owner is looked up in the cadastre. */
    owner: OffenderSchema.nullable().refine((o) => o?.kind !== 'vehicle', 'invalid'),
    surfaceM2: z.number().min(1, 'out_of_range').max(10_000_000, 'out_of_range'),
    riskGrade: z.enum(RISK_GRADES),
    photos: EvidenceListSchema,
    comment: CommentSchema.optional(),
  })
  .strict();
export type VacantLotInspection = z.output<typeof VacantLotInspectionSchema>;

export const VacantLotReinspectionSchema = z.discriminatedUnion('outcome', [
  z
    .object({
      outcome: z.literal('repaired_by_owner'),
      reinspectedAt: InstantSchema,
      photos: EvidenceListSchema,
      comment: CommentSchema.optional(),
    })
    .strict(),
  z
    .object({
      outcome: z.literal('repaired_by_city'),
      reinspectedAt: InstantSchema,
      photos: EvidenceListSchema,
      comment: CommentSchema.optional(),
    })
    .strict(),
  z
    .object({
      outcome: z.literal('not_complied'),
      reinspectedAt: InstantSchema,
      photos: EvidenceListSchema,
      comment: CommentSchema.optional(),
    })
    .strict(),
  z
    .object({
      outcome: z.literal('extension'),
      reinspectedAt: InstantSchema,
      extensionDays: z.number().int('not_integer').min(1, 'out_of_range').max(90, 'out_of_range'),
      photos: EvidenceListSchema,
      comment: CommentSchema.optional(),
    })
    .strict(),
]);
export type VacantLotReinspection = z.output<typeof VacantLotReinspectionSchema>;

export const VACANT_LOT_SETTING_KEYS = ['vacantLot.noticeDeadlineDays', 'vacantLot.art208FinesUem'] as const;
export type VacantLotRules = Pick<SettingValues, (typeof VACANT_LOT_SETTING_KEYS)[number]>;

export interface VacantLotNotice {
  readonly notifiedAt: number;
  /** The last Córdoba day to comply. The notification day does not count, as with legal deadlines. */
  readonly lastDay: IsoDate;
  /** The first instant after the deadline (start of the day after lastDay): re-inspect from then on. */
  readonly dueBy: number;
}

function endOfDay(day: IsoDate): number {
  const range = cordobaDayRange(day);
  if (!range) throw new RangeError(`not a date: ${day}`);
  return range[1];
}

/** A notice's deadline: the notification day plus `days`, to the end of the last one (any kind of notice). */
export function noticeDeadline(notifiedAt: number, days: number): VacantLotNotice {
  const lastDay = addDaysIso(cordobaIsoDate(notifiedAt), days);
  return { notifiedAt, lastDay, dueBy: endOfDay(lastDay) };
}

/** The vacant-lot notice's deadline: the days in force for lots (3 by default). */
export function vacantLotNotice(notifiedAt: number, rules: Pick<VacantLotRules, 'vacantLot.noticeDeadlineDays'>): VacantLotNotice {
  return noticeDeadline(notifiedAt, rules['vacantLot.noticeDeadlineDays']);
}

/** Art. 208 range in UEM: the larger one applies to lots over the set surface (3,000 m²), the standard one up to it. */
export function art208FineRange(surfaceM2: number, rules: Pick<VacantLotRules, 'vacantLot.art208FinesUem'>): { min: number; max: number } {
  const fines = rules['vacantLot.art208FinesUem'];
  return surfaceM2 > fines.largeOverM2 ? fines.large : fines.standard;
}

export interface VacantLotOutcome {
  /** premature: neither the city nor an acta may step in before the owner's deadline has passed. */
  readonly status: 'voluntary_compliance' | 'city_repair' | 'not_complied' | 'extended' | 'premature';
  readonly reasons: readonly ('deadline_not_reached' | 'repaired_after_deadline')[];
  /** How the finding closes: no finding (owner complied), acta (city repaired, or nothing done), a fresh notice (extension). */
  readonly finding: FindingOutcome | null;
  readonly cleaningCharged: boolean;
  readonly fineRangeUem: { readonly min: number; readonly max: number } | null;
  /** The new deadline of an extension. */
  readonly extendedNotice: Omit<VacantLotNotice, 'notifiedAt'> | null;
}

export function vacantLotOutcome(
  reinspection: VacantLotReinspection,
  notice: VacantLotNotice,
  surfaceM2: number,
  rules: Pick<VacantLotRules, 'vacantLot.art208FinesUem'>,
): VacantLotOutcome {
  const beforeDeadline = reinspection.reinspectedAt < notice.dueBy;
  const none = { cleaningCharged: false, fineRangeUem: null, extendedNotice: null };
  switch (reinspection.outcome) {
    case 'repaired_by_owner':
      // Still voluntary compliance when late: the indicators count it, and mark it late.
      return { ...none, status: 'voluntary_compliance', reasons: beforeDeadline ? [] : ['repaired_after_deadline'], finding: 'no_finding' };
    case 'repaired_by_city':
      if (beforeDeadline) return { ...none, status: 'premature', reasons: ['deadline_not_reached'], finding: null };
      return {
        ...none,
        status: 'city_repair',
        reasons: [],
        finding: 'acta',
        cleaningCharged: true,
        fineRangeUem: art208FineRange(surfaceM2, rules),
      };
    case 'not_complied':
      if (beforeDeadline) return { ...none, status: 'premature', reasons: ['deadline_not_reached'], finding: null };
      return { ...none, status: 'not_complied', reasons: [], finding: 'acta', fineRangeUem: art208FineRange(surfaceM2, rules) };
    case 'extension': {
      // The extra days run from the later of the old last day and the re-inspection day, never shortening it.
      const reinspectionDay = cordobaIsoDate(reinspection.reinspectedAt);
      const from = reinspectionDay > notice.lastDay ? reinspectionDay : notice.lastDay;
      const lastDay = addDaysIso(from, reinspection.extensionDays);
      return { ...none, status: 'extended', reasons: [], finding: 'notice', extendedNotice: { lastDay, dueBy: endOfDay(lastDay) } };
    }
  }
}
