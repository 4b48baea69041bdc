// A live Despacho as a dispatcher sees it: a real hub with demo units, the simulator driving them, and the
// browser-mode host signed in as the hub's demo dispatcher. Used by the map specs and the map frame benchmark.
import path from 'node:path';
import { freePort, hubAccount, startHubProcess } from './hub-process.ts';
import { startNodeProcess, type NodeProcess } from './node-process.ts';
import { startHostProcess, type HostProcess } from './web-host-process.ts';

export interface LiveDispatch {
  readonly hub: NodeProcess;
  readonly simulator: NodeProcess;
  readonly host: HostProcess;
}

/**
 * Starts the three in `dir` (hub/ and console/ inside it). `track` receives each process as it starts, so that a
 * failure halfway still stops what was started.
 */
export async function startLiveDispatch(
  { dir, units, hz }: { readonly dir: string; readonly units: number; readonly hz: number },
  track: <T extends { stop(): Promise<void> }>(process: T) => T,
): Promise<LiveDispatch> {
  const hubDir = path.join(dir, 'hub');
  const hub = track(await startHubProcess(hubDir, await freePort(), ['--demo-units', String(units)]));
  const simulator = track(
    await startNodeProcess(
      'src/hub/simulator/cli.ts',
      ['--units', String(units), '--hz', String(hz), '--data-dir', hubDir, '--hub', hub.ready],
      /(conectadas|connected)/,
    ),
  );
  const dispatcher = hubAccount(hubDir, 'dispatcher');
  const host = track(
    await startHostProcess(['--data-dir', path.join(dir, 'console'), '--no-demo', '--hub', hub.ready, '--hub-user', dispatcher.username], {
      CONVIVENCIA_HUB_PASSWORD: dispatcher.password,
    }),
  );
  return { hub, simulator, host };
}
