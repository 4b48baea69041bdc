// Every change a person makes to a shared record is a mutation of one kind's table (registry.ts). The console
// applies it to its cache at once (optimistically) and queues it; the hub applies the same pure function and is
// the judge. Nothing here is written per kind: a new kind's mutations join the union, the schema and the tables.
import { z } from 'zod';
import type { Applied, MutationContext, MutationDefinition } from './kind.ts';
import { RECORD_ENTITIES, RECORD_KINDS, type RecordEntity, type RecordOf, type SharedRecord } from './registry.ts';

type Kinds = typeof RECORD_KINDS;
type DefinitionsOf<E extends RecordEntity> = Kinds[E]['mutations'];
type NamesOf<E extends RecordEntity> = keyof DefinitionsOf<E> & string;

/** The kinds people change (court cases, made only by the hub, are not among them): what a conflict can be about. */
export type MutableEntity = { [E in RecordEntity]: NamesOf<E> extends never ? never : E }[RecordEntity];

/** 'operation.close', 'incident.assign', … */
export type MutationKind = { [E in RecordEntity]: NamesOf<E> }[RecordEntity];
type FieldsOf<E extends RecordEntity, K extends NamesOf<E>> =
  DefinitionsOf<E>[K] extends MutationDefinition<RecordOf<E>, infer P> ? z.output<P> : never;
export type Mutation = {
  [E in RecordEntity]: { [K in NamesOf<E>]: { readonly kind: K } & Readonly<FieldsOf<E, K>> }[NamesOf<E>];
}[RecordEntity];

interface MutationEntry {
  readonly entity: RecordEntity;
  readonly definition: MutationDefinition<SharedRecord>;
}

/** Every mutation by its kind, with the entity it changes — the one table entityOf and applyMutation read. */
const MUTATIONS = Object.fromEntries(
  RECORD_ENTITIES.flatMap((entity) =>
    Object.entries(RECORD_KINDS[entity].mutations as Record<string, MutationDefinition<never>>).map(([kind, definition]) => [
      kind,
      { entity, definition: definition as unknown as MutationDefinition<SharedRecord> },
    ]),
  ),
) as Readonly<Record<MutationKind, MutationEntry>>;

export const MUTATION_KINDS = Object.keys(MUTATIONS) as MutationKind[];

const [first, ...rest] = MUTATION_KINDS.map((kind) => MUTATIONS[kind].definition.fields.extend({ kind: z.literal(kind) }).strict());
/** Any mutation, checked with its kind's own fields (unknown fields refused). */
export const MutationSchema = z.discriminatedUnion('kind', [first!, ...rest]) as unknown as z.ZodType<Mutation>;

/** The kind of record a mutation changes. */
export function entityOf(kind: MutationKind): RecordEntity {
  return MUTATIONS[kind].entity;
}

export function isMutableEntity(entity: RecordEntity): entity is MutableEntity {
  return MUTATION_KINDS.some((kind) => MUTATIONS[kind].entity === entity);
}

/** The roles that may make a mutation. */
export function mutationRoles(kind: MutationKind) {
  return MUTATIONS[kind].definition.roles;
}

/** Whether the hub decides the mutation on its current version whatever the console's base (kind.ts, `rebase`). */
export function rebases(kind: MutationKind): boolean {
  return MUTATIONS[kind].definition.rebase === true;
}

/** What `mutation` makes of `current` (null: the record does not exist). Never throws for a valid mutation. */
export function applyMutation(current: SharedRecord | null, mutation: Mutation, context: MutationContext): Applied<SharedRecord> {
  return MUTATIONS[mutation.kind].definition.apply(current, mutation as never, context);
}
