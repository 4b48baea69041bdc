// The bench's side of the raw consoles child (roles/consoles.ts).
import type { ConsolesMode, ConsolesReport } from '../roles/consoles.ts';
import type { Child } from './child-process.ts';
import type { HubChild } from './hub-child.ts';

/** Logs `count` raw consoles in to the hub as its demo user of `role`; `mode` says what they keep of each position. */
export const connectConsoles = (consoles: Child, hub: HubChild, role: 'dispatcher' | 'coordinator', count: number, mode: ConsolesMode) =>
  consoles.request({ type: 'connect', hubUrl: hub.url, credentials: hub.credentials(role), count, mode }, 'connected');

/** Starts a new latency window. */
export const resetConsoles = (consoles: Child) => consoles.request({ type: 'reset' }, 'reset');

/** The latencies since the last reset. */
export const consolesReport = (consoles: Child) => consoles.request<ConsolesReport>({ type: 'report' }, 'report');
