// Method and event names alone, so the preload can build window.consoleApi without bundling the schemas.
// contract.ts is checked against these lists at compile time: they cannot drift apart.
import { isOneOf } from '../util/one-of.ts';

export const METHOD_NAMES = [
  'app.info',
  'cache.status',
  'cache.rebuild',
  'operations.page',
  'operations.get',
  'operations.exportCsv',
  'operations.create',
  'operations.update',
  'operations.setStatus',
  'operations.cancel',
  'operations.assign',
  'operations.close',
  'operations.setTypedPlan',
  'roster.week',
  'roster.instruments',
  'court.cases',
  'court.case',
  'court.hearing',
  'court.calendar',
  'court.document',
  'court.draft.get',
  'court.draft.save',
  'court.draft.discard',
  'court.audit.verify',
  'settings.list',
  'settings.add',
  'records.list',
  'records.mutate',
  'outbox.status',
  'conflicts.list',
  'conflicts.resolve',
  'prefs.get',
  'prefs.set',
  'map.basemap',
  'map.basemap.set',
  'units.list',
  'units.tracks',
  'insights.dashboard',
  'insights.compare',
  'insights.trial',
  'insights.report',
  'notices.list',
  'notices.history',
  'dispatch.queue',
  'dispatch.incident',
  'dispatch.recommend',
  'dispatch.duplicates',
  'dispatch.geocode',
  'dispatch.alerts',
  'field.health',
  'sync.status',
  'session.get',
  'session.signIn',
  'session.useEmbedded',
  'session.useNone',
  'session.signOut',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export const EVENT_NAMES = ['records.changed', 'outbox.changed', 'units.changed', 'sync.state', 'session.changed'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export const isMethodName = (value: unknown): value is MethodName => isOneOf(METHOD_NAMES, value);
export const isEventName = (value: unknown): value is EventName => isOneOf(EVENT_NAMES, value);
