// Which dispatch hub the console follows and who is signed in to it (the 'session.*' methods). The renderer
// uses the same schemas for its field checks, so both sides agree on what a valid hub address is.
//
//   embedded (default) — the hub and simulator the host starts on 127.0.0.1; signed in as a demo account
//   remote             — a hub at a URL; the person signs in (the password is never stored)
//   off                — no live data
//
// A command-line flag (--hub URL / --no-hub) decides for that run and the settings screen cannot change it.
import { z } from 'zod';
import type { Role } from '../auth/roles.ts';

export const HUB_KINDS = ['embedded', 'remote', 'off'] as const;
export type HubKind = (typeof HUB_KINDS)[number];

export interface SessionUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
}

/** A demo account of the embedded hub, as the renderer sees it (no password). */
export type DemoAccount = SessionUser;

export interface SessionInfo {
  readonly hub: {
    readonly kind: HubKind;
    /** null while the embedded hub is not running (or for 'off'). */
    readonly url: string | null;
    readonly decidedBy: 'flag' | 'settings';
  };
  /** The person the console is signed in as; null when signed out. */
  readonly user: SessionUser | null;
  /** The username last used on a remote hub (to fill in the sign-in form); null if none. */
  readonly lastUsername: string | null;
  /** The embedded hub's demo accounts (empty for other hubs). */
  readonly demoAccounts: readonly DemoAccount[];
}

/** At most this many hub processes in one address. */
export const MAX_HUB_URLS = 8;
/** Failed reconnections to one hub process of an address before a console or a device tries the next. */
export const HUB_FAILOVER_AFTER = 2;

/** The URLs of a hub address: one, or several hub processes serving one hub, separated by commas. */
export const hubAddressUrls = (value: string): string[] =>
  value
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');

const isOneHubUrl = (value: string): boolean => {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
};

/**
 * A hub address: an http(s) address with a host, or up to MAX_HUB_URLS of them separated by commas (the console
 * fails over from one to the next); the check message is an i18n key (errors.issue.hub_url).
 */
export const isHubUrl = (value: string): boolean => {
  const urls = hubAddressUrls(value);
  return urls.length >= 1 && urls.length <= MAX_HUB_URLS && urls.every(isOneHubUrl);
};

/** The address as the console keeps it: each URL's origin (the hub ignores paths), in the order given. */
export const hubAddress = (value: string): string =>
  hubAddressUrls(value)
    .map((url) => new URL(url).origin)
    .join(', ');

export const HubUrlSchema = z.string().trim().max(2048).refine(isHubUrl, { message: 'hub_url' });
export const HubUsernameSchema = z.string().trim().min(1).max(64);
export const HubPasswordSchema = z.string().min(1).max(256);

/** With url: switch to that remote hub. Without: sign in again to the hub followed now. */
export const SessionSignInInputSchema = z
  .object({ url: HubUrlSchema.optional(), username: HubUsernameSchema, password: HubPasswordSchema })
  .strict();
export type SessionSignInInput = z.infer<typeof SessionSignInInputSchema>;

/** Follow the embedded demo hub, signed in as this demo account (default: the demo dispatcher). */
export const SessionUseEmbeddedInputSchema = z.object({ username: HubUsernameSchema.optional() }).strict();
