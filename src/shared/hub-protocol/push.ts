// How a console hands its queued mutations to the hub, and takes a kind's current records on its first sync:
//
//   'mutate'  PushRequest {clientId, mutations[]}   → HubAck<PushAnswer>    one result per mutation, in order
//   'records' RecordsRequest {entity, after, limit} → HubAck<RecordsAnswer> current records, by id (first sync)
//
// (clientId, clientSeq) identifies a mutation for good: the hub applies client seqs strictly in order, answers
// a seq it has already decided with the original result (replays change nothing), and refuses a seq beyond
// the next one with 'out_of_order' + the seq it expects, so the console resends from there.
import { z } from 'zod';
import { MutationSchema } from '../records/mutations.ts';
import { REFUSAL_REASONS, type RefusalReason } from '../records/refusals.ts';
import { RecordEntitySchema, recordSchema, SharedRecordSchema, type RecordEntity, type SharedRecord } from '../records/registry.ts';

/** At most this many mutations, and this many bytes of JSON, per push. */
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_CONSOLE_PAYLOAD_BYTES = 256 * 1024;
export const MAX_RECORDS_PAGE = 1000;
/**
 * At most this many records per 'records' page for a first sync's bulk load (a hub that says how many records it has,
 * in its snapshot's counts, takes them): 1,000,000 operations in 200 requests rather than 1,000 — the console rate
 * limit (50 requests/s after a burst of 100) alone held pages of 1,000 to 20 s.
 */
export const MAX_BULK_RECORDS_PAGE = 5000;

const epochMs = z.number().int().min(0).max(7_258_118_400_000);
const clientSeq = z.number().int().min(1);

export const MutationEnvelopeSchema = z
  .object({
    clientSeq,
    mutationId: z.string().uuid(), // the idempotency key
    baseVersion: z.number().int().min(0), // the record's version the mutation was made on (0: it did not exist)
    madeAt: epochMs,
    mutation: MutationSchema,
    /** Rolled back by the console before it was sent: the hub records it as withdrawn and applies nothing. */
    withdrawn: z.boolean().optional(),
  })
  .strict();
export type MutationEnvelope = z.infer<typeof MutationEnvelopeSchema>;

export const PushRequestSchema = z
  .object({ clientId: z.string().uuid(), mutations: z.array(MutationEnvelopeSchema).min(1).max(MAX_PUSH_MUTATIONS) })
  .strict();
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const PushResultSchema = z.union([
  z.object({ clientSeq, ok: z.literal(true), seq: z.number().int().min(1), record: SharedRecordSchema }),
  z.object({ clientSeq, ok: z.literal(false), reason: z.enum(REFUSAL_REASONS), current: SharedRecordSchema.nullable() }),
  z.object({ clientSeq, ok: z.literal(false), reason: z.literal('out_of_order'), expected: clientSeq }),
]);
export type PushResult =
  | { readonly clientSeq: number; readonly ok: true; readonly seq: number; readonly record: SharedRecord }
  | { readonly clientSeq: number; readonly ok: false; readonly reason: RefusalReason; readonly current: SharedRecord | null }
  | { readonly clientSeq: number; readonly ok: false; readonly reason: 'out_of_order'; readonly expected: number };

export const PushAnswerSchema = z.object({ results: z.array(PushResultSchema).max(MAX_PUSH_MUTATIONS) });
export interface PushAnswer {
  readonly results: readonly PushResult[];
}

export const RecordsRequestSchema = z
  .object({ entity: RecordEntitySchema, after: z.string().max(64).nullable(), limit: z.number().int().min(1).max(MAX_BULK_RECORDS_PAGE) })
  .strict();
export type RecordsRequest = z.infer<typeof RecordsRequestSchema>;

export const recordsAnswerSchema = (entity: RecordEntity) =>
  z.object({ records: z.array(recordSchema(entity)).max(MAX_BULK_RECORDS_PAGE), hasMore: z.boolean() });
export interface RecordsAnswer {
  readonly records: readonly SharedRecord[];
  readonly hasMore: boolean;
}
