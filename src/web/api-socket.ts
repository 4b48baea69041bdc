// Runs in: Node. The ConsoleApi over a WebSocket: one JSON frame per call, answers matched by id.
// A malformed frame gets an invalid_input answer (id null when it had no usable id) and the socket stays open.
import type { WebSocket } from 'ws';
import { RequestFrameSchema, type RequestFrame, type HostFrame } from '../shared/api/wire.ts';
import type { Dispatch } from '../core/api/dispatch.ts';
import { toIssues } from '../core/api/dispatch.ts';

function parseFrame(data: string): { frame?: RequestFrame; error?: HostFrame } {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { error: { id: null, result: { ok: false, error: { code: 'invalid_input', issues: [{ path: '', code: 'invalid_json' }] } } } };
  }
  const parsed = RequestFrameSchema.safeParse(json);
  if (parsed.success) return { frame: parsed.data };
  const id = typeof (json as { id?: unknown })?.id === 'number' ? (json as { id: number }).id : null;
  return { error: { id, result: { ok: false, error: { code: 'invalid_input', issues: toIssues(parsed.error) } } } };
}

export function serveApi(socket: WebSocket, dispatch: Dispatch): void {
  const send = (frame: HostFrame) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  // ws reports protocol violations (e.g. a frame over maxPayload) as 'error' and closes the socket;
  // without a listener that would be an uncaught exception taking the whole host down.
  socket.on('error', () => socket.terminate());
  socket.on('message', async (data, isBinary) => {
    const { frame, error } = isBinary ? parseFrame('') : parseFrame(data.toString());
    if (!frame) return send(error!);
    send({ id: frame.id, result: await dispatch(frame.method, frame.input) });
  });
}
