import type { SimulatedDevice, Simulator } from '../../../src/hub/simulator/simulator.ts';
import { exitChild, type Role } from '../support/child-protocol.ts';
import { clock } from '../support/clock.ts';
import type { DeviceLoad, DeviceStats } from '../support/device-load.ts';
import { createFlooder } from '../support/flood-devices.ts';
import { createProbe } from '../support/probe-devices.ts';

/** Patrol devices: the project's simulator, probes (see createProbe) or flooders; added in groups, cleared at once. */
export const devicesRole: Role = async (send) => {
  const { createSimulator } = await import('../../../src/hub/simulator/simulator.ts');
  let simulators: Simulator[] = [];
  let probes: DeviceLoad[] = [];
  const stats = (): DeviceStats => {
    const all = [...simulators.map((s) => s.stats()), ...probes.map((p) => p.stats())];
    const refused = (s: ReturnType<Simulator['stats']> | DeviceStats) =>
      typeof s.refused === 'number' ? s.refused : Object.values(s.refused).reduce((a, b) => a + (b ?? 0), 0);
    return {
      sent: all.reduce((a, s) => a + s.sent, 0),
      accepted: all.reduce((a, s) => a + s.accepted, 0),
      refused: all.reduce((a, s) => a + refused(s), 0),
      connected: all.reduce((a, s) => a + s.connected, 0),
    };
  };
  const clear = () => {
    for (const s of simulators) s.stop();
    for (const p of probes) p.stop();
    [simulators, probes] = [[], []];
  };
  send({ type: 'ready' });
  return async (message) => {
    if (message.type === 'add') {
      const { hubUrl, hz, seed } = message as unknown as { hubUrl: string; hz: number; seed: number };
      const devices = message.devices as SimulatedDevice[];
      if (message.flood) {
        const flooder = await createFlooder(hubUrl, devices, Number(message.flood));
        probes.push(flooder);
        await flooder.start();
      } else if (message.probe) {
        const probe = await createProbe(hubUrl, devices, hz, seed);
        probes.push(probe);
        await probe.start();
      } else {
        const simulator = createSimulator({ hubUrl, devices, hz, seed });
        simulators.push(simulator);
        await simulator.start();
      }
      send({ type: 'added', ...stats() });
    } else if (message.type === 'stats') {
      send({ type: 'stats', ...stats(), at: clock() });
    } else if (message.type === 'dump') {
      send({ type: 'dump', sentAt: probes.flatMap((p) => [...p.sentAt]) });
    } else if (message.type === 'clear') {
      clear();
      send({ type: 'cleared' });
    } else if (message.type === 'stop') {
      clear();
      exitChild();
    }
  };
};
