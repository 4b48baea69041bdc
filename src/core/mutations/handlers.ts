// Runs in: Node. ConsoleApi handlers that change shared records: each call is one mutation through the write
// path (write-path.ts), answered after the commit, then handed to the sync service to push.
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import type { Operation } from '../../shared/operations/types.ts';
import type { OperationType } from '../../shared/operations/codes.ts';
import type { SettingRecord } from '../../shared/records/setting.ts';
import { canMutate } from '../../shared/records/permissions.ts';
import { entityOf, type Mutation } from '../../shared/records/mutations.ts';
import type { RecordEntity } from '../../shared/records/registry.ts';
import { HandlerError, toIssues, type HandlerTable } from '../api/dispatch.ts';
import type { z } from 'zod';
import { OPERATION_RESULT_SCHEMAS } from '../../shared/operations/closing.ts';
import { TYPED_PLAN_SCHEMAS } from '../../shared/operations/typed-plan.ts';
import type { CoreContext } from '../core-context.ts';
import { outboxStatus } from './outbox-status.ts';
import { resolveConflict } from './resolve-conflict.ts';
import { LocalRefusal, write } from './write-path.ts';

type WriteMethods =
  | 'operations.get'
  | 'operations.create'
  | 'operations.update'
  | 'operations.setStatus'
  | 'operations.cancel'
  | 'operations.assign'
  | 'operations.close'
  | 'operations.setTypedPlan'
  | 'settings.add'
  | 'records.mutate'
  | 'outbox.status'
  | 'conflicts.list'
  | 'conflicts.resolve';

/** A refusal the person can act on: 'refused' with the reason as the issue code. */
export const refused = (err: LocalRefusal) => new HandlerError({ code: 'refused', issues: [{ path: '', code: err.reason }] });

type ByType = Readonly<Record<OperationType, z.ZodType>>;

/** `value` as the operation's type defines it (its result, its typed plan); field issues under `field.…` otherwise. */
function checkForType(operation: Operation | null, value: unknown, schemas: ByType, field: string): unknown {
  if (!operation) throw refused(new LocalRefusal('not_found'));
  const parsed = schemas[operation.type].safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = toIssues(parsed.error).map((issue) => ({ ...issue, path: issue.path ? `${field}.${issue.path}` : field }));
  throw new HandlerError({ code: 'invalid_input', issues });
}

export function mutationsHandlers(ctx: CoreContext): Pick<HandlerTable, WriteMethods> {
  /** The one way in: role check (the hub checks again), write, then tell the renderer and the pusher. */
  const run = (mutation: Mutation) => {
    const user = ctx.hubSession.info().user;
    if (user && !canMutate(user.role, mutation.kind)) throw new HandlerError({ code: 'forbidden' });
    const record = ctx.session.use((cache) => {
      try {
        return write(cache, mutation, user?.username ?? null, Date.now(), user?.role ?? null).record;
      } catch (err) {
        throw err instanceof LocalRefusal ? refused(err) : err;
      }
    });
    wrote(entityOf(mutation.kind), mutation.id);
    return record;
  };
  const wrote = (entity: RecordEntity, id: string) => {
    ctx.emit('records.changed', { entity, ids: [id], source: 'local' });
    // The unit board never reloads its list: it takes the changed row, as it does for the hub's changes.
    if (entity === 'unit') ctx.emit('units.changed', { units: ctx.session.use((cache) => cache.units.rows([id])) });
    ctx.emit('outbox.changed', ctx.session.use(outboxStatus));
    ctx.sync.pushSoon();
  };
  const operation = (mutation: Mutation) => ({ operation: run(mutation) as Operation });

  return {
    'operations.get': ({ id }) => ctx.session.use((cache) => ({ operation: cache.operations.row(id) })),
    'operations.create': ({ plan }) => operation({ kind: 'operation.create', id: uuidv7(Date.now()), plan }),
    'operations.update': ({ id, patch }) => operation({ kind: 'operation.update', id, patch }),
    'operations.setStatus': ({ id, status }) => operation({ kind: 'operation.setStatus', id, status }),
    'operations.cancel': ({ id, reason }) => operation({ kind: 'operation.cancel', id, reason }),
    'operations.assign': ({ id, assigned }) => operation({ kind: 'operation.assign', id, assigned }),
    'settings.add': ({ entry }) => ({ setting: run({ kind: 'setting.add', id: uuidv7(Date.now()), entry }) as SettingRecord }),
    'operations.close': ({ id, result, findings }) => {
      const checked = ctx.session.use((cache) => checkForType(cache.operations.get(id), result, OPERATION_RESULT_SCHEMAS, 'result'));
      return operation({ kind: 'operation.close', id, result: checked, findings });
    },
    'operations.setTypedPlan': ({ id, typedPlan }) => {
      const checked = ctx.session.use((cache) => checkForType(cache.operations.get(id), typedPlan, TYPED_PLAN_SCHEMAS, 'typedPlan'));
      return operation({ kind: 'operation.setTypedPlan', id, typedPlan: checked });
    },
    'records.mutate': ({ mutation }) => ({ record: run(mutation) }),
    'outbox.status': () => ctx.session.use(outboxStatus),
    'conflicts.list': () => ctx.session.use((cache) => ({ conflicts: cache.conflicts.list() })),
    'conflicts.resolve': (input) => {
      const user = ctx.hubSession.info().user;
      if (user && input.choice === 'edited' && !canMutate(user.role, input.mutation.kind)) throw new HandlerError({ code: 'forbidden' });
      const resolved = ctx.session.use((cache) => {
        try {
          return resolveConflict(cache, input, user?.username ?? null, Date.now(), user?.role ?? null);
        } catch (err) {
          throw err instanceof LocalRefusal ? refused(err) : err;
        }
      });
      // Either choice changes the record's row (its data, or at least its sync state).
      if (resolved) wrote(resolved.entity, resolved.recordId);
      return ctx.session.use(outboxStatus);
    },
  };
}
