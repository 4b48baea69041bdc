// Runs in: Node, beside the console core — in the web host's worker thread (src/web/core-worker.ts) or the
// desktop's utility process (src/main/core-process.ts). Answers the requests of one client port
// (shared/api/core-port.ts) and forwards the core's events to it.
//
// Every message is checked here before anything runs (a call's input is then checked again by the ConsoleApi's
// dispatch). Requests are answered as they finish, not in arrival order, so a long export never holds a small
// call: the core's long jobs yield between slices and other requests run meanwhile. A malformed message gets an
// error answer (or, without a usable id, is dropped with a log line); nothing a client sends throws out of here.
// A renderer's port ('page' access) may only make ConsoleApi calls: tiles, exports, the CSP's origins and
// closing the core are the host's business.
import { z } from 'zod';
import type { CoreAnswer, CorePort, CoreRequest } from '../../shared/api/core-port.ts';
import type { ConsoleCore } from '../console-core.ts';
import { tileResponse } from '../host/tile-response.ts';

export interface ServeOptions {
  /** 'host': everything the host needs; 'page': ConsoleApi calls only. */
  readonly access: 'host' | 'page';
  /** Whether the core's events are forwarded on this port. */
  readonly events: boolean;
  readonly log: (message: string, err?: unknown) => void;
}

const IdSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const CoreRequestSchema = z.discriminatedUnion('kind', [
  z.object({ id: IdSchema, kind: z.literal('call'), method: z.string().max(64), input: z.unknown() }).strict(),
  z.object({ id: IdSchema, kind: z.literal('imageOrigins') }).strict(),
  z.object({ id: IdSchema, kind: z.literal('takeExport'), token: z.string().max(128) }).strict(),
  z.object({ id: IdSchema, kind: z.literal('tile'), path: z.string().max(256), acceptsGzip: z.boolean() }).strict(),
  z.object({ id: IdSchema, kind: z.literal('hubSettled') }).strict(),
  z.object({ id: IdSchema, kind: z.literal('close') }).strict(),
]) satisfies z.ZodType<CoreRequest>;

function run(core: ConsoleCore, request: CoreRequest): unknown {
  switch (request.kind) {
    case 'call':
      return core.dispatch(request.method, request.input);
    case 'imageOrigins':
      return core.imageOrigins();
    case 'takeExport':
      return core.takeExport(request.token);
    case 'tile':
      return tileResponse(core.basemap, request.path, { acceptsGzip: request.acceptsGzip });
    case 'hubSettled':
      return core.hubSettled();
    case 'close':
      return core.close();
  }
}

const idOf = (message: unknown): number | null => {
  const id = (message as { id?: unknown } | null)?.id;
  return IdSchema.safeParse(id).success ? (id as number) : null;
};

/** Serves `core` on `port` until the port closes; returns a function that stops serving it sooner. */
export function serveCore(core: ConsoleCore, port: CorePort, options: ServeOptions): () => void {
  let serving = true;
  /** Whether the port took the message: a value that cannot be cloned (a handler's bug) or a closed port throw. */
  const posted = (message: unknown): boolean => {
    try {
      port.post(message);
      return true;
    } catch (err) {
      options.log('a console core message could not be sent', err);
      return false;
    }
  };
  const send = (message: CoreAnswer | { event: string; payload: unknown }) => {
    if (serving && !posted(message) && 'id' in message) posted({ id: message.id, error: 'unsendable' }); // still an answer
  };
  const answer = async (message: unknown) => {
    const parsed = CoreRequestSchema.safeParse(message);
    if (!parsed.success) {
      const id = idOf(message);
      if (id === null) return options.log('dropped a malformed message on a console core port');
      return send({ id, error: 'malformed' });
    }
    const request = parsed.data;
    if (options.access === 'page' && request.kind !== 'call') return send({ id: request.id, error: 'forbidden' });
    try {
      send({ id: request.id, value: await run(core, request) });
    } catch (err) {
      options.log(`the console core failed a ${request.kind} request`, err);
      send({ id: request.id, error: 'failed' });
    }
  };
  const stopEvents = options.events ? core.onEvent((event, payload) => send({ event, payload })) : () => {};
  const stop = () => {
    serving = false;
    stopEvents();
  };
  port.onMessage((message) => void answer(message));
  port.onClose(stop);
  return stop;
}
