// Runs in: Node. The hub's Prometheus metrics, on a registry of this hub's own (several hubs run in one test
// process; several hub processes behind one address each report their own connections and counts):
//
//   convivencia_hub_connected_consoles / _connected_devices   gauges, read from the namespaces at each scrape
//   convivencia_hub_reports_total                              counter, device reports stored (reports/s is its rate)
//   convivencia_hub_change_log_seq                             gauge, the change log's last seq (all hubs share it)
//   convivencia_hub_store_up                                   gauge, 1 when the store answered the scrape's query
//   convivencia_hub_push_duration_seconds                      histogram, deciding and committing a console's push
//   convivencia_hub_refused_inputs_total{reason}               counter, per reason (refusal-reason.ts)
//
// Counters start at 0 for every reason, so rate() has a series from the first scrape on.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { REFUSAL_REASONS, refusalReason, type RefusalCode } from './refusal-reason.ts';
import type { StoreHealth } from './store-probe.ts';

export interface HubMetricSources {
  consoles(): number;
  devices(): number;
  store(): StoreHealth;
}

export interface HubMetrics {
  readonly registry: Registry;
  /** A device report stored (acknowledged to its device). */
  reportStored(): void;
  /** A gate's refusal; not every code counts (refusal-reason.ts). */
  refused(code: RefusalCode): void;
  /** Runs a push's decision and commit, timing it. */
  timePush<T>(decide: () => T): T;
}

/** From 1 ms (a one-mutation push) to 5 s (a stall worth an alert). */
const PUSH_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createHubMetrics(sources: HubMetricSources): HubMetrics {
  const registry = new Registry();
  const registers = [registry];
  const read = (name: string, help: string, value: () => number | undefined) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const now = value();
        if (now !== undefined) this.set(now);
      },
    });
  read('convivencia_hub_connected_consoles', 'Consoles connected to this hub process.', sources.consoles);
  read('convivencia_hub_connected_devices', 'Patrol devices connected to this hub process.', sources.devices);
  read('convivencia_hub_store_up', 'Whether the store answered a query at this scrape (1) or not (0).', () => (sources.store().ok ? 1 : 0));
  read('convivencia_hub_change_log_seq', "The change log's last seq (kept at its last known value while the store is down).", () => {
    const health = sources.store();
    return health.ok ? health.seq : undefined;
  });
  const reports = new Counter({ name: 'convivencia_hub_reports_total', help: 'Device reports stored by this hub process.', registers });
  const refusals = new Counter({
    name: 'convivencia_hub_refused_inputs_total',
    help: 'Input refused by the hub: socket requests, connections and logins, by reason.',
    labelNames: ['reason'],
    registers,
  });
  for (const reason of REFUSAL_REASONS) refusals.inc({ reason }, 0);
  const pushes = new Histogram({
    name: 'convivencia_hub_push_duration_seconds',
    help: "Time to decide and commit a console's push.",
    buckets: PUSH_BUCKETS,
    registers,
  });

  return {
    registry,
    reportStored: () => reports.inc(),
    refused(code) {
      const reason = refusalReason(code);
      if (reason) refusals.inc({ reason });
    },
    timePush(decide) {
      const done = pushes.startTimer();
      const result = decide();
      done();
      return result;
    },
  };
}
