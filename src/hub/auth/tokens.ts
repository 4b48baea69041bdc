// Runs in: Node. Bearer tokens (sessions and devices): 32 random bytes, base64url. Only their SHA-256 is stored,
// so the store alone never lets anyone in; a hash lookup needs no constant-time comparison, because
// the attacker does not control the hashed value that is compared.
import crypto from 'node:crypto';

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): Buffer {
  return crypto.createHash('sha256').update(token, 'utf8').digest();
}
