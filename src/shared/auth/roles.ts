// The roles people sign in with. Which records each reads and which changes each may make are declared by the
// record kinds themselves (src/shared/records/<kind>.ts); the hub enforces them, the console only reflects them.
export const ROLES = ['coordinator', 'dispatcher', 'court_clerk', 'judge', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** Every role, for records everyone reads. */
export const EVERY_ROLE: readonly Role[] = ROLES;
