// Runs in: Node. GET /metrics — the Prometheus text format: this hub's metrics (metrics/hub-metrics.ts) and the
// process's (metrics/process-metrics.ts). No authentication, as Prometheus exporters go: it holds counts, never a
// name or a token; a hub listening beyond loopback is scraped through the network's own rules (README).
import type http from 'node:http';
import { Registry } from 'prom-client';
import type { HubMetrics } from '../metrics/hub-metrics.ts';
import { processMetrics } from '../metrics/process-metrics.ts';
import type { HubLog } from '../hub-log.ts';
import { readOnly } from './read-only.ts';
import { sendJson } from './send-json.ts';

export function createMetricsRoute(metrics: HubMetrics, log: HubLog): http.RequestListener {
  return readOnly((_req, res) => {
    const registry = Registry.merge([processMetrics(), metrics.registry]);
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
        res.end(text);
      },
      (err: unknown) => {
        log.error('metrics failed', { err });
        sendJson(res, 500, { error: 'internal' });
      },
    );
  });
}
