// Runs in: anywhere (pure). Who may change a person of the roster: an administrator, any; a coordinator, only the
// people of a team that names them among its coordinators (moving someone between teams needs both). The hub's
// `apply` (person.ts) and the Personal tab's buttons ask this one rule, so the screen never offers what is refused.
import type { Role } from '../auth/roles.ts';
import type { TeamRecord } from './team.ts';

export function canManagePerson(
  role: Role | null | undefined,
  username: string | null,
  team: Pick<TeamRecord, 'coordinators'> | null,
): boolean {
  if (role === 'administrator') return true;
  return role === 'coordinator' && username !== null && team !== null && team.coordinators.includes(username);
}
