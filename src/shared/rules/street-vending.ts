// Street-vending control (venta ambulante). Vending on public roads is prohibited outright; fairs run on yearly
// precarious permits held by the producer, who may miss only so many days a year. Goods seized go on an inventory,
// and every item names the receipt handed to the vendor — without it the seizure cannot be defended in court.
// docs/DOMAIN.md, Street-vending control
import { z } from 'zod';
import type { SettingValues } from '../settings/catalogue.ts';
import { CommentSchema, countSchema, distinctCodes, DniSchema, InstantSchema, textSchema } from './fields.ts';

export const PERMIT_STATES = ['none', 'valid', 'expired', 'not_holder'] as const;
export const ITEM_CONDITIONS = ['good', 'damaged', 'perishable'] as const;
export const VENDING_ACTIONS = ['guidance', 'warning', 'acta', 'seizure'] as const;
export const MAX_SEIZED_ITEMS = 200;

export const SeizedItemSchema = z
  .object({
    item: textSchema(120),
    quantity: z.number().int('not_integer').min(1, 'out_of_range').max(100_000, 'out_of_range'),
    condition: z.enum(ITEM_CONDITIONS),
    receiptNumber: z.string().trim().min(1, 'receipt_required').max(40, 'too_long'),
  })
  .strict();

export const StreetVendingResultSchema = z
  .object({
    observedAt: InstantSchema,
    place: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('public_road'), address: textSchema(200) }).strict(),
      z.object({ kind: z.literal('fair'), fairName: textSchema(120) }).strict(),
    ]),
    /** null when the vendor could not be identified (left, refused). */
    vendorDni: DniSchema.nullable(),
    vendorName: z.string().trim().max(120, 'too_long').optional(),
    permit: z.enum(PERMIT_STATES),
    /** Fair permits only: days missed so far this year. */
    absencesThisYear: countSchema(366).nullable(),
    goods: textSchema(500),
    seizure: z.array(SeizedItemSchema).max(MAX_SEIZED_ITEMS, 'too_many'),
    actions: distinctCodes(VENDING_ACTIONS),
    comment: CommentSchema.optional(),
  })
  .strict()
  .refine((r) => !r.actions.includes('seizure') || r.seizure.length > 0, { message: 'seizure_inventory_required', path: ['seizure'] })
  .refine((r) => r.seizure.length === 0 || r.actions.includes('seizure'), { message: 'seizure_action_required', path: ['actions'] });
export type StreetVendingResult = z.output<typeof StreetVendingResultSchema>;

export const STREET_VENDING_SETTING_KEYS = ['vending.maxAbsencesPerYear'] as const;
export type StreetVendingRules = Pick<SettingValues, (typeof STREET_VENDING_SETTING_KEYS)[number]>;

export const VENDING_REASONS = ['vending_on_public_road', 'no_permit', 'permit_expired', 'not_permit_holder', 'too_many_absences'] as const;
export type VendingReason = (typeof VENDING_REASONS)[number];

export interface StreetVendingVerdict {
  readonly status: 'compliant' | 'non_compliant';
  readonly reasons: readonly VendingReason[];
  /** Units seized in all. */
  readonly seizedUnits: number;
  /** The receipts handed over, each once, in inventory order. */
  readonly receiptNumbers: readonly string[];
}

const PERMIT_REASON: Record<(typeof PERMIT_STATES)[number], VendingReason | null> = {
  valid: null,
  none: 'no_permit',
  expired: 'permit_expired',
  not_holder: 'not_permit_holder',
};

export function streetVendingVerdict(result: StreetVendingResult, rules: StreetVendingRules): StreetVendingVerdict {
  const reasons: VendingReason[] = [];
  if (result.place.kind === 'public_road') {
    // No permit covers the public road: fair permits are for the fair.
    reasons.push('vending_on_public_road');
  } else {
    const permitReason = PERMIT_REASON[result.permit];
    if (permitReason) reasons.push(permitReason);
    if (result.absencesThisYear !== null && result.absencesThisYear > rules['vending.maxAbsencesPerYear'])
      reasons.push('too_many_absences');
  }
  return {
    status: reasons.length ? 'non_compliant' : 'compliant',
    reasons,
    seizedUnits: result.seizure.reduce((sum, i) => sum + i.quantity, 0),
    receiptNumbers: [...new Set(result.seizure.map((i) => i.receiptNumber))],
  };
}
