// Runs in: Node. The console's 'admin.*' requests (shared/hub-protocol/admin.ts), for administrators only: every
// other role is refused 'forbidden' before its payload is even read; a payload off the schema is refused
// 'invalid_input' and changes nothing. The changes themselves are the administration service's (../admin), shared
// with the hub's CLI; what this adds is "at once": a change that ends an account's sessions disconnects its
// consoles, and a revoked device's connection is closed, before the administrator hears the answer — on this hub,
// and on the other hub processes of the store as soon as the message reaches them (hub-relay.ts).
import type { z } from 'zod';
import {
  AdminLogRequestSchema,
  CreateAccountRequestSchema,
  DeviceRequestSchema,
  EmptyRequestSchema,
  PairDeviceRequestSchema,
  SetDisabledRequestSchema,
  UsernameRequestSchema,
  type Device,
} from '../../shared/hub-protocol/admin.ts';
import type { HubAck } from '../../shared/hub-protocol/acks.ts';
import { createAccount, endAccountSessions, resetAccountPassword, setAccountDisabled } from '../admin/accounts.ts';
import type { Actor, AdminOutcome } from '../admin/actor.ts';
import { pairDevice, revokeDevice } from '../admin/devices.ts';
import type { ConsoleIdentity } from '../auth/handshake.ts';
import type { StoredDevice } from '../store/devices-repository.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { Ended } from './cluster-link.ts';
import type { FieldService } from './field-namespace.ts';
import { refusal } from './socket-requests.ts';

export type ConsoleRequest = (identity: ConsoleIdentity, payload: unknown) => HubAck<unknown> | Promise<HubAck<unknown>>;

export interface AdminRequestDeps {
  readonly store: HubStore;
  readonly now: () => number;
  readonly field: FieldService;
  /** Closes the connections a change ended, on every hub process. */
  readonly endConnections: (ended: Ended) => void;
}

const ok = <T>(value: T): HubAck<T> => ({ ok: true, value });

function administrators<S extends z.ZodType>(
  schema: S,
  run: (actor: Actor, request: z.output<S>) => HubAck<unknown> | Promise<HubAck<unknown>>,
): ConsoleRequest {
  return ({ role, username, sessionSha256 }, payload) => {
    if (role !== 'administrator') return refusal('forbidden');
    const parsed = schema.safeParse(payload);
    return parsed.success ? run({ kind: 'administrator', username, sessionSha256 }, parsed.data) : refusal('invalid_input');
  };
}

export function adminRequests({ store, now, field, endConnections }: AdminRequestDeps): Readonly<Record<string, ConsoleRequest>> {
  /** The consoles of an account whose sessions a change ended go now, not at the next sweep. */
  const ending = <T>(username: string, outcome: AdminOutcome<T>) => {
    if (outcome.ok) endConnections({ sessionsOf: username });
    return outcome;
  };
  const listed = (device: StoredDevice, connected: ReadonlySet<string>): Device => ({ ...device, connected: connected.has(device.id) });

  return {
    'admin.accounts': administrators(EmptyRequestSchema, () => ok({ accounts: store.users.list(now()) })),
    'admin.createAccount': administrators(CreateAccountRequestSchema, (actor, request) => createAccount(store, actor, request, now())),
    'admin.setDisabled': administrators(SetDisabledRequestSchema, (actor, { username, disabled }) =>
      ending(username, setAccountDisabled(store, actor, username, disabled, now())),
    ),
    'admin.resetPassword': administrators(UsernameRequestSchema, async (actor, { username }) =>
      ending(username, await resetAccountPassword(store, actor, username, now())),
    ),
    'admin.endSessions': administrators(UsernameRequestSchema, (actor, { username }) =>
      ending(username, endAccountSessions(store, actor, username, now())),
    ),
    'admin.devices': administrators(EmptyRequestSchema, async () => {
      const connected = await field.connectedDevices();
      return ok({ devices: store.devices.list().map((device) => listed(device, connected)) });
    }),
    'admin.pairDevice': administrators(PairDeviceRequestSchema, (actor, request) => {
      const outcome = pairDevice(store, actor, request, now());
      return outcome.ok ? ok({ device: listed(outcome.value.device, new Set()), token: outcome.value.token }) : outcome;
    }),
    'admin.revokeDevice': administrators(DeviceRequestSchema, (actor, { id }) => {
      const outcome = revokeDevice(store, actor, id, now());
      if (!outcome.ok) return outcome;
      endConnections({ device: id });
      return ok({});
    }),
    'admin.log': administrators(AdminLogRequestSchema, (_, { before, limit }) => ok({ entries: store.adminLog.page(before, limit) })),
  };
}
