// Runs in: Node. `npm run hub -- device pair UNIT_ID --label TEXT [--hub URL] | list | revoke DEVICE_ID`: patrol
// devices of a data dir's hub, through the same administration service as the console's administrators (logged
// as 'cli'). Pairing prints the token once — the store keeps only its hash — and the pairing text a device (or
// `npm run simulate -- --pairing …`) takes; the text needs the hub's address: --hub, else the address the hub of
// this data dir last listened on (known for demo data dirs), else nothing is paired. A running hub disconnects a
// device revoked here at its next sweep (within 10 s).
import { parseFlags } from '../../shared/cli/parse-flags.ts';
import { DeviceRequestSchema, pairingText, PairDeviceRequestSchema, type AdminRefusal } from '../../shared/hub-protocol/admin.ts';
import { CLI_ACTOR, type AdminOutcome } from '../admin/actor.ts';
import { pairDevice, revokeDevice } from '../admin/devices.ts';
import { readDemoCredentials } from '../demo/demo-credentials.ts';
import type { HubStore } from '../store/hub-store.ts';
import { checkHubUrl, DATABASE_FLAG, LANG_FLAG, openStoreOrExit, storeLocation } from './hub-flags.ts';
import { USAGE_ERROR, type HubKey, type HubOutput } from './hub-output.ts';

const FLAGS = {
  label: { kind: 'string', maxLength: 1024 },
  hub: { kind: 'string', maxLength: 2048 },
  'data-dir': { kind: 'string' },
  database: DATABASE_FLAG,
  lang: LANG_FLAG,
} as const;

const ACTIONS = ['pair', 'list', 'revoke'] as const;
type Action = (typeof ACTIONS)[number];

const REFUSALS: Partial<Record<AdminRefusal, HubKey>> = {
  unit_not_found: 'unit_not_found',
  not_found: 'device_not_found',
  already_revoked: 'device_already_revoked',
};

export function runDeviceCommand(argv: readonly string[], out: HubOutput): void {
  const [action, ...args] = argv;
  if (!ACTIONS.includes(action as Action)) return out.fail('unknown_command', { command: `device ${action ?? ''}`.trim() }, USAGE_ERROR);
  const subject = action === 'list' || args[0]?.startsWith('--') ? undefined : args[0];
  if (action !== 'list' && subject === undefined) return out.fail(action === 'pair' ? 'missing_unit' : 'missing_device', {}, USAGE_ERROR);
  const flags = out.parse('usage_hub', () => parseFlags(subject === undefined ? args : args.slice(1), FLAGS));
  if (flags.hub !== undefined) checkHubUrl(out, flags.hub);
  const location = storeLocation(out, flags);
  const { dataDir } = location;

  const settled = <T>(outcome: AdminOutcome<T>, params: Record<string, string>): T =>
    outcome.ok ? outcome.value : out.fail(REFUSALS[outcome.error] ?? 'admin_refused', { ...params, reason: outcome.error });
  const withStore = (run: (store: HubStore) => void) => {
    const store = openStoreOrExit(out, location);
    try {
      run(store);
    } finally {
      store.close();
    }
  };

  switch (action as Action) {
    case 'pair': {
      const unitId = subject!;
      if (flags.label === undefined) return out.fail('missing_flag', { flag: '--label' }, USAGE_ERROR);
      const parsed = PairDeviceRequestSchema.safeParse({ unitId, label: flags.label });
      if (!parsed.success) {
        const badUnit = parsed.error.issues.some((issue) => issue.path[0] === 'unitId');
        return out.fail(badUnit ? 'bad_unit_id' : 'bad_device_label', { value: unitId.slice(0, 80) }, USAGE_ERROR);
      }
      const hubUrl = flags.hub ?? lastHubUrl(dataDir) ?? out.fail('device_no_hub_url', {}, USAGE_ERROR);
      return withStore((store) => {
        const { device, token } = settled(pairDevice(store, CLI_ACTOR, parsed.data, Date.now()), { unit: unitId });
        out.say('device_paired', { id: device.id, label: device.label, unit: device.unitId });
        out.say('device_token', { token });
        out.say('device_pairing', { text: pairingText(hubUrl, device.unitId, token) });
      });
    }
    case 'list':
      return withStore((store) => {
        const devices = store.devices.list();
        if (devices.length === 0) out.say('device_list_empty');
        for (const device of devices) {
          out.say('device_line', {
            id: device.id,
            unit: device.unitId,
            label: device.label,
            created: out.when(device.createdAt),
            by: device.createdBy === null ? '' : out.text('device_paired_by', { by: device.createdBy }),
            revoked: device.revokedAt === null ? '' : out.text('device_revoked_on', { when: out.when(device.revokedAt) }),
          });
        }
      });
    case 'revoke': {
      const id = subject!;
      if (!DeviceRequestSchema.safeParse({ id }).success) return out.fail('bad_device_id', { value: id.slice(0, 80) }, USAGE_ERROR);
      return withStore((store) => {
        settled(revokeDevice(store, CLI_ACTOR, id, Date.now()), { id });
        out.say('device_revoked', { id });
      });
    }
  }
}

/** Where the hub of this data dir last listened, when it recorded it (demo data dirs); null when unknown. */
function lastHubUrl(dataDir: string): string | null {
  try {
    return readDemoCredentials(dataDir)?.hubUrl ?? null;
  } catch {
    return null;
  }
}
