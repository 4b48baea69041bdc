// Runs in: Node. The hub's plain HTTP surface. Socket.IO answers its own path (/socket.io/) before these routes
// are consulted.
//
//   POST /api/login   a console's session (login-route.ts)
//   GET  /healthz     whether the store answers (health-route.ts)
//   GET  /metrics     Prometheus metrics (metrics-route.ts)
import type http from 'node:http';
import { sendJson } from './send-json.ts';

export interface HubRoutes {
  readonly login: http.RequestListener;
  readonly health: http.RequestListener;
  readonly metrics: http.RequestListener;
}

const PATHS: Readonly<Record<string, keyof HubRoutes>> = { '/api/login': 'login', '/healthz': 'health', '/metrics': 'metrics' };

export function createRoutes(routes: HubRoutes): http.RequestListener {
  return (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    const route = Object.hasOwn(PATHS, pathname) ? routes[PATHS[pathname]!] : undefined;
    if (route) return route(req, res);
    sendJson(res, 404, { error: 'not_found' });
  };
}
