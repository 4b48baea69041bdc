// Runs in: Node. Pairing and revoking patrol devices, for the console's administrators and the hub's CLI alike;
// each change and its log entry in one transaction.
//
// A device is paired with a unit the hub has (else 'unit_not_found') and gets a long random token, shown once:
// the hub keeps only its SHA-256 (tokens.ts), so the device's id (random, 'dev-' + 16 hex digits) is how people
// name it. Revoking keeps the device listed, with when; the hub then refuses its token (the handshake and every
// lookup ignore revoked devices) and its live connection is closed — at once when the hub itself revoked it
// (admin-requests.ts), at the hub's periodic sweep when the CLI did in another process.
import crypto from 'node:crypto';
import type { PairDeviceRequestSchema } from '../../shared/hub-protocol/admin.ts';
import type { z } from 'zod';
import { newToken, tokenHash } from '../auth/tokens.ts';
import type { StoredDevice } from '../store/devices-repository.ts';
import type { HubStore } from '../store/hub-store.ts';
import { done, logChange, refused, type Actor, type AdminOutcome } from './actor.ts';

export const newDeviceId = (): string => `dev-${crypto.randomBytes(8).toString('hex')}`;

export interface PairedDevice {
  readonly device: StoredDevice;
  /** Shown once: the store keeps only its hash. */
  readonly token: string;
}

export function pairDevice(
  store: HubStore,
  actor: Actor,
  { unitId, label }: z.infer<typeof PairDeviceRequestSchema>,
  now: number,
): AdminOutcome<PairedDevice> {
  const token = newToken();
  const id = newDeviceId();
  return store.transaction(() => {
    if (!store.records.get('unit', unitId)) return refused('unit_not_found');
    const createdBy = actor.kind === 'administrator' ? actor.username : null;
    store.devices.add({ id, tokenSha256: tokenHash(token), unitId, label, createdBy }, now);
    logChange(store, actor, 'device.pair', id, { unitId, label }, now);
    return done({ device: store.devices.byId(id)!, token });
  });
}

export function revokeDevice(store: HubStore, actor: Actor, id: string, now: number): AdminOutcome<StoredDevice> {
  return store.transaction(() => {
    const device = store.devices.byId(id);
    if (!device) return refused('not_found');
    if (!store.devices.revoke(id, now)) return refused('already_revoked');
    logChange(store, actor, 'device.revoke', id, { unitId: device.unitId, label: device.label }, now);
    return done({ ...device, revokedAt: now });
  });
}
