// Who may make which mutation. The hub enforces this table on every push; the console uses it only to hide
// what the person cannot do. Coordinators plan operations; dispatchers move patrols; court roles will edit
// hearings (a later issue adds their mutations here).
import type { Role } from '../live/protocol.ts';
import type { MutationKind } from './mutations.ts';

export const MUTATION_ROLES: Readonly<Record<MutationKind, readonly Role[]>> = {
  'operation.create': ['coordinator', 'administrator'],
  'operation.update': ['coordinator', 'administrator'],
  'operation.setStatus': ['coordinator', 'administrator'],
  'operation.cancel': ['coordinator', 'administrator'],
  'operation.assign': ['coordinator', 'administrator'],
  'operation.setTypedPlan': ['coordinator', 'administrator'],
  'operation.close': ['coordinator', 'administrator'],
  'unit.assign': ['dispatcher', 'administrator'],
  'setting.add': ['administrator'],
};

export function canMutate(role: Role, kind: MutationKind): boolean {
  return MUTATION_ROLES[kind].includes(role);
}
