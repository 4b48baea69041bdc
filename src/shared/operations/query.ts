// What the operations grid may ask for. Every field is bounded so that hostile input
// (1 MB strings, huge arrays, wrong types) is refused at the boundary, before any SQL.
import { z } from 'zod';
import { OPERATION_STATUSES, OPERATION_TYPES, SHIFTS } from './codes.ts';

export const SORTABLE_COLUMNS = [
  'plannedStart',
  'plannedEnd',
  'type',
  'status',
  'barrio',
  'address',
  'shift',
  'team',
  'updatedAt',
] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export const MAX_TEXT_FILTER = 200;
export const MAX_BLOCK = 500;
/** Any instant the console can meaningfully show: 1970 … 2200. */
const epochMs = z.number().int().min(0).max(7_258_118_400_000);

export const OperationsFilterSchema = z
  .object({
    types: z.array(z.enum(OPERATION_TYPES)).max(OPERATION_TYPES.length).optional(),
    statuses: z.array(z.enum(OPERATION_STATUSES)).max(OPERATION_STATUSES.length).optional(),
    shifts: z.array(z.enum(SHIFTS)).max(SHIFTS.length).optional(),
    barrios: z.array(z.string().min(1).max(80)).max(100).optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
    text: z.string().max(MAX_TEXT_FILTER).optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    message: 'range_inverted',
    path: ['to'],
  });
export type OperationsFilter = z.infer<typeof OperationsFilterSchema>;

export const OperationsSortSchema = z.object({ column: z.enum(SORTABLE_COLUMNS), direction: z.enum(['asc', 'desc']) }).strict();
export type OperationsSort = z.infer<typeof OperationsSortSchema>;

export const DEFAULT_SORT: OperationsSort = { column: 'plannedStart', direction: 'desc' };

export const OperationsPageInputSchema = z
  .object({
    filter: OperationsFilterSchema.default({}),
    sort: OperationsSortSchema.default(DEFAULT_SORT),
    offset: z.number().int().min(0).max(1_000_000_000),
    limit: z.number().int().min(1).max(MAX_BLOCK),
    withTotal: z.boolean().default(false),
  })
  .strict();
export type OperationsPageInput = z.input<typeof OperationsPageInputSchema>;
export type OperationsPageRequest = z.output<typeof OperationsPageInputSchema>;
