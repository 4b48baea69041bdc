// Closing an operation: the result its type records and its findings. An alcohol checkpoint tests many drivers,
// so its result is the list of tests (each one judged by alcoholVerdict) plus the anonymous self-tests counted at
// nightlife tents; every other type records one result of its own schema (rules/results.ts).
import { z } from 'zod';
import { AlcoholResultSchema } from '../rules/alcohol.ts';
import { countSchema } from '../rules/fields.ts';
import { RESULT_SCHEMAS } from '../rules/results.ts';
import type { OperationType } from './codes.ts';

export const MAX_ALCOHOL_TESTS = 500;

export const AlcoholCheckpointResultSchema = z
  .object({
    tests: z.array(AlcoholResultSchema).max(MAX_ALCOHOL_TESTS, 'too_many'),
    selfTests: countSchema(10_000),
  })
  .strict();
export type AlcoholCheckpointResult = z.output<typeof AlcoholCheckpointResultSchema>;

export const OPERATION_RESULT_SCHEMAS = {
  ...RESULT_SCHEMAS,
  alcohol_test: AlcoholCheckpointResultSchema,
} as const satisfies Record<OperationType, z.ZodType>;

export type OperationResultOf<T extends OperationType> = z.output<(typeof OPERATION_RESULT_SCHEMAS)[T]>;
