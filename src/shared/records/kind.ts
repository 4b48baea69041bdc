// What a record kind declares, in its one file under src/shared/records/ (docs/ARCHITECTURE.md, "Adding a record
// kind"). Everything else — the mutation union, applyMutation, who reads and who may change what, the console's
// store, the hub's apply step, the change stream and the live events — is derived from these declarations by
// registry.ts and its readers.
import type { z } from 'zod';
import type { Role } from '../auth/roles.ts';
import type { SettingEntry } from '../settings/dated.ts';
import type { RefusalReason } from './refusals.ts';

/** Every shared record has an id and a version the hub raises by one with each accepted change. */
export interface VersionedRecord {
  readonly id: string;
  readonly version: number;
}

/**
 * What a mutation is applied with, besides the record itself: when and by whom (the hub's username; the
 * console's signed-in person, or null), and read-only access to the rest of what this side holds. Both sides
 * supply it — the hub from its store, inside the push's transaction; the console from its cache — so `apply`
 * stays a pure function of its inputs. A console may lack records its role does not read: rules cope with null.
 */
export interface MutationContext {
  readonly now: number;
  readonly by: string | null;
  /**
   * The role `by` signed in with, where this side knows it (the hub always; a console when someone is signed in).
   * Roles are checked before `apply`; a rule that also depends on who it is (a coordinator changes only their own
   * team's people) reads it. Absent: not known here — such a rule decides as for no role, and the hub decides again.
   */
  readonly role?: Role | null;
  /** The console the change comes from (its client id), or null (the hub itself, a device). */
  readonly console: string | null;
  /** Another record, as this side has it (null: not there). */
  read(entity: string, id: string): VersionedRecord | null;
  /** The dated settings this side has (the hub's entries; a console's copy, or the defaults before its first sync). */
  settings(): readonly SettingEntry[];
  /** The number a case opened now takes: the hub's next for the year; a console's provisional one. */
  caseNumber(year: number): string;
}

/** A record of another kind that a change makes in the same transaction (closing an operation makes court cases). */
export interface DerivedRecord {
  readonly entity: string;
  readonly record: VersionedRecord;
}

export type Applied<R> =
  | { readonly ok: true; readonly record: R; readonly derived?: readonly DerivedRecord[] }
  | { readonly ok: false; readonly reason: RefusalReason };

/** One change people make to a kind: its fields (always with the record's `id`), who may make it, what it does. */
export interface MutationDefinition<R, P extends z.ZodObject = z.ZodObject> {
  /** The mutation's fields besides `kind`; `id` names the record it changes. */
  readonly fields: P;
  readonly roles: readonly Role[];
  /**
   * true: decided on the hub's current version even when the console made it on an older one. For changes that
   * only add (a timeline step, a linked complaint) or whose `apply` checks the state it finds (a unit that must
   * still be free) — records many people and devices change at once. Otherwise a stale base is a conflict.
   */
  readonly rebase?: boolean;
  /** Pure: what the mutation makes of `current` (null: the record does not exist). Never throws for valid input. */
  apply(current: R | null, mutation: z.output<P>, context: MutationContext): Applied<R>;
}

/** A kind's mutations by name, `<entity>.<verb>` ('operation.close'). */
export type MutationDefinitions<E extends string, R> = { readonly [K in `${E}.${string}`]?: MutationDefinition<R, z.ZodObject> };

/**
 * Where the console cache keeps a kind: 'records' — the generic table (entity, id, JSON), nothing to write;
 * 'own' — a table of its own (operations: the grid's indexes; units: joined with their positions). An 'own' kind
 * must be given a store in src/core/records/own-stores.ts, and the compiler says so until it is. The hub keeps every
 * kind in its one records table.
 */
export type CacheStorage = 'records' | 'own';

export interface RecordKind<E extends string, R extends VersionedRecord, C extends CacheStorage, D extends MutationDefinitions<E, R>> {
  /** The kind's name in the change log, the outbox, the cache and the API ('court_case'). */
  readonly entity: E;
  readonly schema: z.ZodType<R>;
  /** The roles that receive these records (snapshot, pages, the live stream) and may read them in the console. */
  readonly readers: readonly Role[];
  readonly cache: C;
  /** The changes people make. A kind that only the hub makes (audit entries) has none. */
  readonly mutations: D;
  /**
   * For court records: the case whose tamper-evident chain every accepted change of this kind joins, at the hub
   * (src/shared/audit). Absent: not audited.
   */
  auditChain?(record: R): string;
}

/**
 * Declares a kind. Curried on the record type so that every mutation's `apply` is checked against it:
 * `defineRecordKind<Unit>()({ entity: 'unit', schema, readers, cache, mutations: { 'unit.setStatus': … } })`.
 */
export const defineRecordKind =
  <R extends VersionedRecord>() =>
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a kind with no mutations has exactly none
  <const E extends string, C extends CacheStorage, D extends MutationDefinitions<E, R> = {}>(kind: RecordKind<E, R, C, D>) =>
    kind;

/** Declares one mutation of a kind whose records are `R`; `apply` receives the fields as `fields` parses them. */
export const mutationOf =
  <R>() =>
  <P extends z.ZodObject>(definition: MutationDefinition<R, P>) =>
    definition;
