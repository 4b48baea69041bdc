// The hub's change log as consoles sync by it: every accepted change to a shared record, numbered by `seq`.
// 'changes' (hub → console) streams them live; 'changes' (console → hub) pulls what a console missed;
// 'snapshot' gives the current seq, the latest positions and, when asked, how many records of each kind the role may
// read (a first sync's progress and bulk pages; hubs before it refuse the question as invalid_input). One Change per record kind of the registry.
import { z } from 'zod';
import type { UnitPosition } from '../live/units.ts';
import { RECORD_ENTITIES, RecordEntitySchema, recordSchema, type RecordEntity, type RecordOf } from '../records/registry.ts';
import { UnitPositionSchema } from './positions.ts';

export const MAX_CHANGES_PAGE = 1000;

const epochMs = z.number().int().min(0);

export const ChangesRequestSchema = z
  .object({ since: z.number().int().min(0), limit: z.number().int().min(1).max(MAX_CHANGES_PAGE) })
  .strict();
export type ChangesRequest = z.infer<typeof ChangesRequestSchema>;

/** `counts`: also count the records of each kind the role may read (a full pass over the hub's records: first syncs only). */
export const SnapshotRequestSchema = z.object({ counts: z.boolean().optional() }).strict();

/** Set when the change is a console's mutation: that console recognises its own write coming back. */
export interface ChangeOrigin {
  readonly clientId: string;
  readonly clientSeq: number;
}

/** One entry of the change log for records of kind E. */
export interface ChangeOf<E extends RecordEntity> {
  readonly seq: number;
  readonly at: number; // epoch ms
  readonly entity: E;
  readonly id: string;
  readonly data: RecordOf<E>;
  readonly origin?: ChangeOrigin;
}
export type Change = { [E in RecordEntity]: ChangeOf<E> }[RecordEntity];

const OriginSchema = z.object({ clientId: z.string().uuid(), clientSeq: z.number().int().min(1) }).optional();
const changeOf = (entity: RecordEntity) =>
  z.object({
    seq: z.number().int().min(1),
    at: epochMs,
    entity: z.literal(entity),
    id: z.string().min(1).max(64),
    data: recordSchema(entity),
    origin: OriginSchema,
  });
const [first, ...rest] = RECORD_ENTITIES.map(changeOf);
export const ChangeSchema = z.discriminatedUnion('entity', [first!, ...rest]) as unknown as z.ZodType<Change>;

/** What the live stream carries: one batch of changes in seq order. */
export const ChangesBatchSchema = z.array(ChangeSchema).max(10_000);

export interface SnapshotAnswer {
  readonly seq: number;
  readonly positions: readonly UnitPosition[];
  /** Current records of each kind the role may read, when the request asked for them. */
  readonly counts?: Partial<Record<RecordEntity, number>>;
}
export const SnapshotAnswerSchema = z.object({
  seq: z.number().int().min(0),
  positions: z.array(UnitPositionSchema),
  counts: z.partialRecord(RecordEntitySchema, z.number().int().min(0)).optional(),
});

export interface ChangesAnswer {
  readonly changes: readonly Change[];
  readonly lastSeq: number; // the hub's newest seq when answering
  readonly hasMore: boolean;
}
export const ChangesAnswerSchema = z.object({
  changes: z.array(ChangeSchema).max(MAX_CHANGES_PAGE),
  lastSeq: z.number().int().min(0),
  hasMore: z.boolean(),
});
