import type { Socket } from 'socket.io-client';
import type { HubCredentials } from '../../../src/core/sync/hub-login.ts';
import type { UnitPosition } from '../../../src/shared/live/units.ts';
import { percentile } from '../../report.ts';
import { exitChild, type Role } from '../support/child-protocol.ts';
import { probeKey } from '../support/probe-devices.ts';

export type ConsolesMode = 'latency' | 'first-seen';

/** What mode 'latency' measured since the last reset (receive time − deviceTime, ms). */
export interface ConsolesReport {
  readonly received: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** p99 of each whole second. */
  readonly p99s: number[];
}

/**
 * Raw consoles: socket.io-clients logged in to /console, as the core connects (no validation, no cache). Mode
 * 'latency' keeps receive time − deviceTime of every position, by second since the last reset; mode 'first-seen'
 * keeps when each `${unitId}:${speedKmh}` first arrived (the probes' reports, as the hub emitted them).
 */
export const consolesRole: Role = async (send) => {
  const { io } = await import('socket.io-client');
  const { loginToHub } = await import('../../../src/core/sync/hub-login.ts');
  const sockets: Socket[] = [];
  let latencies: number[][] = []; // [second since reset][…]
  let resetAt = Date.now();
  const firstSeen = new Map<string, number>();
  send({ type: 'ready' });
  return async (message) => {
    if (message.type === 'connect') {
      const { hubUrl, count, mode } = message as unknown as { hubUrl: string; count: number; mode: ConsolesMode };
      const credentials = message.credentials as HubCredentials;
      for (let i = 0; i < count; i++) {
        const { token } = await loginToHub(hubUrl, credentials);
        const socket = io(new URL('/console', hubUrl).toString(), { auth: { token }, transports: ['websocket'], forceNew: true });
        socket.on('positions', (batch: UnitPosition[], ack?: unknown) => {
          if (typeof ack === 'function') ack(); // as the core does: the hub sends each console a batch at a time
          const now = Date.now();
          for (const p of batch) {
            if (mode === 'latency') (latencies[Math.floor((now - resetAt) / 1000)] ??= []).push(now - p.deviceTime);
            else {
              const key = probeKey(p.unitId, p.speedKmh);
              if (!firstSeen.has(key)) firstSeen.set(key, now);
            }
          }
        });
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', () => resolve());
          socket.once('connect_error', reject);
        });
        sockets.push(socket);
      }
      send({ type: 'connected' });
    } else if (message.type === 'reset') {
      [latencies, resetAt] = [[], Date.now()];
      send({ type: 'reset' });
    } else if (message.type === 'report') {
      // Whole seconds only (the last, partial one is left out of the per-second p99s).
      const seconds = latencies.slice(0, Math.floor((Date.now() - resetAt) / 1000)).map((l) => l ?? []);
      const all = latencies.flatMap((l) => l ?? []);
      const report: ConsolesReport = {
        received: all.length,
        p50: all.length ? percentile(all, 50) : NaN,
        p99: all.length ? percentile(all, 99) : NaN,
        max: all.reduce((a, b) => Math.max(a, b), -Infinity),
        p99s: seconds.map((l) => (l.length ? percentile(l, 99) : Infinity)),
      };
      send({ type: 'report', ...report });
    } else if (message.type === 'dump') {
      send({ type: 'dump', firstSeen: [...firstSeen] });
    } else if (message.type === 'stop') {
      for (const socket of sockets) socket.close();
      exitChild();
    }
  };
};
