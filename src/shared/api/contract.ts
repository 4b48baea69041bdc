// The ConsoleApi: the only thing the renderer knows about the rest of the console.
// Each method is an input schema plus a result type; each event stream a payload type.
// Electron IPC (src/main) and the browser-mode WebSocket (src/web) both carry exactly this table.
import { z } from 'zod';
import type { Operation } from '../operations/types.ts';
import { OperationsPageInput } from '../operations/query.ts';
import type { EventName, MethodName } from './names.ts';
import { PrefsGetInput, PrefsSetInput, type Language } from './prefs.ts';

/** A result type carried at the type level only. */
const returns = <T>() => undefined as unknown as T;
const noInput = z.object({}).strict();

export interface AppInfo {
  readonly version: string;
  readonly host: 'desktop' | 'browser';
  readonly dataDir: string;
  readonly timeZone: string;
}

export type CacheStatus =
  | { readonly state: 'ready'; readonly path: string; readonly operations: number }
  | { readonly state: 'unavailable'; readonly path: string; readonly reason: 'corrupt' | 'unreadable' | 'too_new' };

export interface OperationsPage {
  readonly rows: readonly Operation[];
  /** Rows matching the filter; present when asked for with withTotal. */
  readonly total?: number;
}

export interface PrefsGetResult {
  readonly value: unknown;
}

export const contract = {
  methods: {
    'app.info': { input: noInput, result: returns<AppInfo>() },
    'cache.status': { input: noInput, result: returns<CacheStatus>() },
    /** Moves an unusable cache file aside (never deletes it) and builds a fresh one. */
    'cache.rebuild': { input: noInput, result: returns<CacheStatus & { movedTo?: string }>() },
    'operations.page': { input: OperationsPageInput, result: returns<OperationsPage>() },
    'prefs.get': { input: PrefsGetInput, result: returns<PrefsGetResult>() },
    'prefs.set': { input: PrefsSetInput, result: returns<{ saved: true }>() },
  },
  events: {
    'operations.changed': returns<{ readonly reason: 'seeded' | 'rebuilt' }>(),
  },
} as const satisfies {
  methods: Record<MethodName, { input: z.ZodType; result: unknown }>;
  events: Record<EventName, unknown>;
};

type Methods = typeof contract.methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodResult<M extends MethodName> = Methods[M]['result'];
export type EventPayload<E extends EventName> = (typeof contract.events)[E];
export type { Language };
