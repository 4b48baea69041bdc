// Runs in: Node. ConsoleApi handlers of «Administración»: accounts, patrol devices and the administration log, the
// hub's own tables. Each is asked of the hub as it is (hub-protocol/admin.ts) and nothing is cached: a connected hub
// is needed ('hub_unavailable' otherwise). The core refuses anyone but an administrator before asking (the hub
// checks the session's role again); the hub's refusals arrive as 'refused' with the reason (sync-service.ts).
// Pairing a device also answers the pairing text, made with the hub address this console follows — the one the
// device, on the same network, reports to.
import { z } from 'zod';
import {
  AccountsAnswerSchema,
  AdminLogAnswerSchema,
  DevicesAnswerSchema,
  EndedAnswerSchema,
  PairAnswerSchema,
  PasswordAnswerSchema,
  pairingText,
} from '../../shared/hub-protocol/admin.ts';
import { HandlerError, type HandlerTable } from '../api/dispatch.ts';
import type { CoreContext } from '../core-context.ts';

type AdminMethod =
  | 'admin.accounts'
  | 'admin.createAccount'
  | 'admin.setDisabled'
  | 'admin.resetPassword'
  | 'admin.endSessions'
  | 'admin.devices'
  | 'admin.pairDevice'
  | 'admin.revokeDevice'
  | 'admin.log';

const NothingAnswerSchema = z.object({});

export function adminHandlers(ctx: CoreContext): Pick<HandlerTable, AdminMethod> {
  /** The hub's answer to the method of the same name, once the person is known not to be refused here. */
  const ask = <T extends z.ZodType>(event: AdminMethod, payload: unknown, schema: T): Promise<z.output<T>> => {
    const role = ctx.hubSession.info().user?.role;
    if (role !== undefined && role !== 'administrator') throw new HandlerError({ code: 'forbidden' });
    return ctx.sync.admin(event, payload, schema);
  };
  return {
    'admin.accounts': (input) => ask('admin.accounts', input, AccountsAnswerSchema),
    'admin.createAccount': (input) => ask('admin.createAccount', input, PasswordAnswerSchema),
    'admin.setDisabled': (input) => ask('admin.setDisabled', input, EndedAnswerSchema),
    'admin.resetPassword': (input) => ask('admin.resetPassword', input, PasswordAnswerSchema),
    'admin.endSessions': (input) => ask('admin.endSessions', input, EndedAnswerSchema),
    'admin.devices': (input) => ask('admin.devices', input, DevicesAnswerSchema),
    'admin.pairDevice': async (input) => {
      const answer = await ask('admin.pairDevice', input, PairAnswerSchema);
      const hubUrl = ctx.sync.status().hubUrl;
      if (hubUrl === null) throw new HandlerError({ code: 'hub_unavailable' }); // the hub was left meanwhile
      return { ...answer, pairingText: pairingText(hubUrl, answer.device.unitId, answer.token) };
    },
    'admin.revokeDevice': async (input) => {
      await ask('admin.revokeDevice', input, NothingAnswerSchema);
      return {};
    },
    'admin.log': (input) => ask('admin.log', input, AdminLogAnswerSchema),
  };
}
