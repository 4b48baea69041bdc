// Runs in: Node. Which dispatch hub the console follows and who is signed in to it.
//
//   flag (--hub URL / --no-hub) ─► decides for this run; the settings screen cannot change it
//   no flag ─► the saved choice (hub-choice.ts): embedded (default) | remote {url, username} | off
//
//   embedded ──► the host's embedded hub + simulator, started lazily; signed in as the chosen demo account
//                (default: the demo dispatcher), its password taken from the running embedded hub
//   remote   ──► starts signed_out (passwords are never stored) until the person signs in; choosing it stops
//                the embedded hub and its simulator
//   off      ──► no live data
//
// Every change logs in first (signIn) or starts what it needs first (useEmbedded), and only then saves the
// choice and reconfigures the sync: a failure changes nothing. Changes run one at a time.
import type { EventPayload } from '../../shared/api/contract.ts';
import type { EventName } from '../../shared/api/names.ts';
import { hubAddress, type DemoAccount, type SessionInfo, type SessionSignInInput, type SessionUser } from '../../shared/api/session.ts';
import type { Role } from '../../shared/auth/roles.ts';
import type { LoginAnswer } from '../../shared/hub-protocol/login.ts';
import { HandlerError } from '../api/dispatch.ts';
import type { CacheSession } from '../cache/cache-session.ts';
import { HubLoginError, loginToHub, type HubCredentials } from '../sync/hub-login.ts';
import type { SyncService } from '../sync/sync-service.ts';
import { readHubChoice, saveHubChoice, type HubChoice } from './hub-choice.ts';

/** A demo account of the embedded hub, with its password (never sent to the renderer). */
export interface EmbeddedHubAccount {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName: string;
}

/** What a host's embedded hub starter gives: where it listens, its demo accounts, and how to stop it. */
export interface EmbeddedHubHandle {
  readonly url: string;
  readonly demoAccounts: readonly EmbeddedHubAccount[];
  close(): Promise<void>;
}
export type EmbeddedHubStarter = () => Promise<EmbeddedHubHandle>;

/** A command-line choice: a remote hub (signed in at start when username and password are given), or none. */
export type HubFlag =
  { readonly kind: 'remote'; readonly url: string; readonly username?: string; readonly password?: string } | { readonly kind: 'off' };

type Current =
  | { readonly kind: 'embedded'; readonly username: string | undefined }
  | { readonly kind: 'remote'; readonly url: string; readonly username: string | null }
  | { readonly kind: 'off' };

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface HubSessionDeps {
  readonly cache: CacheSession;
  readonly sync: SyncService;
  readonly emit: Emit;
  readonly log: (message: string, err?: unknown) => void;
  readonly flag?: HubFlag;
  readonly embedded?: EmbeddedHubStarter;
}

const publicAccount = ({ username, displayName, role }: SessionUser): DemoAccount => ({ username, displayName, role });
const sameUser = (a: SessionUser | null, b: SessionUser | null) =>
  a === b || (a !== null && b !== null && a.username === b.username && a.displayName === b.displayName && a.role === b.role);

export class HubSession {
  private current: Current = { kind: 'off' };
  private user: SessionUser | null = null;
  private embedded: EmbeddedHubHandle | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private begun = false;
  private closed = false;
  private readonly decidedBy: 'flag' | 'settings';
  /** What the renderer was last told (session.changed is sent only when something changed). */
  private announced: string;

  constructor(private readonly deps: HubSessionDeps) {
    this.decidedBy = deps.flag ? 'flag' : 'settings';
    this.announced = JSON.stringify(this.info());
    deps.sync.onLogin = (user) => {
      const next = publicAccount(user);
      if (sameUser(this.user, next)) return;
      this.user = next;
      this.changed();
    };
  }

  /** Called whenever the cache becomes usable: the first time it applies the flag or the saved choice. */
  cacheOpened(): Promise<void> {
    if (this.begun) {
      this.deps.sync.start();
      return Promise.resolve();
    }
    this.begun = true;
    return this.serial(() => this.applyInitial());
  }

  /** Resolves once the changes asked for so far have been applied (tests; hosts that print what they follow). */
  settled(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  info(): SessionInfo {
    const { current } = this;
    const url = current.kind === 'remote' ? current.url : current.kind === 'embedded' ? (this.embedded?.url ?? null) : null;
    return {
      hub: { kind: current.kind, url, decidedBy: this.decidedBy },
      user: this.user,
      lastUsername: current.kind === 'remote' ? current.username : null,
      demoAccounts: current.kind === 'embedded' && this.embedded ? this.embedded.demoAccounts.map(publicAccount) : [],
    };
  }

  signIn(input: SessionSignInInput): Promise<SessionInfo> {
    return this.serial(async () => {
      this.assertOpen();
      const target = this.signInTarget(input.url);
      const credentials: HubCredentials = { username: input.username, password: input.password };
      let login: LoginAnswer;
      try {
        login = await loginToHub(target.url, credentials);
      } catch (err) {
        if (err instanceof HubLoginError && err.reason === 'unauthorized') throw new HandlerError({ code: 'hub_unauthorized' });
        if (err instanceof HubLoginError && err.reason === 'throttled') throw new HandlerError({ code: 'hub_throttled' });
        throw new HandlerError({ code: 'hub_unavailable' });
      }
      this.assertOpen();
      if (target.kind === 'remote') {
        this.save({ kind: 'remote', url: target.url, username: input.username });
        await this.stopEmbedded();
        this.current = { kind: 'remote', url: target.url, username: input.username };
      } else {
        // The embedded hub with typed credentials: a demo account is remembered; any other one is for this run.
        const isDemo = this.embedded?.demoAccounts.some((a) => a.username === input.username && a.password === input.password);
        if (isDemo) this.save({ kind: 'embedded', username: input.username });
        this.current = { kind: 'embedded', username: isDemo ? input.username : undefined };
      }
      this.deps.sync.reconfigure({ url: target.url, credentials }, login);
      this.user = publicAccount(login.user);
      this.changed();
      return this.info();
    });
  }

  useEmbedded(username: string | undefined): Promise<SessionInfo> {
    return this.serial(async () => {
      this.assertOpen();
      this.assertSettingsDecide();
      const wasRunning = this.embedded !== null;
      const handle = await this.ensureEmbedded();
      try {
        const account = this.accountOf(handle, username);
        if (!account) throw new HandlerError({ code: 'invalid_input', issues: [{ path: 'username', code: 'invalid_value' }] });
        this.save({ kind: 'embedded', username: account.username });
        this.followEmbedded(handle, account);
      } catch (err) {
        if (!wasRunning && this.current.kind !== 'embedded') await this.stopEmbedded();
        throw err;
      }
      this.changed();
      return this.info();
    });
  }

  useNone(): Promise<SessionInfo> {
    return this.serial(async () => {
      this.assertOpen();
      this.assertSettingsDecide();
      this.save({ kind: 'off' });
      await this.stopEmbedded();
      this.current = { kind: 'off' };
      this.deps.sync.reconfigure(null);
      this.user = null;
      this.changed();
      return this.info();
    });
  }

  /** Not saved: a remote hub starts signed out anyway, and the embedded one signs in by itself at the next start. */
  signOut(): Promise<SessionInfo> {
    return this.serial(async () => {
      this.assertOpen();
      const url = this.info().hub.url;
      this.deps.sync.reconfigure(url ? { url, credentials: null } : null);
      this.user = null;
      this.changed();
      return this.info();
    });
  }

  /** Stops the embedded hub (if running). The core stops the sync itself. */
  async close(): Promise<void> {
    this.closed = true;
    this.deps.sync.onLogin = undefined;
    await this.stopEmbedded();
  }

  private async applyInitial(): Promise<void> {
    const { flag } = this.deps;
    if (flag?.kind === 'off') return this.follow({ kind: 'off' }, null);
    if (flag?.kind === 'remote') {
      const url = hubAddress(flag.url);
      const credentials = flag.username && flag.password ? { username: flag.username, password: flag.password } : null;
      return this.follow({ kind: 'remote', url, username: flag.username ?? null }, { url, credentials });
    }
    const choice = this.deps.cache.use(readHubChoice);
    if (choice.kind === 'off') return this.follow({ kind: 'off' }, null);
    if (choice.kind === 'remote')
      return this.follow({ kind: 'remote', url: choice.url, username: choice.username }, { url: choice.url, credentials: null });
    if (!this.deps.embedded) return this.follow({ kind: 'off' }, null); // this host offers no embedded hub
    try {
      const handle = await this.ensureEmbedded();
      this.followEmbedded(handle, this.accountOf(handle, choice.username) ?? this.accountOf(handle, undefined));
    } catch (err) {
      this.deps.log('the embedded dispatch hub could not start', err);
      this.current = { kind: 'embedded', username: choice.username };
      this.deps.sync.reconfigure(null);
    }
    this.changed();
  }

  private follow(current: Current, target: Parameters<SyncService['reconfigure']>[0]): void {
    this.current = current;
    this.deps.sync.reconfigure(target);
    this.changed();
  }

  private followEmbedded(handle: EmbeddedHubHandle, account: EmbeddedHubAccount | undefined): void {
    this.current = { kind: 'embedded', username: account?.username };
    if (!account) {
      this.deps.sync.reconfigure({ url: handle.url, credentials: null });
      this.user = null;
      return;
    }
    this.deps.sync.reconfigure({ url: handle.url, credentials: { username: account.username, password: account.password } });
    this.user = publicAccount(account);
  }

  /** Without a username: the demo dispatcher (or the first account). Undefined when the username is unknown. */
  private accountOf(handle: EmbeddedHubHandle, username: string | undefined): EmbeddedHubAccount | undefined {
    if (username !== undefined) return handle.demoAccounts.find((a) => a.username === username);
    return handle.demoAccounts.find((a) => a.role === 'dispatcher') ?? handle.demoAccounts[0];
  }

  private signInTarget(url: string | undefined): { kind: 'remote' | 'embedded'; url: string } {
    const { flag } = this.deps;
    if (flag?.kind === 'off') throw new HandlerError({ code: 'forbidden' });
    if (flag?.kind === 'remote') {
      const fixed = hubAddress(flag.url);
      if (url !== undefined && hubAddress(url) !== fixed) throw new HandlerError({ code: 'forbidden' });
      return { kind: 'remote', url: fixed };
    }
    if (url !== undefined) {
      const origin = hubAddress(url);
      return this.embedded && hubAddress(this.embedded.url) === origin
        ? { kind: 'embedded', url: origin }
        : { kind: 'remote', url: origin };
    }
    if (this.current.kind === 'remote') return { kind: 'remote', url: this.current.url };
    if (this.current.kind === 'embedded' && this.embedded) return { kind: 'embedded', url: hubAddress(this.embedded.url) };
    throw new HandlerError({ code: 'invalid_input', issues: [{ path: 'url', code: 'hub_url' }] });
  }

  private async ensureEmbedded(): Promise<EmbeddedHubHandle> {
    if (this.embedded) return this.embedded;
    if (!this.deps.embedded) throw new HandlerError({ code: 'hub_unavailable' });
    let handle: EmbeddedHubHandle;
    try {
      handle = await this.deps.embedded();
    } catch (err) {
      this.deps.log('the embedded dispatch hub could not start', err);
      throw new HandlerError({ code: 'hub_unavailable' });
    }
    if (this.closed) {
      await handle.close();
      throw new HandlerError({ code: 'hub_unavailable' });
    }
    this.embedded = handle;
    return handle;
  }

  private async stopEmbedded(): Promise<void> {
    const handle = this.embedded;
    this.embedded = null;
    if (!handle) return;
    try {
      await handle.close();
    } catch (err) {
      this.deps.log('the embedded dispatch hub did not stop cleanly', err);
    }
  }

  /** Saved only when the settings decide (a flag's hub is for that run alone). */
  private save(choice: HubChoice): void {
    if (this.decidedBy === 'settings') this.deps.cache.use((cache) => saveHubChoice(cache, choice));
  }

  private assertSettingsDecide(): void {
    if (this.decidedBy === 'flag') throw new HandlerError({ code: 'forbidden' });
  }

  private assertOpen(): void {
    if (this.closed) throw new HandlerError({ code: 'hub_unavailable' });
  }

  private changed(): void {
    const info = this.info();
    const text = JSON.stringify(info);
    if (text === this.announced) return;
    this.announced = text;
    this.deps.emit('session.changed', info);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
