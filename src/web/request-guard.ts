// Runs in: Node. Who may talk to the browser-mode host. Pure functions, unit-tested.
// - Host header must name this server on a loopback name: defeats DNS rebinding (evil.com → 127.0.0.1).
// - A WebSocket's Origin must be this very server: defeats other local pages and sites opening sockets.
// - The per-start secret must match (compared in constant time).
import { timingSafeEqual } from 'node:crypto';

export const LOOPBACK_ADDRESSES: readonly string[] = ['127.0.0.1', '::1', 'localhost'];

/** How a hostname appears in a Host header: IPv6 literals in brackets. */
const asHostHeaderName = (name: string) => (name.includes(':') ? `[${name}]` : name);

export function allowedHosts(port: number, extraHostnames: readonly string[] = []): Set<string> {
  return new Set([...LOOPBACK_ADDRESSES, ...extraHostnames].map((name) => `${asHostHeaderName(name)}:${port}`));
}

export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  return hostHeader !== undefined && allowed.has(hostHeader.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!origin || !isAllowedHost(hostHeader, allowed)) return false;
  return origin.toLowerCase() === `http://${hostHeader!.toLowerCase()}`;
}

export function secretMatches(given: string | null | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
