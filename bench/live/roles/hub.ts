import type { HubOptions } from '../../../src/hub/hub.ts';
import { exitChild, type Role } from '../support/child-protocol.ts';

/** The project's dispatch hub (startHub) with its demo units and, for core memory, demo operations (support/hub-child.ts). */
export const hubRole: Role = async (send) => {
  const { startHub } = await import('../../../src/hub/hub.ts');
  let hub: Awaited<ReturnType<typeof startHub>> | undefined;
  send({ type: 'ready' });
  return async (message) => {
    if (message.type === 'start') {
      const rateLimits = message.rateLimits as HubOptions['rateLimits'];
      const demoOperations = Number(message.demoOperations ?? 0);
      const database = message.database === undefined ? undefined : String(message.database);
      hub = await startHub({
        dataDir: String(message.dataDir),
        database,
        demoUnits: Number(message.demoUnits),
        demoOperations,
        rateLimits,
      });
      send({ type: 'started', url: hub.url, demo: hub.demo });
    } else if (message.type === 'stop') {
      await hub?.close();
      exitChild();
    }
  };
};
