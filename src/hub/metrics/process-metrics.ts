// Runs in: Node. prom-client's default metrics (CPU, memory, event-loop lag, GC, handles) under their standard
// names (process_*, nodejs_*), so that ready-made Node.js dashboards read them. They describe the process, not a
// hub: one registry per process, made on the first scrape — the console's embedded hub is never scraped and pays
// nothing — and served beside each hub's own registry (hub-metrics.ts). prom-client's global registry is not used:
// several hubs run in one test process.
import { collectDefaultMetrics, Registry } from 'prom-client';

let registry: Registry | undefined;

export function processMetrics(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}
