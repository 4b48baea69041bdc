// Who reads which records and who may make which change, as the kinds declare them. The hub enforces both on
// every request and push; the console only reflects them (hides what the person cannot do, refuses early).
import type { Role } from '../auth/roles.ts';
import { mutationRoles, type MutationKind } from './mutations.ts';
import { RECORD_ENTITIES, RECORD_KINDS, type RecordEntity } from './registry.ts';

export function canRead(role: Role, entity: RecordEntity): boolean {
  return RECORD_KINDS[entity].readers.includes(role);
}

/** The kinds a role receives: its snapshot, pages, change pulls and live rooms. Units imply their positions. */
export function readableBy(role: Role): readonly RecordEntity[] {
  return RECORD_ENTITIES.filter((entity) => canRead(role, entity));
}

export function canMutate(role: Role, kind: MutationKind): boolean {
  return mutationRoles(kind).includes(role);
}
