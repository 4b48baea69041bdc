// Runs in: Node. GET /healthz — for load balancers, systemd watchdogs and uptime checks: 200 {"status":"ok", "seq",
// "store": "sqlite"|"postgres"} when the store answers a query now, 503 {"status":"unavailable"} when it does not
// (the error goes to the log, never into the answer). No authentication: it says nothing a client could misuse.
import type http from 'node:http';
import type { StoreHealth } from '../metrics/store-probe.ts';
import { readOnly } from './read-only.ts';
import { sendJson } from './send-json.ts';

export function createHealthRoute(probe: () => StoreHealth): http.RequestListener {
  return readOnly((_req, res) => {
    const health = probe();
    if (!health.ok) return sendJson(res, 503, { status: 'unavailable' });
    sendJson(res, 200, { status: 'ok', seq: health.seq, store: health.store });
  });
}
