// The ConsoleApi: the only thing the renderer knows about the rest of the console.
// Each method is an input schema plus a result type; each event stream a payload type.
// Electron IPC (src/main) and the browser-mode WebSocket (src/web) both carry exactly this table.
import { z } from 'zod';
import type { UnitRow } from '../live/unit-row.ts';
import type { SyncStatus } from '../live/sync-status.ts';
import { TracksRequestSchema, type TracksAnswer } from '../hub-protocol/tracks.ts';
import type { Operation, OperationRow, UnsyncedState } from '../operations/types.ts';
import { OperationsPageInputSchema } from '../operations/query.ts';
import { OperationsExportInputSchema, type OperationsExportResult } from '../operations/export.ts';
import type { EventName, MethodName } from './names.ts';
import { PrefsGetInputSchema, PrefsSetInputSchema, type Language } from './prefs.ts';
import { BasemapSetInputSchema, type BasemapInfo } from '../geo/basemap-info.ts';
import { SessionSignInInputSchema, SessionUseEmbeddedInputSchema, type SessionInfo } from './session.ts';
import type { Conflict } from '../sync/conflict.ts';
import {
  ConflictsResolveInputSchema,
  OperationsCancelInputSchema,
  OperationsCreateInputSchema,
  OperationsGetInputSchema,
  OperationsSetStatusInputSchema,
  OperationsUpdateInputSchema,
  type OutboxStatus,
} from './writes.ts';
import {
  OperationsAssignInputSchema,
  OperationsCloseInputSchema,
  OperationsSetTypedPlanInputSchema,
  RosterInstrumentsInputSchema,
  RosterWeekInputSchema,
  type RosterInstruments,
  type RosterWeekView,
} from './planning.ts';
import {
  CourtAuditVerifyInputSchema,
  CourtCalendarInputSchema,
  CourtCaseInputSchema,
  CourtDocumentInputSchema,
  CourtDraftInputSchema,
  CourtDraftSaveInputSchema,
  CourtHearingInputSchema,
  type AuditReport,
  type CaseDetail,
  type CourtCalendar,
  type CourtCasesResult,
  type CourtDocumentResult,
  type CourtDraft,
} from './court.ts';
import type { Hearing } from '../records/hearing-schema.ts';
import type { SettingRecord } from '../records/setting.ts';
import { SettingEntrySchema } from '../settings/entry-schema.ts';
import type { SharedRecord } from '../records/registry.ts';
import { RecordsListInputSchema, RecordsMutateInputSchema, type RecordsChanged } from './records.ts';
import { ImportInputSchema, type ImportResult } from './import.ts';
import type { ImportReport } from '../import/problems.ts';
import {
  DispatchDuplicatesInputSchema,
  DispatchGeocodeInputSchema,
  DispatchIncidentInputSchema,
  DispatchRecommendInputSchema,
  type DispatchAlerts,
  type DispatchQueue,
  type DispatchRecommendation,
  type DuplicateCandidate,
  type GeocodeResult,
  type IncidentView,
} from './dispatch.ts';
import type { FieldHealth } from '../hub-protocol/field-health.ts';
import {
  AdminLogRequestSchema,
  CreateAccountRequestSchema,
  DeviceRequestSchema,
  PairDeviceRequestSchema,
  SetDisabledRequestSchema,
  UsernameRequestSchema,
  type AccountsAnswer,
  type AdminLogAnswer,
  type DevicesAnswer,
  type EndedAnswer,
  type PasswordAnswer,
} from '../hub-protocol/admin.ts';
import type { PairedDevice } from './admin.ts';
import {
  InsightsCompareInputSchema,
  InsightsFilterSchema,
  InsightsReportInputSchema,
  InsightsTrialInputSchema,
  NoticesHistoryInputSchema,
  NoticesListInputSchema,
  type Antecedentes,
  type Comparison,
  type Dashboard,
  type InsightsReportResult,
  type NoticesList,
  type TrialReport,
} from './insights.ts';

const SettingsAddInputSchema = z.object({ entry: SettingEntrySchema }).strict();

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
  | { readonly state: 'unavailable'; readonly path: string; readonly reason: CacheUnavailableReason };

/**
 * corrupt    — SQLite says the file is damaged or not a database: it may be moved aside and rebuilt.
 * too_new    — written by a newer console: update this one; the file is left alone.
 * in_use     — another console process has this data folder open.
 * unreadable — anything else (permissions, disk, a native module that does not load): retry after fixing it.
 */
export type CacheUnavailableReason = 'corrupt' | 'unreadable' | 'too_new' | 'in_use';

export interface OperationsPage {
  readonly rows: readonly OperationRow[];
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
    /** Corrupt file: moves it aside (never deletes it) and builds a fresh one. Other reasons: tries to open again. */
    'cache.rebuild': { input: noInput, result: returns<CacheStatus & { movedTo?: string }>() },
    'operations.page': { input: OperationsPageInputSchema, result: returns<OperationsPage>() },
    'operations.get': { input: OperationsGetInputSchema, result: returns<{ readonly operation: OperationRow | null }>() },
    /**
     * The filter's rows in that order as CSV (docs/ARCHITECTURE.md, "CSV export"), written to the data folder's
     * exports/; at most MAX_EXPORT_ROWS ('refused' / 'export_too_large'), one at a time ('refused' / 'export_busy').
     */
    'operations.exportCsv': { input: OperationsExportInputSchema, result: returns<OperationsExportResult>() },
    /**
     * Writes (docs/ARCHITECTURE.md, "Local writes"): answered once the change is committed to the cache and
     * queued for the hub — online or not. A change the record does not allow (e.g. closing a draft): 'refused'
     * with the reason as the issue code; a role that may not make it: 'forbidden'.
     */
    'operations.create': { input: OperationsCreateInputSchema, result: returns<{ readonly operation: Operation }>() },
    'operations.update': { input: OperationsUpdateInputSchema, result: returns<{ readonly operation: Operation }>() },
    'operations.setStatus': { input: OperationsSetStatusInputSchema, result: returns<{ readonly operation: Operation }>() },
    'operations.cancel': { input: OperationsCancelInputSchema, result: returns<{ readonly operation: Operation }>() },
    /** Reserves people and resources for an operation (replaces its reservation); a write like the others. */
    'operations.assign': { input: OperationsAssignInputSchema, result: returns<{ readonly operation: Operation }>() },
    /**
     * Closes an operation in progress with its typed result (checked against its type: field issues under
     * 'result.…') and findings; the hub turns actas and notices into court cases.
     */
    'operations.close': { input: OperationsCloseInputSchema, result: returns<{ readonly operation: Operation }>() },
    /** The type's own plan (typed-plan.ts: a checkpoint's jurisdiction, a noise check's zone…); field issues under 'typedPlan.…'. */
    'operations.setTypedPlan': { input: OperationsSetTypedPlanInputSchema, result: returns<{ readonly operation: Operation }>() },
    /** The Córdoba week containing `date`: people, resources, operations, reservations and their conflicts. */
    'roster.week': { input: RosterWeekInputSchema, result: returns<RosterWeekView>() },
    'roster.instruments': { input: RosterInstrumentsInputSchema, result: returns<RosterInstruments>() },
    /** The court desk's cases (incoming actas and notices too), newest first, each with where it stands today. */
    'court.cases': { input: noInput, result: returns<CourtCasesResult>() },
    /** One case with its hearings and its audit history; null when the cache does not hold it. */
    'court.case': { input: CourtCaseInputSchema, result: returns<{ readonly detail: CaseDetail | null }>() },
    /** One hearing (the record panel's); null when the cache does not hold it (yet: an amendment just made). */
    'court.hearing': { input: CourtHearingInputSchema, result: returns<{ readonly hearing: Hearing | null }>() },
    /** A court's (or every court's) day or week: hearings, conflicts explained, the hearing hours of each day. */
    'court.calendar': { input: CourtCalendarInputSchema, result: returns<CourtCalendar>() },
    /**
     * The citation or the acta de audiencia of a hearing as a PDF in the data folder's exports/ (one-time download
     * token as the CSV export's); 'refused' with 'not_found' or 'missing_settings' when it cannot be drawn yet.
     */
    'court.document': { input: CourtDocumentInputSchema, result: returns<CourtDocumentResult>() },
    /** The hearing record as it was being typed (kept in the cache: it survives a crash or a closed window). */
    'court.draft.get': { input: CourtDraftInputSchema, result: returns<CourtDraft>() },
    'court.draft.save': { input: CourtDraftSaveInputSchema, result: returns<CourtDraft>() },
    'court.draft.discard': { input: CourtDraftInputSchema, result: returns<{ readonly discarded: boolean }>() },
    /** Checks the audit chains the cache holds (one case's, or all) and names the first broken entry of each. */
    'court.audit.verify': { input: CourtAuditVerifyInputSchema, result: returns<AuditReport>() },
    /** Every dated setting entry the console knows (the hub's; none before the first sync). */
    /** unsynced: the entries with a change not yet with the hub (waiting, or refused: in the conflict inbox). */
    'settings.list': {
      input: noInput,
      result: returns<{ readonly entries: readonly SettingRecord[]; readonly unsynced: Readonly<Record<string, UnsyncedState>> }>(),
    },
    /** An administrator's new entry (not before today): a write through the outbox like the others. */
    'settings.add': { input: SettingsAddInputSchema, result: returns<{ readonly setting: SettingRecord }>() },
    /** Every record of a kind kept in the generic table (people, resources, court cases, settings…); 'forbidden' for a role that does not read it. */
    'records.list': { input: RecordsListInputSchema, result: returns<{ readonly records: readonly SharedRecord[] }>() },
    /** Any mutation of any kind, through the write path like the methods above (which add checks of their own). */
    'records.mutate': { input: RecordsMutateInputSchema, result: returns<{ readonly record: SharedRecord }>() },
    /**
     * CSV import (shared/import): every row of the file checked — its cells, its mutation's schema, the same record
     * twice in the file, the mutation applied against the cache — and nothing written. Roles: the kind's mutation's.
     */
    'import.check': { input: ImportInputSchema, result: returns<ImportReport>() },
    /**
     * The same check, and only when no row is refused every row's mutation queued in one cache transaction (all or
     * nothing; otherwise the report and nothing written). The hub still judges each row: one it refuses later (the
     * same serial added meanwhile by another console) is a refused write in the conflict inbox like any other.
     */
    'import.apply': { input: ImportInputSchema, result: returns<ImportResult>() },
    'outbox.status': { input: noInput, result: returns<OutboxStatus>() },
    'conflicts.list': { input: noInput, result: returns<{ readonly conflicts: readonly Conflict[] }>() },
    /** 'theirs' keeps the hub's version; 'mine' makes my changes again on top of it (a new write). */
    'conflicts.resolve': { input: ConflictsResolveInputSchema, result: returns<OutboxStatus>() },
    'prefs.get': { input: PrefsGetInputSchema, result: returns<PrefsGetResult>() },
    'prefs.set': { input: PrefsSetInputSchema, result: returns<{ saved: true }>() },
    /** The map's vector basemap served at TILES_PATH: the demo tileset or the city file (with why that failed, if it did). */
    'map.basemap': { input: noInput, result: returns<BasemapInfo>() },
    /**
     * An administrator chooses the city's MBTiles file (null: the demo tileset). The file is opened and checked
     * first; one that cannot serve is 'refused' with issue { path: 'file', code: BasemapProblem } and nothing
     * changes. Anyone else, or nobody signed in: 'forbidden'.
     */
    'map.basemap.set': { input: BasemapSetInputSchema, result: returns<BasemapInfo>() },
    /** Every unit the console knows, with its latest position (from the cache: works offline). */
    'units.list': { input: noInput, result: returns<{ readonly units: readonly UnitRow[] }>() },
    /**
     * Track history for replay: 1–20 units, a window of at most 24 h (epoch ms, to > from). Asked of the hub
     * (tracks are not cached): 'hub_unavailable' while the console is not connected to it.
     */
    'units.tracks': { input: TracksRequestSchema, result: returns<TracksAnswer>() },
    /** Despacho (dispatch roles): open incidents, most urgent first, with the SLA clocks in force. */
    'dispatch.queue': { input: noInput, result: returns<DispatchQueue>() },
    'dispatch.incident': { input: DispatchIncidentInputSchema, result: returns<{ readonly view: IncidentView | null }>() },
    /** Every unit for an incident: eligible ones by estimated arrival, the others with why they are set aside. */
    'dispatch.recommend': { input: DispatchRecommendInputSchema, result: returns<DispatchRecommendation>() },
    /** Open incidents of the category near the place and recent enough to be the same one (dispatch.duplicates). */
    'dispatch.duplicates': {
      input: DispatchDuplicatesInputSchema,
      result: returns<{ readonly candidates: readonly DuplicateCandidate[] }>(),
    },
    /** A barrio and an address → a point, from the project's own geography; an unknown barrio is 'invalid_input' (barrio: not_found). */
    'dispatch.geocode': { input: DispatchGeocodeInputSchema, result: returns<GeocodeResult>() },
    'dispatch.alerts': { input: noInput, result: returns<DispatchAlerts>() },
    /** Indicadores: every indicator computed from the cached records for the filter (coordinators, administrators). */
    'insights.dashboard': { input: InsightsFilterSchema, result: returns<Dashboard>() },
    /** One indicator for two groups (before/after, zone against zone): the difference with its 95 % interval, observational. */
    'insights.compare': { input: InsightsCompareInputSchema, result: returns<Comparison>() },
    /** A notice-wording trial: compliance by variant, the effects with their intervals and sample sizes, the split's balance. */
    'insights.trial': { input: InsightsTrialInputSchema, result: returns<{ readonly report: TrialReport | null }>() },
    /** The month's printable report (PDF in exports/, one-time download token as the court documents'). */
    'insights.report': { input: InsightsReportInputSchema, result: returns<InsightsReportResult>() },
    /** Notices to follow up (coordinators, administrators): where each stands today, its planned re-inspection. */
    'notices.list': { input: NoticesListInputSchema, result: returns<NoticesList>() },
    /** An identity's antecedentes: earlier warnings, notices, actas and cases (roles that write findings). */
    'notices.history': { input: NoticesHistoryInputSchema, result: returns<Antecedentes>() },
    /** The hub's count of device reports refused for a clock out of tolerance (administrators; hub connected). */
    'field.health': { input: noInput, result: returns<FieldHealth>() },
    /**
     * «Administración» (administrators; asked of the hub, never cached: 'hub_unavailable' while not connected). The
     * hub's refusals are 'refused' with the reason as the issue code (ADMIN_REFUSALS: own_account, last_administrator…).
     * Passwords and a device's token are answered once: the hub keeps only their hashes.
     */
    'admin.accounts': { input: noInput, result: returns<AccountsAnswer>() },
    'admin.createAccount': { input: CreateAccountRequestSchema, result: returns<PasswordAnswer>() },
    /** Disabling ends the account's sessions at once. */
    'admin.setDisabled': { input: SetDisabledRequestSchema, result: returns<EndedAnswer>() },
    'admin.resetPassword': { input: UsernameRequestSchema, result: returns<PasswordAnswer>() },
    'admin.endSessions': { input: UsernameRequestSchema, result: returns<EndedAnswer>() },
    'admin.devices': { input: noInput, result: returns<DevicesAnswer>() },
    /** The token and the pairing text (the hub this console follows, the unit, the token) the device reads. */
    'admin.pairDevice': { input: PairDeviceRequestSchema, result: returns<PairedDevice>() },
    'admin.revokeDevice': { input: DeviceRequestSchema, result: returns<Record<string, never>>() },
    'admin.log': { input: AdminLogRequestSchema, result: returns<AdminLogAnswer>() },
    'sync.status': { input: noInput, result: returns<SyncStatus>() },
    /** Which hub the console follows, who is signed in, and (embedded hub) the demo accounts to choose from. */
    'session.get': { input: noInput, result: returns<SessionInfo>() },
    /**
     * Logs in first; only on success saves the choice (never the password) and restarts sync. Wrong credentials:
     * 'hub_unauthorized'; hub not reachable: 'hub_unavailable'; hub fixed by a flag: 'forbidden'. Nothing changes on failure.
     */
    'session.signIn': { input: SessionSignInInputSchema, result: returns<SessionInfo>() },
    /** Follows the embedded demo hub (started if needed) as one of its demo accounts. */
    'session.useEmbedded': { input: SessionUseEmbeddedInputSchema, result: returns<SessionInfo>() },
    /** Follows no hub (stops the embedded one). */
    'session.useNone': { input: noInput, result: returns<SessionInfo>() },
    /** Stops syncing; the sync state becomes 'signed_out' until the person signs in again. */
    'session.signOut': { input: noInput, result: returns<SessionInfo>() },
  },
  events: {
    /** Operations changed: the cache was rebuilt, a local write, or records from the hub (the grid reloads its blocks). */
    /** Records of one kind changed in the cache (a local write, the hub's changes, a new hub or rebuilt cache). */
    'records.changed': returns<RecordsChanged>(),
    'outbox.changed': returns<OutboxStatus>(),
    /** Units whose record or position changed since the last batch (whole rows; at most ~20 batches a second). */
    'units.changed': returns<{ readonly units: readonly UnitRow[] }>(),
    'sync.state': returns<SyncStatus>(),
    /** The hub choice or the signed-in person changed (the unit board reloads: it may be another hub's units). */
    'session.changed': returns<SessionInfo>(),
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
