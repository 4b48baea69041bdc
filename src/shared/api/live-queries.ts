// Which ConsoleApi reads go stale when: the events after which a view reads again. The renderer's one live hook
// (useLiveQuery) takes only these methods and subscribes to exactly what is listed; every live query is also read
// again after the page reconnects to its host and when the signed-in person changes (their role decides what the
// cache holds).
import type { RecordEntity } from '../records/registry.ts';
import type { MethodInput } from './contract.ts';
import type { EventName, MethodName } from './names.ts';

export interface LiveDependencies<M extends MethodName> {
  /** Kinds whose 'records.changed' makes the answer stale (a function when the input names the kind). */
  readonly records?: readonly RecordEntity[] | ((input: MethodInput<M>) => readonly RecordEntity[]);
  /** Other events that make it stale. */
  readonly events?: readonly EventName[];
}

export const LIVE_QUERIES: { readonly [M in LiveMethod]: LiveDependencies<M> } = {
  'sync.status': { events: ['sync.state'] },
  'session.get': { events: ['session.changed'] },
  'outbox.status': { events: ['outbox.changed'] },
  'conflicts.list': { events: ['outbox.changed'] },
  'settings.list': { records: ['setting'], events: ['outbox.changed'] },
  'court.cases': { records: ['court_case', 'hearing', 'setting'], events: ['outbox.changed'] },
  'court.case': { records: ['court_case', 'hearing', 'audit_entry', 'setting'], events: ['outbox.changed'] },
  'court.hearing': { records: ['hearing'], events: ['outbox.changed'] },
  'court.calendar': { records: ['court_case', 'hearing', 'setting'], events: ['outbox.changed'] },
  'roster.week': { records: ['operation', 'person', 'resource', 'setting'] },
  'roster.instruments': { records: ['resource', 'setting'], events: ['outbox.changed'] },
  'operations.get': { records: ['operation'] },
  'operations.page': { records: ['operation'] },
  'records.list': { records: ({ entity }) => [entity] },
  'dispatch.queue': { records: ['incident', 'unit', 'setting'], events: ['outbox.changed'] },
  'dispatch.incident': { records: ['incident', 'unit'], events: ['outbox.changed'] },
  'dispatch.recommend': { records: ['incident', 'unit', 'operation', 'setting'], events: ['units.changed'] },
  'dispatch.alerts': { records: ['incident', 'unit', 'setting'], events: ['units.changed'] },
  'insights.dashboard': { records: ['operation', 'notice', 'incident', 'court_case', 'setting'] },
  'insights.trial': { records: ['notice', 'notice_trial', 'setting'] },
  'notices.list': { records: ['notice', 'operation', 'setting'], events: ['outbox.changed'] },
  // The hub's own tables, asked online: read again when the connection to the hub changes (and after each action).
  'admin.accounts': { events: ['sync.state'] },
  'admin.devices': { events: ['sync.state'] },
  'admin.log': { events: ['sync.state'] },
};

export type LiveMethod =
  | 'sync.status'
  | 'session.get'
  | 'outbox.status'
  | 'conflicts.list'
  | 'settings.list'
  | 'court.cases'
  | 'court.case'
  | 'court.hearing'
  | 'court.calendar'
  | 'roster.week'
  | 'roster.instruments'
  | 'operations.get'
  | 'operations.page'
  | 'records.list'
  | 'dispatch.queue'
  | 'dispatch.incident'
  | 'dispatch.recommend'
  | 'dispatch.alerts'
  | 'insights.dashboard'
  | 'insights.trial'
  | 'notices.list'
  | 'admin.accounts'
  | 'admin.devices'
  | 'admin.log';
