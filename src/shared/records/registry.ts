// The record kinds the console and the hub share — one file each, listed here once. Everything that differs by
// kind is derived from this table (docs/ARCHITECTURE.md, "Adding a record kind"):
//
//   RECORD_KINDS ─► RecordEntity, RecordOf<E>, their schemas          (this file)
//                ─► Mutation, MutationSchema, applyMutation, entityOf  (mutations.ts)
//                ─► canRead, canMutate                                (permissions.ts)
//                ─► the hub's Change stream and its schemas           (../hub-protocol/changes.ts)
//                ─► the console's stores, the hub's apply step, 'records.changed' events (src/core, src/hub)
import { z } from 'zod';
import { auditEntryKind } from './audit-entry.ts';
import { courtCaseKind } from './court-case.ts';
import { hearingKind } from './hearing.ts';
import { incidentKind } from './incident.ts';
import { noticeKind } from './notice.ts';
import { noticeTrialKind } from './notice-trial.ts';
import type { CacheStorage, RecordKind, VersionedRecord } from './kind.ts';
import { operationKind } from './operation.ts';
import { personKind } from './person.ts';
import { resourceKind } from './resource.ts';
import { settingKind } from './setting.ts';
import { teamKind } from './team.ts';
import { unitKind } from './unit.ts';

export const RECORD_KINDS = {
  operation: operationKind,
  unit: unitKind,
  person: personKind,
  resource: resourceKind,
  court_case: courtCaseKind,
  hearing: hearingKind,
  audit_entry: auditEntryKind,
  setting: settingKind,
  incident: incidentKind,
  notice: noticeKind,
  notice_trial: noticeTrialKind,
  team: teamKind,
} as const;

type Kinds = typeof RECORD_KINDS;
export type RecordEntity = keyof Kinds;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matches any kind's mutation table
export type RecordOf<E extends RecordEntity> = Kinds[E] extends RecordKind<string, infer R, CacheStorage, any> ? R : never;
export type SharedRecord = { [E in RecordEntity]: RecordOf<E> }[RecordEntity];
/** A record with the kind it belongs to (a page of first sync, a derived record, a server batch's entry). */
export type RecordEntry = { [E in RecordEntity]: { readonly entity: E; readonly record: RecordOf<E> } }[RecordEntity];

/** The kinds the console keeps in tables of their own; src/core/records/own-stores.ts must give each a store. */
export type OwnCacheEntity = { [E in RecordEntity]: Kinds[E]['cache'] extends 'own' ? E : never }[RecordEntity];
/** The kinds the console keeps in its generic records table. */
export type GenericCacheEntity = Exclude<RecordEntity, OwnCacheEntity>;

export const RECORD_ENTITIES = Object.keys(RECORD_KINDS) as RecordEntity[];
export const GENERIC_CACHE_ENTITIES = RECORD_ENTITIES.filter((e) => RECORD_KINDS[e].cache === 'records') as GenericCacheEntity[];

export const RecordEntitySchema = z.enum(RECORD_ENTITIES as [RecordEntity, ...RecordEntity[]]);

export function isRecordEntity(value: unknown): value is RecordEntity {
  return typeof value === 'string' && Object.hasOwn(RECORD_KINDS, value);
}

/** The schema of a kind's records. */
export function recordSchema<E extends RecordEntity>(entity: E): z.ZodType<RecordOf<E>> {
  return RECORD_KINDS[entity].schema as unknown as z.ZodType<RecordOf<E>>;
}

/** Any kind's record, with its entity: what the wire carries when the entity is not known in advance. */
export const RecordEntrySchema = z.discriminatedUnion(
  'entity',
  RECORD_ENTITIES.map((entity) => z.object({ entity: z.literal(entity), record: recordSchema(entity) })) as [
    z.ZodObject<{ entity: z.ZodLiteral<RecordEntity>; record: z.ZodType<SharedRecord> }>,
  ],
) as unknown as z.ZodType<RecordEntry>;

/** Any kind's record (a push result's record or a conflict side: the entity travels beside it). */
export const SharedRecordSchema = z.union(RECORD_ENTITIES.map((entity) => recordSchema(entity))) as unknown as z.ZodType<SharedRecord>;

export type { VersionedRecord };
