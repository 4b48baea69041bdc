// The ConsoleApi's court desk (docs/ARCHITECTURE.md, "The court desk"): what the Tribunal workspace reads — cases
// with where they stand, a court's calendar with its conflicts, a case's history and audit check — and the files it
// asks the core for (the printed documents) and keeps there (the hearing-record draft). Changes to cases and
// hearings are record mutations ('records.mutate'); these reads join the records and apply the rules of
// src/shared/court, so the renderer shows what the law says without deciding it.
import { z } from 'zod';
import type { AuditEntry } from '../audit/audit-entry.ts';
import type { CaseStatus } from '../court/case-status.ts';
import type { TermLeft } from '../court/deadlines.ts';
import type { HearingConflict } from '../court/hearing-conflicts.ts';
import type { VoluntaryPayment } from '../court/voluntary-payment.ts';
import type { UnsyncedState } from '../operations/types.ts';
import { CourtIdSchema, type CourtCase } from '../records/court-case-schema.ts';
import { HearingIdSchema, type Hearing } from '../records/hearing-schema.ts';
import type { Court } from '../settings/catalogue.ts';
import { IsoDateSchema, type IsoDate } from '../settings/iso-date.ts';
import type { DailyWindow } from '../settings/time-of-day.ts';
import { LANGUAGES } from './prefs.ts';

const CaseIdSchema = z.string().uuid('invalid_value');

/** A case as the desk sees it today (Córdoba): the record joined with its hearing and the rules of the day. */
export interface CaseView {
  readonly case: CourtCase;
  /** Where it stands: the case joined with its current hearing (src/shared/court/effective-status.ts). */
  readonly status: CaseStatus;
  readonly hearing: Hearing | null;
  /** The defence term once notified ("vence el …, faltan N días hábiles"). */
  readonly term: TermLeft | null;
  /** The voluntary payment with the discount, while it applies (or why not). */
  readonly offer: VoluntaryPayment;
  /** A change to the case not yet with the hub, or refused by it. */
  readonly unsynced: UnsyncedState | null;
}

export interface CourtCasesResult {
  readonly today: IsoDate;
  /** Newest first. */
  readonly cases: readonly CaseView[];
}

export const CourtCaseInputSchema = z.object({ id: CaseIdSchema }).strict();

export const CourtHearingInputSchema = z.object({ id: HearingIdSchema }).strict();

export interface CaseDetail extends CaseView {
  /** Every hearing of the case, cancelled ones and amendments too, by start. */
  readonly hearings: readonly Hearing[];
  /** The case's audit chain as this console has it: who did what, when, from which console. */
  readonly history: readonly AuditEntry[];
}

/** Slots of the calendar: hearings start on these minutes inside the hearing hours. */
export const HEARING_SLOT_MINUTES = 30;

export const CourtCalendarInputSchema = z
  .object({
    /** null: every court. */
    courtId: CourtIdSchema.nullable(),
    from: IsoDateSchema,
    /** 1: a day; 7: a week (from its first day). */
    days: z.number().int('not_integer').min(1, 'out_of_range').max(7, 'out_of_range'),
  })
  .strict();
export type CourtCalendarInput = z.input<typeof CourtCalendarInputSchema>;

export interface CalendarDay {
  readonly date: IsoDate;
  readonly businessDay: boolean;
  readonly holiday: boolean;
  /** The hearing hours in force that day (null: the setting is missing). */
  readonly hours: DailyWindow | null;
}

export interface CourtCalendar {
  readonly today: IsoDate;
  readonly days: readonly CalendarDay[];
  /** The courts and rooms in force on the first day. */
  readonly courts: readonly Court[];
  /** The hearings of the asked court(s) that start in the asked days (cancelled ones too), by start. */
  readonly hearings: readonly Hearing[];
  /** What is wrong with them, explained (src/shared/court/hearing-conflicts.ts). */
  readonly conflicts: readonly HearingConflict[];
  /** Judges named on the court's hearings of the 90 days around, for the schedule form's suggestions. */
  readonly judges: readonly string[];
  readonly unsynced: Readonly<Record<string, UnsyncedState>>;
}

export const COURT_DOCUMENTS = ['citation', 'hearing_record'] as const;
export type CourtDocumentKind = (typeof COURT_DOCUMENTS)[number];

export const CourtDocumentInputSchema = z
  .object({
    document: z.enum(COURT_DOCUMENTS),
    /** The hearing the citation summons to, or whose record is printed. */
    hearingId: HearingIdSchema,
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();

export interface CourtDocumentResult {
  readonly path: string;
  readonly fileName: string;
  readonly bytes: number;
  /** One-time token for the browser-mode download (GET /exports/<token>), as the CSV export's. */
  readonly download: string;
}

/** A draft is what the form holds as it is typed: any JSON object, checked only for its size. */
export const MAX_DRAFT_CHARS = 200_000;
export const HearingDraftSchema = z
  .record(z.string(), z.unknown())
  .refine((draft) => JSON.stringify(draft).length <= MAX_DRAFT_CHARS, 'too_long');

export const CourtDraftInputSchema = z.object({ hearingId: HearingIdSchema }).strict();
export const CourtDraftSaveInputSchema = z.object({ hearingId: HearingIdSchema, draft: HearingDraftSchema }).strict();

export interface CourtDraft {
  readonly draft: Readonly<Record<string, unknown>> | null;
  readonly savedAt: number | null;
}

/** Check one case's chain, or every chain the cache holds. */
export const CourtAuditVerifyInputSchema = z.object({ caseId: CaseIdSchema.optional() }).strict();

/**
 * How a chain is broken at its first bad entry:
 * modified     — the entry's hash is not the hash of its contents;
 * broken_link  — it does not link to the entry before it (one deleted, inserted or moved);
 * out_of_order — its number is not the next one (a gap or a repeat);
 * data         — the record it names is not the record it hashed.
 */
export const AUDIT_PROBLEMS = ['modified', 'broken_link', 'out_of_order', 'data'] as const;
export type AuditProblem = (typeof AUDIT_PROBLEMS)[number];

export interface AuditBreak {
  readonly caseId: string;
  /** The entry's number in its chain (the first broken one). */
  readonly n: number;
  readonly entryId: string;
  readonly problem: AuditProblem;
}

export interface AuditReport {
  readonly chains: number;
  readonly entries: number;
  /** The first broken entry of each broken chain. */
  readonly broken: readonly AuditBreak[];
}
