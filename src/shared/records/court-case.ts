// An acta or a notice written when an operation closed, as the court desk receives it: the record the promoter
// wrote (offender, legal basis, place, time, evidence, author) plus where it came from. The hub makes it, in the
// same transaction that closes the operation; its id is the finding's. The promoter's name is copied in when the
// case is made (an acta names its author as of that day; court roles do not read the roster), absent on cases made
// before it was kept.
import { z } from 'zod';
import { ActaRecordSchema, NoticeRecordSchema } from '../rules/findings.ts';
import { OPERATION_TYPES } from '../operations/codes.ts';
import { defineRecordKind } from './kind.ts';

export const COURT_CASE_STATUSES = ['incoming'] as const;

export const CourtCaseSchema = z
  .object({
    id: z.string().uuid(),
    operationId: z.string().uuid(),
    operationType: z.enum(OPERATION_TYPES),
    record: z.union([ActaRecordSchema, NoticeRecordSchema]),
    promoterName: z.string().min(1).max(120).nullable().optional(),
    status: z.enum(COURT_CASE_STATUSES),
    createdAt: z.number().int().min(0),
    version: z.number().int().min(1),
  })
  .strict();
export type CourtCase = z.output<typeof CourtCaseSchema>;

export const courtCaseKind = defineRecordKind<CourtCase>()({
  entity: 'court_case',
  schema: CourtCaseSchema,
  readers: ['court_clerk', 'judge', 'administrator'],
  cache: 'records',
  // Made only by the hub, in the transaction that closes an operation (records/operation.ts: operation.close).
  mutations: {},
});
