// One demo account per role, so that every workspace can be tried at once (the hub gives each a random password per
// data dir). The demo's records name these accounts as who made each change.
import type { Role } from '../auth/roles.ts';

export const DEMO_USERS: readonly { readonly username: string; readonly displayName: string; readonly role: Role }[] = [
  { username: 'coordinacion', displayName: 'Laura Giménez', role: 'coordinator' },
  { username: 'despacho', displayName: 'Martín Sosa', role: 'dispatcher' },
  { username: 'mesa', displayName: 'Carolina Paz', role: 'court_clerk' },
  { username: 'juez', displayName: 'Ricardo Molina', role: 'judge' },
  { username: 'admin', displayName: 'Administración del sistema', role: 'administrator' },
];

/** The username of the demo account of `role`. */
export function demoUsername(role: Role): string {
  return DEMO_USERS.find((u) => u.role === role)!.username;
}
