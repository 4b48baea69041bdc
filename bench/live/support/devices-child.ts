// The bench's side of the devices child (roles/devices.ts): which of a hub's demo devices it adds, and their counts.
import type { DemoCredentials } from '../../../src/hub/demo/demo-credentials.ts';
import type { SimulatedDevice } from '../../../src/hub/simulator/simulator.ts';
import type { Child } from './child-process.ts';
import type { DeviceStats } from './device-load.ts';
import type { HubChild } from './hub-child.ts';

/** How the added devices report: the project's simulator (or probes) at `hz`, or flooders keeping `flood` reports in flight each. */
export type DeviceLoadKind = { readonly hz: number; readonly probe?: true } | { readonly flood: number };

export type TimedDeviceStats = DeviceStats & { readonly at: number };

const deviceList = (demo: DemoCredentials, from: number, to: number): SimulatedDevice[] =>
  demo.devices.slice(from, to).map(({ unitId, kind, token }) => ({ unitId, kind, token }));

/**
 * Adds the hub's demo devices [from, to) to the devices child and connects them; resolves with the child's counts.
 * The fleet model's seed is always 1 (flooders have no use for it), so every run drives the same routes.
 */
export const addDevices = (devices: Child, hub: HubChild, from: number, to: number, load: DeviceLoadKind, timeoutMs = 120_000) =>
  devices.request<DeviceStats>(
    { type: 'add', hubUrl: hub.url, devices: deviceList(hub.demo, from, to), seed: 1, ...load },
    'added',
    timeoutMs,
  );

/** Disconnects every device of the child (it stays up for the next measurement). */
export const clearDevices = (devices: Child) => devices.request({ type: 'clear' }, 'cleared');

export const deviceStats = (devices: Child) => devices.request<TimedDeviceStats>({ type: 'stats' }, 'stats');

export const perSecond = (before: TimedDeviceStats, after: TimedDeviceStats, key: 'sent' | 'accepted' | 'refused') =>
  (after[key] - before[key]) / ((after.at - before.at) / 1000);
