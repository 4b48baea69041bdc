// Runs in: Node. A namespace's handshake middleware (auth/handshake.ts) whose refusals — 'unauthorized',
// 'forbidden', the reason a client reads in connect_error — are also counted for the metrics.
import type { ExtendedError, Socket } from 'socket.io';
import type { RefusalCode } from './refusal-reason.ts';

type Middleware = (socket: Socket, next: (err?: ExtendedError) => void) => void;

export const countedHandshake =
  (handshake: Middleware, refused: (code: RefusalCode) => void): Middleware =>
  (socket, next) =>
    handshake(socket, (err) => {
      if (err) refused(err.message === 'forbidden' ? 'forbidden' : 'unauthorized');
      next(err);
    });
