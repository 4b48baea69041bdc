// One demo account per role, so that every workspace can be tried at once. Passwords are random per data dir.
import type { Role } from '../../shared/auth/roles.ts';

export const DEMO_USERS: readonly { readonly username: string; readonly displayName: string; readonly role: Role }[] = [
  { username: 'coordinacion', displayName: 'Laura Giménez', role: 'coordinator' },
  { username: 'despacho', displayName: 'Martín Sosa', role: 'dispatcher' },
  { username: 'mesa', displayName: 'Carolina Paz', role: 'court_clerk' },
  { username: 'juez', displayName: 'Ricardo Molina', role: 'judge' },
  { username: 'admin', displayName: 'Administración del sistema', role: 'administrator' },
];
