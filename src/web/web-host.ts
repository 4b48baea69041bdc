// Runs in: Node. Browser mode: serves the built renderer and the ConsoleApi on one loopback port.
//
// The console core runs in a worker thread (start-core-worker.ts): this host's thread only serves, and every
// request that needs the core asks it over its port (RemoteCore), so a long export never stalls the HTTP side.
//
//   GET /…            static renderer files (Host header checked, strict CSP — plus the map's tile origin when the
//                     core has one saved — fresh nonce per page)
//   GET /exports/TOKEN a finished CSV export, once (the token comes from operations.exportCsv over the socket)
//   GET /tiles/z/x/y.pbf the map's vector tiles (core/host/tile-response.ts); HEAD as GET without the body
//   WS  /api?k=SECRET the ConsoleApi. Host and Origin are checked before the upgrade (else 403). A right
//                     origin with a wrong secret — a tab left open across a restart — is upgraded and closed
//                     at once with CLOSE_SECRET_REJECTED, so the page can say so instead of retrying forever.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE_SECRET_REJECTED, MAX_FRAME_BYTES, READY_FRAME } from '../shared/api/wire.ts';
import { acceptsGzip } from '../core/host/accepts-gzip.ts';
import type { RemoteCore } from '../core/remote/remote-core.ts';
import { TILES_PATH } from '../shared/geo/basemap-info.ts';
import { serveApi } from './api-socket.ts';
import { EXPORTS_PATH, serveExport } from './export-download.ts';
import { allowedHosts, isAllowedHost, isAllowedOrigin, secretMatches } from './request-guard.ts';
import { serveStatic } from './static-files.ts';

export interface WebHostOptions {
  readonly core: RemoteCore;
  readonly rendererDir: string;
  readonly host?: string;
  readonly port?: number;
  /** Hostnames besides loopback that may be used to reach the host (only with an explicit remote bind). */
  readonly extraHostnames?: readonly string[];
}

export interface WebHost {
  readonly url: string;
  /** The address actually bound. */
  readonly address: string;
  readonly port: number;
  readonly secret: string;
  close(): Promise<void>;
}

function refuse(socket: import('node:stream').Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = randomBytes(24).toString('base64url');
  let allowed = new Set<string>();
  const respond = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!isAllowedHost(req.headers.host, allowed)) return void res.writeHead(421).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname.startsWith(TILES_PATH)) {
      const tile = await options.core.tile(pathname.slice(TILES_PATH.length), { acceptsGzip: acceptsGzip(req.headers['accept-encoding']) });
      return void res.writeHead(tile.status, tile.headers).end(req.method === 'HEAD' ? undefined : (tile.body ?? undefined));
    }
    if (pathname.startsWith(EXPORTS_PATH)) return serveExport(options.core, req.method, pathname.slice(EXPORTS_PATH.length), res);
    serveStatic(options.rendererDir, req.url ?? '/', res, { imageOrigins: await options.core.imageOrigins() });
  };
  // The core's answers never reject (remote-core.ts); a client gone meanwhile just loses its response.
  const server = http.createServer((req, res) => void respond(req, res).catch(() => res.destroy()));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const served = new Set<WebSocket>(); // trusted sockets: the only ones that get event frames
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy()); // a client resetting mid-handshake must not take the host down
    const url = URL.canParse(req.url ?? '', 'http://placeholder') ? new URL(req.url!, 'http://placeholder') : undefined;
    if (url?.pathname !== '/api') return refuse(socket, url ? '404 Not Found' : '400 Bad Request');
    if (!isAllowedOrigin(req.headers.origin, req.headers.host, allowed)) return refuse(socket, '403 Forbidden');
    const trusted = secretMatches(url.searchParams.get('k'), secret);
    sockets.handleUpgrade(req, socket, head, (ws) => {
      if (!trusted) return ws.close(CLOSE_SECRET_REJECTED, 'secret rejected');
      served.add(ws);
      ws.on('close', () => served.delete(ws));
      serveApi(ws, options.core.call);
      ws.send(READY_FRAME);
    });
  });
  const stopEvents = options.core.onEvent((event, payload) => {
    const frame = JSON.stringify({ event, payload });
    for (const client of served) if (client.readyState === client.OPEN) client.send(frame);
  });

  const bindHost = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindHost, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowed = allowedHosts(port, options.extraHostnames);
  const urlHost = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  return {
    url: `http://${urlHost}:${port}/#k=${secret}`,
    address: (server.address() as AddressInfo).address,
    port,
    secret,
    close: async () => {
      stopEvents();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
