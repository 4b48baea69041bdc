import { expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles.ts';
import type { MutationKind } from '../../shared/records/mutations.ts';
import { mayMutate, type SignedIn } from './use-signed-in-user.ts';

const as = (role: Role): SignedIn => ({ known: true, user: { username: role, displayName: role, role } });

it.each<[string, SignedIn, MutationKind, boolean]>([
  ['before the core answered: nothing offered', { known: false, user: null }, 'operation.create', false],
  ['no one signed in (no hub): local writes offered', { known: true, user: null }, 'operation.create', true],
  ['a coordinator plans', as('coordinator'), 'operation.create', true],
  ['a judge does not', as('judge'), 'operation.create', false],
  ['a dispatcher opens incidents', as('dispatcher'), 'incident.open', true],
  ['a coordinator does not', as('coordinator'), 'incident.open', false],
])('%s', (_, signedIn, kind, expected) => {
  expect(mayMutate(signedIn, kind)).toBe(expected);
});
