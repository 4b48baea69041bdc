// Runs in: Node. Password hashing with scrypt (node:crypto), a random 16-byte salt per password and a
// constant-time comparison. The async scrypt runs on libuv's thread pool, so a login never blocks the hub's
// event loop (and with it every device and console) for the ~50 ms a hash takes.
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify<crypto.BinaryLike, crypto.BinaryLike, number, crypto.ScryptOptions, Buffer>(crypto.scrypt);

export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export interface PasswordSecret {
  readonly salt: Buffer;
  readonly hash: Buffer;
  readonly params: ScryptParams;
}

/** OWASP's scrypt minimum (2^17 would need more than Node's default 32 MiB scrypt memory cap). */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

const derive = (password: string, salt: Buffer, params: ScryptParams) =>
  scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem: MAX_MEMORY });

export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<PasswordSecret> {
  const salt = crypto.randomBytes(16);
  return { salt, hash: await derive(password, salt, params), params };
}

export async function verifyPassword(password: string, secret: PasswordSecret): Promise<boolean> {
  const candidate = await derive(password, secret.salt, secret.params);
  return candidate.length === secret.hash.length && crypto.timingSafeEqual(candidate, secret.hash);
}

/** A password for demo accounts and resets: 16 characters from 96 random bits, easy to copy. */
export function generatePassword(): string {
  return crypto.randomBytes(12).toString('base64url');
}
