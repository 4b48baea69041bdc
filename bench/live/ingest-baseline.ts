// The baseline of live.ingest.msgs_per_s and live.ingest.hub_ceiling_msgs_per_s: a raw socket.io flood of one
// ~same-size JSON message per emit, server and client in two child processes, median of 1-second rates.
import { setTimeout as sleep } from 'node:timers/promises';
import { log } from '../report.ts';
import { positionLike } from './roles/flood.ts';
import { startChild } from './support/child-process.ts';
import { fmt } from './support/format.ts';
import { medianRate } from './support/rates.ts';

export interface FloodBaseline {
  /** Median of the 1-second rates, messages/s. */
  readonly rate: number;
  readonly rates: number[];
  /** Size of one message's JSON. */
  readonly bytes: number;
}

export async function measureFlood(): Promise<FloodBaseline> {
  log('baseline: raw socket.io flood of position-sized messages, server and client in two processes…');
  const server = await startChild('flood-server');
  const client = await startChild('flood-client');
  try {
    const { url } = await server.request<{ url: string }>({ type: 'url' }, 'url');
    await client.request({ type: 'connect', url }, 'connected');
    await sleep(1500);
    const { median, rates } = await medianRate(() => client.request<{ count: number; at: number }>({ type: 'count' }, 'count'));
    log(`  raw flood: ${rates.map(fmt).join(', ')} msgs/s`);
    return { rate: median, rates, bytes: Buffer.byteLength(JSON.stringify(positionLike(12_345))) };
  } finally {
    await client.stop();
    await server.stop();
  }
}
