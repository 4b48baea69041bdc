// Runs in: Node. How a namespace serves its client's messages. Every event, known or not, passes the same
// gate before any handler sees it:
//
//   rate limit (token bucket) ─► one payload, at most maxPayloadBytes as JSON ─► a known event ─► handler
//
// A refusal is an ack {ok:false, error}, counted for the metrics (`refused`) whether the gate or the handler
// refused; nothing a client sends closes its socket or reaches another one.
// (Frames above the engine's maxHttpBufferSize never get here: Engine.IO drops that one connection.)
import type { Socket } from 'socket.io';
import { MAX_PAYLOAD_BYTES } from '../../shared/hub-protocol/namespaces.ts';
import type { HubAck, HubErrorCode } from '../../shared/hub-protocol/acks.ts';
import type { HubLog } from '../hub-log.ts';
import type { TokenBucket } from './token-bucket.ts';

export type Reply = (answer: HubAck<unknown>) => void;
export type RequestHandler = (payload: unknown, reply: Reply) => void;

export const refusal = (error: HubErrorCode): HubAck<never> => ({ ok: false, error });

/** Size of the payload as the client would have sent it; Infinity when it is not JSON-serialisable. */
function jsonBytes(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? '');
  } catch {
    return Infinity;
  }
}

export function serveRequests(
  socket: Socket,
  bucket: TokenBucket,
  handlers: Readonly<Record<string, RequestHandler>>,
  log: HubLog,
  refused: (error: HubErrorCode) => void,
  maxPayloadBytes = MAX_PAYLOAD_BYTES,
): void {
  socket.onAny((event: string, ...received: unknown[]) => {
    const args = [...received];
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as Reply) : undefined;
    const reply: Reply = (answer) => {
      if (!answer.ok) {
        refused(answer.error);
        log.debug('request refused', { namespace: socket.nsp.name, event: event.slice(0, 64), error: answer.error });
      }
      ack?.(answer);
    };
    if (!bucket.take()) return reply(refusal('rate_limited'));
    const handler = Object.hasOwn(handlers, event) ? handlers[event] : undefined;
    if (!handler || args.length > 1 || jsonBytes(args[0]) > maxPayloadBytes) return reply(refusal('invalid_input'));
    try {
      handler(args[0], reply);
    } catch (err) {
      log.error('request failed', { event, err });
      reply(refusal('internal'));
    }
  });
}
