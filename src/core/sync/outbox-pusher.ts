// Runs in: Node. Sends the outbox to the hub, oldest first, while the console is live:
//
//   kick() ─► take ≤ 200 entries (≤ 256 KiB) ─► 'mutate' ─► settle every result in one transaction ─► again
//                                                 │
//                  no answer (timeout, dropped) ──┴─► stop; the next 'live' kicks again and the hub answers
//                                                     what it already decided with the original results
//
// One push at a time: the hub must see each client seq after the one before it.
import type { Socket } from 'socket.io-client';
import { ackOf } from '../../shared/hub-protocol/acks.ts';
import {
  MAX_CONSOLE_PAYLOAD_BYTES,
  MAX_PUSH_MUTATIONS,
  PushAnswerSchema,
  type MutationEnvelope,
  type PushResult,
} from '../../shared/hub-protocol/push.ts';
import type { CacheSession } from '../cache/cache-session.ts';
import { ChangedRecords } from '../records/changed-records.ts';
import type { OutboxEntry } from '../mutations/outbox-repository.ts';
import { clientIdOf } from '../mutations/client-id.ts';
import { settle } from '../mutations/write-path.ts';

const PUSH_TIMEOUT_MS = 10_000;
/** Room for the request's own fields around the mutations. */
const BATCH_BYTES = MAX_CONSOLE_PAYLOAD_BYTES - 1024;

export interface PushSettled {
  /** Records whose visible row changed (a confirmation replaced it, or a refusal rolled it back). */
  readonly changed: ChangedRecords;
}

export interface OutboxPusherDeps {
  readonly session: CacheSession;
  readonly socket: () => Socket | undefined;
  readonly onSettled: (settled: PushSettled) => void;
  readonly log: (message: string, err?: unknown) => void;
}

const envelopeOf = ({ clientSeq, mutationId, baseVersion, madeAt, mutation, withdrawn }: OutboxEntry): MutationEnvelope => ({
  clientSeq,
  mutationId,
  baseVersion,
  madeAt,
  mutation,
  ...(withdrawn ? { withdrawn } : {}),
});

/** The head of the outbox that fits one push. */
function nextBatch(entries: readonly OutboxEntry[]): MutationEnvelope[] {
  const batch: MutationEnvelope[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const envelope = envelopeOf(entry);
    bytes += Buffer.byteLength(JSON.stringify(envelope)) + 1;
    if (batch.length && bytes > BATCH_BYTES) break;
    batch.push(envelope);
  }
  return batch;
}

/** The answer, or a rejection as soon as the connection drops (no need to wait for the timeout). */
function untilDisconnected<T>(socket: Socket, answer: Promise<T>): Promise<T> {
  let onDisconnect: () => void = () => {};
  const dropped = new Promise<never>((_, reject) => {
    onDisconnect = () => reject(new Error('disconnected'));
    socket.once('disconnect', onDisconnect);
  });
  return Promise.race([answer, dropped]).finally(() => socket.off('disconnect', onDisconnect));
}

export class OutboxPusher {
  private running = false;
  private again = false;

  constructor(private readonly deps: OutboxPusherDeps) {}

  /** Pushes what is queued now and whatever is queued meanwhile; a no-op while a push runs (it picks it up). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.run().finally(() => (this.running = false));
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      while (await this.pushOnce());
    } while (this.again && this.deps.socket()?.connected);
  }

  /** One push; true when there may be more to send right away. */
  private async pushOnce(): Promise<boolean> {
    const socket = this.deps.socket();
    if (!socket?.connected) return false;
    const { clientId, batch } = this.deps.session.use((cache) => ({
      clientId: clientIdOf(cache),
      batch: nextBatch(cache.outbox.head(MAX_PUSH_MUTATIONS)),
    }));
    if (!batch.length) return false;
    let raw: unknown;
    try {
      raw = await untilDisconnected(socket, socket.timeout(PUSH_TIMEOUT_MS).emitWithAck('mutate', { clientId, mutations: batch }));
    } catch {
      return false; // no answer: sent again on the next connection, and the hub answers replays as before
    }
    const answer = ackOf(PushAnswerSchema).safeParse(raw);
    if (!answer.success) {
      this.deps.log('the hub answered a push with something unreadable; will retry on the next connection');
      return false;
    }
    if (!answer.data.ok) {
      this.deps.log(`the hub refused a push: ${answer.data.error}; will retry on the next connection`);
      return false;
    }
    return this.apply(answer.data.value.results as readonly PushResult[]);
  }

  private apply(results: readonly PushResult[]): boolean {
    const now = Date.now();
    const outOfOrder = results.find((r) => 'expected' in r);
    const changed = this.deps.session.use((cache) =>
      cache.db.transaction(() => {
        const settled = new ChangedRecords();
        for (const result of results) {
          const entity = cache.outbox.get(result.clientSeq)?.entity;
          const id = settle(cache, result, now);
          if (id && entity) settled.add(entity, id);
        }
        return settled;
      })(),
    );
    this.deps.onSettled({ changed });
    if (outOfOrder && 'expected' in outOfOrder)
      this.deps.log(`the hub expects client seq ${outOfOrder.expected}; the outbox does not start there`);
    return !outOfOrder;
  }
}
