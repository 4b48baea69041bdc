// Who may read which shared records over /console. The hub enforces this table; the console only reflects it.
//
// Unit records and positions are operational data of the patrol program: coordinators, dispatchers and
// administrators follow them. Court clerks and judges connect too (their cases will travel on the same
// connection in later issues) but receive no unit data: their snapshot holds no units or positions, their
// change pulls skip unit changes and they are not in the rooms the live unit stream goes to. Everyone reads
// operations: their results feed the court. The court cases (actas, notices) go to the court roles (and the
// administrator); the roster's people and resources to those who plan and dispatch; the dated settings to all.
import type { Change, Role } from './protocol.ts';

export type LiveEntity = Change['entity'];

export interface RolePermissions {
  /** Change-log entities the role receives (snapshot, pulls and the live stream). Units imply their positions. */
  readonly reads: readonly LiveEntity[];
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, RolePermissions>> = {
  coordinator: { reads: ['unit', 'operation', 'person', 'resource', 'setting'] },
  dispatcher: { reads: ['unit', 'operation', 'person', 'resource', 'setting'] },
  court_clerk: { reads: ['operation', 'court_case', 'setting'] },
  judge: { reads: ['operation', 'court_case', 'setting'] },
  administrator: { reads: ['unit', 'operation', 'person', 'resource', 'court_case', 'setting'] },
};

export function canRead(role: Role, entity: LiveEntity): boolean {
  return ROLE_PERMISSIONS[role].reads.includes(entity);
}
