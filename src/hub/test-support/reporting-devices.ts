// Runs in: Node (tests only). A hub's demo devices reporting steadily (each about 15 times a second, under its rate
// limit), changing status with every report so that each one is also a change in the change log — a hub that keeps
// writing, for what must work while it does (a backup).
import { UNIT_STATUSES } from '../../shared/live/units.ts';
import type { Hub } from '../hub.ts';
import { connectDevice, request, sleep, telemetry } from './hub-clients.ts';

export interface Reporting {
  /** Stops the devices; resolves with how many reports the hub acknowledged. */
  stop(): Promise<number>;
}

export function keepReporting(hub: Hub): Reporting {
  let running = true;
  let acked = 0;
  const loops = hub.demo!.devices.map(async ({ unitId, token }, n) => {
    const device = await connectDevice(hub.url, token);
    for (let i = n; running; i++) {
      const answer = await request(device, 'telemetry', telemetry(unitId, { status: UNIT_STATUSES[i % UNIT_STATUSES.length] }));
      if (answer.ok) acked++;
      await sleep(60);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return acked;
    },
  };
}
