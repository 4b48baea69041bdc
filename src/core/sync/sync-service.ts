// Runs in: Node. Follows the dispatch hub: login, snapshot or catch-up, then the live stream.
//
//   connecting ──login, connect──► catching_up ──snapshot (first time) or changes since cursor──► live
//        ▲                              ▲                                                         │
//        └── login failed: retry ──┐    └── reconnected, session not recovered ◄── offline ◄──────┘ drop
//                                  └─► offline (lastError says why)
//
// reconfigure() follows another hub or person (or none, or signed_out: a hub but nobody signed in) at run time:
// stop, new config, start. Each start is a new generation; callbacks of an older one (a login still in flight, a
// retry timer, the old socket's events) find the generation changed and do nothing, so no socket or timer leaks.
//
// Socket.IO's connection-state recovery replays what a short drop missed (socket.recovered); otherwise the
// changes since the stored cursor are pulled in pages. The cursor is written in the same transaction as the
// data it covers, and only ever advances over a contiguous run of seqs — a gap triggers a pull. The first sync
// with a hub (or as another role: synced-role.ts; or a cursor more than BULK_AFTER_CHANGES behind) is a bulk load:
// a worker thread pages the hub's current records at its snapshot seq S into a new cache file and builds it, which
// is then put in place of the cache between two calls with S as its cursor (bulk/: a crash half-way resumes it on
// the next start); the changes after S follow as in any catch-up. Meanwhile the cache stays usable — the board's
// positions keep being written, writes queue in the outbox — and status().progress says how far the load is.
//
// A hub address may name several hub processes serving one hub (one database: src/hub/live/cluster-link.ts). The
// console talks to one at a time and fails over to the next when it cannot reach it (a login that finds nobody,
// HUB_FAILOVER_AFTER failed reconnections); its session and its cursor are the hub's, so it catches up from where it was.
//
// Once live, the outbox pusher sends this console's own mutations (outbox-pusher.ts); their changes come back
// on the stream like anyone's, carrying their origin, and settle the outbox entries (apply-server-batch.ts).
import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';
import type { EventPayload } from '../../shared/api/contract.ts';
import type { EventName } from '../../shared/api/names.ts';
import { ackOf } from '../../shared/hub-protocol/acks.ts';
import path from 'node:path';
import { ChangesAnswerSchema, ChangesBatchSchema, SnapshotAnswerSchema, type SnapshotAnswer } from '../../shared/hub-protocol/changes.ts';
import { PositionsBatchSchema } from '../../shared/hub-protocol/positions.ts';
import { TracksAnswerSchema } from '../../shared/hub-protocol/tracks.ts';
import { FieldHealthAnswerSchema, type FieldHealth } from '../../shared/hub-protocol/field-health.ts';
import { LIVE_NAMESPACES } from '../../shared/hub-protocol/namespaces.ts';
import { ADMIN_REFUSALS } from '../../shared/hub-protocol/admin.ts';
import { MAX_CHANGES_PAGE, type Change } from '../../shared/hub-protocol/changes.ts';
import type { LoginAnswer } from '../../shared/hub-protocol/login.ts';
import type { Role } from '../../shared/auth/roles.ts';
import type { TracksAnswer, TracksRequest } from '../../shared/hub-protocol/tracks.ts';
import type { SyncProgress, SyncState, SyncStatus } from '../../shared/live/sync-status.ts';
import { canRead, readableBy } from '../../shared/records/permissions.ts';
import { HUB_FAILOVER_AFTER, hubAddressUrls } from '../../shared/api/session.ts';
import { RECORD_ENTITIES } from '../../shared/records/registry.ts';
import { isOneOf } from '../../shared/util/one-of.ts';
import { HandlerError } from '../api/dispatch.ts';
import type { Cache } from '../cache/cache.ts';
import type { CacheSession } from '../cache/cache-session.ts';
import { everyKindReset } from '../records/changed-records.ts';
import { recordStore } from '../records/record-store.ts';
import { loginToHub, HubLoginError, type HubCredentials } from './hub-login.ts';
import { MAX_BULK_RECORDS_PAGE, MAX_RECORDS_PAGE } from '../../shared/hub-protocol/push.ts';
import { outboxStatus } from '../mutations/outbox-status.ts';
import type { BulkJob } from './bulk/bulk-job.ts';
import { startBulkLoad, type BulkLoad } from './bulk/bulk-load.ts';
import { BULK_FILE_NAME } from './bulk/bulk-writer.ts';
import { swapIn } from './bulk/swap-in.ts';
import { SYNCED_ROLE } from './synced-role.ts';
import { applyServerBatch } from './apply-server-batch.ts';
import { createLiveIngest, type IngestBatch, type LiveIngest } from './live-ingest.ts';
import { resetForHub } from './reset-for-hub.ts';
import { OutboxPusher, type PushSettled } from './outbox-pusher.ts';

export interface HubConfig {
  readonly url: string;
  readonly credentials: HubCredentials;
}

/** What the service follows: a hub and credentials; a hub nobody is signed in to; or nothing. */
export type SyncTarget = HubConfig | { readonly url: string; readonly credentials: null } | null;

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

const NOTHING: IngestBatch = { records: [], positions: [], origins: [], lastSeq: 0 };

const REQUEST_TIMEOUT_MS = 10_000;
/**
 * A cursor this far behind the hub is brought up to date by a bulk load rather than by its changes: written row by
 * row, 250,000 changes take longer than loading a million records anew.
 */
const BULK_AFTER_CHANGES = 250_000;
/** A bulk load's progress is announced (sync.state) at most this often. */
const PROGRESS_EVERY_MS = 250;
const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000];

/** The hub answered a request of the sync with a refusal. */
class HubRefusal extends Error {
  constructor(
    event: string,
    readonly reason: string,
  ) {
    super(`hub refused ${event}: ${reason}`);
  }
}

export class SyncService {
  private state: SyncState = 'connecting';
  private offlineSince: number | null = null;
  private lastError: SyncStatus['lastError'] = null;
  private dataAsOf: number | null = null;
  private socket: Socket | undefined;
  private token = '';
  private role: Role | null = null; // of the person signed in: which records the first sync pages
  private seq = 0; // highest change seq handed to the ingest (written or about to be)
  private pulling = false;
  private held: Change[] = []; // live changes that arrived while pulling
  private bulk: BulkLoad | undefined; // a first sync's bulk load while it runs
  private bulkStopped: Promise<void> = Promise.resolve(); // resolves once a stopped load has let go of its file
  private progress: SyncProgress | null = null;
  private progressShownAt = 0;
  private retries = 0;
  private via = 0; // which of the address's hub processes the console talks to
  private unreachable = 0; // failed reconnections to it in a row
  private isStarted = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly ingest: LiveIngest;
  private readonly pusher: OutboxPusher;
  private config: HubConfig | null;
  /** A login the caller has just made for this target (signing in checks the password first): used, not repeated. */
  private freshLogin: LoginAnswer | null = null;
  /** The hub chosen while nobody is signed in to it (state signed_out). */
  private signedOutUrl: string | null = null;
  /** Called with the person after every successful login (the session shows who is signed in). */
  onLogin: ((user: LoginAnswer['user']) => void) | undefined;

  constructor(
    config: HubConfig | null,
    private readonly session: CacheSession,
    private readonly emit: Emit,
    private readonly log: (message: string, err?: unknown) => void,
  ) {
    this.config = config;
    this.ingest = createLiveIngest((batch) => this.write(batch));
    this.pusher = new OutboxPusher({ session, socket: () => this.socket, onSettled: (settled) => this.settled(settled), log });
    if (!config) this.state = 'offline';
  }

  /**
   * Follows another target from now on: stops everything of the current one, resets the connection state and,
   * when the cache is usable, starts again. A different hub's units are cleared from the cache at once (its seqs
   * mean nothing here), so the board never shows one hub's units as another's. `login`: the answer of a login the
   * caller has just made with these credentials — the service starts with its session instead of opening another.
   */
  reconfigure(target: SyncTarget, login?: LoginAnswer): void {
    const before = this.status();
    this.stop();
    this.config = target?.credentials ? { url: target.url, credentials: target.credentials } : null;
    this.freshLogin = this.config ? (login ?? null) : null;
    this.signedOutUrl = target && !target.credentials ? target.url : null;
    [this.token, this.seq, this.dataAsOf, this.retries, this.lastError, this.via] = ['', 0, null, 0, null, 0];
    [this.held, this.pulling, this.offlineSince, this.progress] = [[], false, null, null];
    if (target) {
      try {
        this.session.use((cache) => {
          if (cache.units.cursor()?.hubUrl !== target.url) this.reset(cache, target.url);
        });
      } catch {
        // The cache is unavailable: start() runs again once it is usable.
      }
    }
    this.state = this.config ? 'connecting' : this.signedOutUrl ? 'signed_out' : 'offline';
    if (JSON.stringify(this.status()) !== JSON.stringify(before)) this.emit('sync.state', this.status());
    try {
      this.start();
    } catch {
      // cache unavailable (see above)
    }
  }

  status(): SyncStatus {
    return {
      state: this.state,
      hubUrl: this.config?.url ?? this.signedOutUrl,
      offlineSince: this.state === 'offline' ? this.offlineSince : null,
      dataAsOf: this.dataAsOf,
      lastError: this.lastError,
      progress: this.progress,
    };
  }

  /** Idempotent: called whenever the cache becomes usable. */
  start(): void {
    if (!this.config || this.isStarted) return;
    const cursor = this.session.use((cache) => cache.units.cursor());
    this.isStarted = true;
    const generation = ++this.generation;
    if (cursor?.hubUrl === this.config.url) [this.seq, this.dataAsOf] = [cursor.lastSeq, cursor.dataAsOf];
    void this.login().then((ok) => ok && generation === this.generation && this.openSocket());
  }

  stop(): void {
    this.isStarted = false;
    this.generation++;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.ingest.flush();
    this.ingest.stop();
    if (this.bulk) this.bulkStopped = this.bulk.stop();
    this.bulk = undefined;
    this.dropSocket();
  }

  private dropSocket(): void {
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      socket.removeAllListeners();
      socket.io.removeAllListeners();
      socket.close();
    }
  }

  /** The hub process of the address the console talks to now. */
  private hubUrl(): string {
    const urls = hubAddressUrls(this.config!.url);
    return urls[this.via % urls.length]!;
  }

  /** Talks to the next hub process of the address from now on (true), if it has another (false). */
  private failOver(): boolean {
    if (hubAddressUrls(this.config!.url).length < 2) return false;
    [this.via, this.unreachable] = [this.via + 1, 0];
    this.log(`hub unreachable; trying ${this.hubUrl()}`);
    return true;
  }

  /** A local write was queued: push it right after the call has answered, if the hub is there (else on the next connection). */
  pushSoon(): void {
    if (this.state === 'live') setImmediate(() => this.pusher.kick());
  }

  /** For tests: nothing of a stopped service is left running. */
  idle(): boolean {
    return this.socket === undefined && this.retryTimer === undefined && !this.isStarted;
  }

  /** Asks the hub for track history (replay): see ask(); a role without unit data gets 'forbidden'. */
  tracks(request: TracksRequest): Promise<TracksAnswer> {
    return this.ask('tracks', request, TracksAnswerSchema);
  }

  /** Asks the hub for its count of device reports refused for their clock: see ask(); administrators only. */
  fieldHealth(): Promise<FieldHealth> {
    return this.ask('fieldHealth', {}, FieldHealthAnswerSchema);
  }

  /** Asks the hub an administration request ('admin.accounts'…, hub-protocol/admin.ts): see ask(); administrators only. */
  admin<T extends z.ZodType>(event: `admin.${string}`, payload: unknown, schema: T): Promise<z.output<T>> {
    return this.ask(event, payload, schema, ADMIN_REFUSALS);
  }

  /**
   * Asks the hub for something it does not send on its stream (nothing of it is cached): it needs a connected hub,
   * else — and when the hub does not answer in time, is rate-limiting or has just ended the session (the console
   * logs in again by itself) — HandlerError 'hub_unavailable'; the hub's 'forbidden' is the console's, and so are
   * the request's own `refusals`, as 'refused' with the reason as the issue code. A malformed answer is an internal
   * error (the hub and this console disagree on the protocol).
   */
  private async ask<T extends z.ZodType>(
    event: string,
    payload: unknown,
    schema: T,
    refusals: readonly string[] = [],
  ): Promise<z.output<T>> {
    const socket = this.socket;
    if (!socket?.connected) throw new HandlerError({ code: 'hub_unavailable' });
    let answer: unknown;
    try {
      answer = await socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck(event, payload);
    } catch {
      throw new HandlerError({ code: 'hub_unavailable' }); // timed out, or the connection dropped meanwhile
    }
    const parsed = ackOf(schema).parse(answer) as { ok: true; value: z.output<T> } | { ok: false; error: string };
    if (parsed.ok) return parsed.value;
    if (parsed.error === 'forbidden') throw new HandlerError({ code: 'forbidden' });
    if (parsed.error === 'rate_limited' || parsed.error === 'unauthorized') throw new HandlerError({ code: 'hub_unavailable' });
    if (isOneOf(refusals, parsed.error)) throw new HandlerError({ code: 'refused', issues: [{ path: '', code: parsed.error }] });
    throw new Error(`hub refused ${event}: ${parsed.error}`);
  }

  private async login(): Promise<boolean> {
    const generation = this.generation;
    const config = this.config!;
    try {
      const answer = this.freshLogin ?? (await loginToHub(this.hubUrl(), config.credentials));
      this.freshLogin = null;
      if (generation !== this.generation) return false; // stopped or reconfigured meanwhile
      this.token = answer.token;
      this.role = answer.user.role;
      this.lastError = null;
      this.retries = 0;
      this.onLogin?.(answer.user);
      return true;
    } catch (err) {
      if (generation !== this.generation) return false;
      const reason = err instanceof HubLoginError ? err.reason : 'unreachable';
      // 'throttled' only says "wait": the last real answer (a wrong password, usually) stays what the person is told.
      if (reason !== 'throttled' || this.lastError === null) this.lastError = reason === 'unauthorized' ? 'unauthorized' : 'unreachable';
      if (reason === 'unreachable' && this.failOver()) this.dropSocket(); // a socket of the old one: opened anew
      this.goOffline();
      this.retryLater(() => void this.login().then((ok) => ok && (this.socket ? this.socket.connect() : this.openSocket())));
      return false;
    }
  }

  private openSocket(): void {
    if (!this.isStarted) return;
    const socket = io(new URL(LIVE_NAMESPACES.console, this.hubUrl()).toString(), {
      auth: (cb) => cb({ token: this.token }),
      transports: ['websocket'],
      reconnectionDelay: 250,
      reconnectionDelayMax: 2_000,
    });
    this.socket = socket;
    socket.on('connect', () => void this.onConnect(socket));
    socket.on('disconnect', (reason) => {
      this.goOffline();
      // The hub ended the session (expired or revoked): Socket.IO will not retry this one by itself.
      if (reason === 'io server disconnect') this.retryLater(() => void this.login().then((ok) => ok && socket.connect()));
    });
    // A refusal by the hub's middleware (e.g. the session expired) stops Socket.IO's own retries: log in again.
    // Socket.IO retries a connection it could not make (still active) on its own, to the same hub process.
    socket.on('connect_error', () => {
      this.goOffline();
      if (!socket.active) this.retryLater(() => void this.login().then((ok) => ok && socket.connect()));
      else if (++this.unreachable >= HUB_FAILOVER_AFTER && this.failOver()) {
        this.dropSocket();
        this.openSocket();
      }
    });
    socket.on('changes', (raw: unknown) => this.onChanges(raw));
    // The ack, once the batch is written, asks the hub for the next one (it sends one at a time: position-fanout.ts).
    socket.on('positions', (raw: unknown, ack?: unknown) => {
      this.onPositions(raw);
      if (typeof ack === 'function') ack();
    });
  }

  private async onConnect(socket: Socket): Promise<void> {
    [this.retries, this.unreachable] = [0, 0];
    if (socket.recovered) return this.goLive();
    this.setState('catching_up');
    const generation = this.generation;
    try {
      await this.pull(socket);
      if (generation === this.generation) this.goLive();
    } catch (err) {
      if (generation !== this.generation) return; // stopped or reconfigured meanwhile: nothing to retry
      this.log('catching up with the hub failed; reconnecting', err);
      socket.disconnect();
      this.retryLater(() => socket.connect());
    }
  }

  /**
   * Brings the cache up to the hub: a bulk load the first time (as another role, or far behind: firstSync()), then
   * the changes since the cursor in pages. Positions are not in the change log: the snapshot's are written first.
   */
  private async pull(socket: Socket): Promise<void> {
    this.pulling = true;
    try {
      const syncedRole = this.session.use((cache) => cache.meta.get(SYNCED_ROLE));
      if (syncedRole && syncedRole !== this.role) this.session.use((cache) => this.forgetUnreadable(cache));
      let first = this.seq === 0 || syncedRole !== this.role;
      let snapshot = await this.snapshot(socket, first);
      this.write({ ...NOTHING, positions: snapshot.positions });
      if (!first && snapshot.seq - this.seq > BULK_AFTER_CHANGES) [first, snapshot] = [true, await this.snapshot(socket, true)];
      if (first) await this.firstSync(snapshot);
      for (let more = true; more;) {
        const page = await this.request(socket, 'changes', { since: this.seq, limit: MAX_CHANGES_PAGE }, ChangesAnswerSchema);
        for (const change of page.changes) this.accept(change);
        this.ingest.flush();
        more = page.hasMore;
      }
    } finally {
      this.pulling = false;
      this.progress = null;
    }
    const held = this.held.sort((a, b) => a.seq - b.seq);
    this.held = [];
    for (const change of held) this.onValidChange(change);
  }

  /** The hub's snapshot; `counts`: with its record counts (a hub before them refuses the question: asked without). */
  private async snapshot(socket: Socket, counts: boolean): Promise<SnapshotAnswer> {
    if (!counts) return this.request(socket, 'snapshot', {}, SnapshotAnswerSchema);
    try {
      return await this.request(socket, 'snapshot', { counts }, SnapshotAnswerSchema);
    } catch (err) {
      if (!(err instanceof HubRefusal && err.reason === 'invalid_input')) throw err;
      return this.request(socket, 'snapshot', {}, SnapshotAnswerSchema);
    }
  }

  /**
   * The hub's records at `snapshot` into a new cache file, built by a worker thread (bulk/), then put in place of
   * the cache with the snapshot's seq as its cursor. The worker pages with this session's token over a connection
   * of its own; a hub that counts its records takes larger pages.
   */
  private async firstSync(snapshot: SnapshotAnswer): Promise<void> {
    const generation = this.generation;
    const role = this.role!;
    const file = path.join(path.dirname(this.session.file), BULK_FILE_NAME);
    await this.bulkStopped; // a stopped load of an earlier generation has let go of the file
    if (generation !== this.generation) throw new Error('sync stopped meanwhile');
    const job: BulkJob = {
      file,
      options: { nativeBinding: this.session.options.nativeBinding },
      token: this.token,
      via: this.hubUrl(),
      target: { hubUrl: this.config!.url, role, seq: snapshot.seq, counts: snapshot.counts ?? {}, kinds: readableBy(role) },
      pageSize: snapshot.counts ? MAX_BULK_RECORDS_PAGE : MAX_RECORDS_PAGE,
    };
    // Shown at once: until the worker's first report, an empty grid must read "still receiving", not "none".
    this.showProgress({ phase: 'paging', done: 0, total: snapshot.counts?.operation ?? 0, etaSeconds: null });
    const load = startBulkLoad(job, (progress) => this.showProgress(progress));
    this.bulk = load;
    try {
      await load.built;
    } finally {
      if (this.bulk === load) this.bulk = undefined;
    }
    if (generation !== this.generation) throw new Error('sync stopped meanwhile');
    this.ingest.flush(); // positions still waiting go to the cache being replaced, and are carried with it
    swapIn(this.session, file);
    const cursor = this.session.use((cache) => cache.units.cursor());
    [this.seq, this.dataAsOf] = [cursor?.lastSeq ?? 0, cursor?.dataAsOf ?? null];
    for (const event of everyKindReset()) this.emit('records.changed', event);
    this.emit('units.changed', { units: this.session.use((cache) => cache.units.list()) });
    this.emit('outbox.changed', this.session.use(outboxStatus));
  }

  /** A load's progress, announced at most every PROGRESS_EVERY_MS (and at each change of phase). */
  private showProgress(progress: SyncProgress): void {
    const now = Date.now();
    const shown = now - this.progressShownAt >= PROGRESS_EVERY_MS || progress.phase !== this.progress?.phase;
    this.progress = progress;
    if (!shown) return;
    this.progressShownAt = now;
    this.emit('sync.state', this.status());
  }

  /**
   * Records synced as another role: the kinds this role may not read go at once (the rest is replaced when the
   * bulk load's file takes the cache's place).
   */
  private forgetUnreadable(cache: Cache): void {
    const unreadable = RECORD_ENTITIES.filter((entity) => !this.role || !canRead(this.role, entity));
    cache.db.transaction(() => {
      for (const entity of unreadable) recordStore(cache, entity).resetForHub();
    })();
    for (const entity of unreadable) this.emit('records.changed', { entity, ids: null, source: 'reset' });
  }

  /** Starts from scratch with `hubUrl` (reset-for-hub.ts) and tells every view. */
  private reset(cache: Cache, hubUrl: string): void {
    resetForHub(cache, hubUrl);
    for (const event of everyKindReset()) this.emit('records.changed', event);
  }

  private onChanges(raw: unknown): void {
    const parsed = ChangesBatchSchema.safeParse(raw);
    if (!parsed.success) return this.log('hub sent malformed changes; ignored');
    for (const change of parsed.data) this.onValidChange(change);
  }

  private onValidChange(change: Change): void {
    if (this.pulling) return void this.held.push(change);
    if (change.seq <= this.seq) return; // already have it (replay)
    if (change.seq === this.seq + 1) return this.accept(change);
    this.held.push(change); // a gap: fetch what is missing first
    if (this.socket?.connected) void this.onConnect(this.socket);
  }

  private accept(change: Change): void {
    this.seq = change.seq;
    this.ingest.change(change);
  }

  private onPositions(raw: unknown): void {
    const parsed = PositionsBatchSchema.safeParse(raw);
    if (!parsed.success) return this.log('hub sent malformed positions; ignored');
    for (const position of parsed.data) this.ingest.position(position);
    // The hub already coalesced this batch (one per unit per tick): write it now rather than wait another
    // interval — that wait was most of the hub-to-screen latency. Changes still share the ingest's timer.
    this.ingest.flush();
  }

  /** Writes a batch and moves the cursor. */
  private write(batch: IngestBatch): void {
    const now = Date.now();
    try {
      const { rows, changed } = this.session.use((cache) =>
        cache.db.transaction(() => {
          const applied = applyServerBatch(cache, batch, now);
          const cursor = cache.units.cursor();
          const lastSeq = Math.max(cursor?.lastSeq ?? 0, batch.lastSeq);
          cache.units.saveCursor({ hubUrl: this.config!.url, lastSeq, dataAsOf: now });
          return { rows: cache.units.rows(applied.unitIds), changed: applied.changed };
        })(),
      );
      this.dataAsOf = now;
      if (rows.length) this.emit('units.changed', { units: rows });
      for (const event of changed.events('hub')) this.emit('records.changed', event);
      if (batch.origins.length) this.emit('outbox.changed', this.session.use(outboxStatus));
    } catch (err) {
      this.log('could not write hub data to the cache', err);
    }
  }

  /** The hub decided some of this console's mutations. */
  private settled({ changed }: PushSettled): void {
    const unitIds = changed.idsOf('unit');
    if (unitIds.length) this.emit('units.changed', { units: this.session.use((cache) => cache.units.rows(unitIds)) });
    for (const event of changed.events('hub')) this.emit('records.changed', event);
    this.emit('outbox.changed', this.session.use(outboxStatus));
  }

  private goLive(): void {
    this.setState('live');
    this.pusher.kick();
  }

  private async request<T extends z.ZodType>(socket: Socket, event: string, payload: unknown, schema: T): Promise<z.output<T>> {
    const generation = this.generation;
    const raw: unknown = await socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck(event, payload);
    // An answer for a stopped or reconfigured service must not be written under the new hub's cursor.
    if (generation !== this.generation) throw new Error('sync stopped meanwhile');
    const answer = ackOf(schema).parse(raw) as { ok: true; value: z.output<T> } | { ok: false; error: string };
    if (!answer.ok) throw new HubRefusal(event, answer.error);
    return answer.value;
  }

  private goOffline(): void {
    if (this.state !== 'offline') this.offlineSince = Date.now();
    this.setState('offline');
  }

  private setState(state: SyncState): void {
    const changed = state !== this.state;
    this.state = state;
    if (changed) this.emit('sync.state', this.status());
  }

  private retryLater(action: () => void): void {
    if (!this.isStarted) return;
    clearTimeout(this.retryTimer);
    const generation = this.generation;
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined;
        if (generation === this.generation) action();
      },
      RETRY_MS[Math.min(this.retries++, RETRY_MS.length - 1)],
    );
  }
}
