// The hearing record as it is typed: a draft of strings (what the inputs hold, saved to the cache as it is typed and
// restored after a crash), built from the case when nothing was typed yet, and turned into the HearingRecord the
// hub takes — checked with the same schema (hearing-schema.ts), every issue mapped back onto its field path
// ('parties.0.dni', 'resolution.measures.1.fine.uem') so the form says next to each field what the hub would answer.
//
// The draft is plain state rather than react-hook-form's: it is one JSON object that goes to the cache whole on
// every change and comes back whole, with nested lists (parties, evidence, measures, instalments) that change shape.
import { z } from 'zod';
import { uemToCents } from '../../../../shared/court/amounts.ts';
import {
  ATTENDANCES,
  EVIDENCE_ITEM_KINDS,
  IDENTITY_DOCUMENTS,
  MEASURE_KINDS,
  PARTY_ROLES,
  type MeasureKind,
} from '../../../../shared/court/documents/hearing-record.ts';
import type { CourtCase } from '../../../../shared/records/court-case-schema.ts';
import { HearingRecordSchema, type HearingRecord } from '../../../../shared/records/hearing-schema.ts';
import { NORMS } from '../../../../shared/rules/norms.ts';
import { addMonthsIso, type IsoDate } from '../../../../shared/settings/iso-date.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { parseDecimal } from '../../../spec-form/spec-form.ts';
import { centsToInput, parsePesos } from './hearing-format.ts';
import { identityName } from '../../../../shared/rules/identity.ts';

const text = z.string().max(200_000);
const PartyDraftSchema = z.object({ role: z.enum(PARTY_ROLES), fullName: text, dni: text, attendance: z.enum(ATTENDANCES), note: text });
const EvidenceDraftSchema = z.object({ kind: z.enum(EVIDENCE_ITEM_KINDS), description: text, ref: text });
const CitationDraftSchema = z.object({
  norm: z.enum(NORMS),
  article: text,
  suffix: z.enum(['', 'bis', 'ter', 'quater']),
  paragraph: text,
  offence: text,
});
const InstalmentDraftSchema = z.object({ dueOn: text, amount: text });
/** One measure's inputs: every kind has the same draft shape, and reads only its own fields. */
const MeasureDraftSchema = z.object({
  kind: z.enum(MEASURE_KINDS),
  uem: text,
  paymentDeadline: text,
  mode: z.enum(['work', 'training']),
  hours: text,
  programme: text,
  deadline: text,
  items: text,
  address: text,
  days: text,
  instalments: z.array(InstalmentDraftSchema).max(60),
  note: text,
});

export const STATEMENT_MODES = ['given', 'declined', 'absent'] as const;

/** The draft's shape; a restored draft that does not fit it (another console version's) is not used. */
export const RecordDraftSchema = z.object({
  version: z.literal(1),
  parties: z.array(PartyDraftSchema).max(20),
  identity: z.object({ checked: z.boolean(), fullName: text, document: z.enum(IDENTITY_DOCUMENTS), number: text, reason: text }),
  interpreter: z.object({ needed: z.boolean(), fullName: text, language: text, dni: text }),
  statement: z.object({ mode: z.enum(STATEMENT_MODES), by: text, text }),
  evidence: z.array(EvidenceDraftSchema).max(50),
  measures: z.array(MeasureDraftSchema).max(MEASURE_KINDS.length),
  legalBasis: z.array(CitationDraftSchema).max(10),
  reasoning: text,
  appealDeadline: text,
});
export type RecordDraft = z.infer<typeof RecordDraftSchema>;
export type PartyDraft = RecordDraft['parties'][number];
export type EvidenceDraft = RecordDraft['evidence'][number];
export type CitationDraft = RecordDraft['legalBasis'][number];
export type MeasureDraft = RecordDraft['measures'][number];
export type InstalmentDraft = MeasureDraft['instalments'][number];

/** The restored draft, or null when it is not one this form can read. */
export function readDraft(value: unknown): RecordDraft | null {
  const parsed = RecordDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const newParty = (role: PartyDraft['role']): PartyDraft => ({ role, fullName: '', dni: '', attendance: 'present', note: '' });
export const newEvidence = (): EvidenceDraft => ({ kind: 'document', description: '', ref: '' });
export const newCitation = (): CitationDraft => ({ norm: 'ord_12468', article: '', suffix: '', paragraph: '', offence: '' });
export const newMeasure = (kind: MeasureKind): MeasureDraft => ({
  kind,
  uem: '',
  paymentDeadline: '',
  mode: 'work',
  hours: '',
  programme: '',
  deadline: '',
  items: '',
  address: '',
  days: '',
  instalments: [],
  note: '',
});

/** The words a prefilled record prints, in the user's language (the record is a court paper: no codes in it). */
export interface PrefillWords {
  /** "Acta de constatación del 05/12/2026". */
  readonly acta: string;
  /** "Fotografía del acta", per evidence kind of the acta. */
  readonly evidence: (kind: 'photo' | 'video' | 'camera_clip' | 'reading' | 'document') => string;
}

/** Who the case is against, as the record names them (a vehicle by its plate until the owner is known). */
export function offenderName(courtCase: CourtCase): string {
  const offender = courtCase.record.offender;
  return identityName(offender);
}

/**
 * A new record for a case: the offender (and the promoter who wrote the acta) as parties, present until the clerk
 * says otherwise; the offender's identity to be checked with their DNI; the written descargo, if one was filed, as
 * the statement; the acta and its evidence references as evidence; the acta's article as the legal basis.
 */
export function draftFromCase(courtCase: CourtCase, words: PrefillWords): RecordDraft {
  const offender = courtCase.record.offender;
  const name = offenderName(courtCase);
  const dni = offender.kind === 'person' ? offender.dni : '';
  const parties: PartyDraft[] = [
    {
      ...newParty(offender.kind === 'company' ? 'legal_representative' : 'offender'),
      fullName: offender.kind === 'company' ? '' : name,
      dni,
    },
    ...(offender.kind === 'company' ? [{ ...newParty('offender'), fullName: name }] : []),
    ...(courtCase.promoterName ? [{ ...newParty('promoter'), fullName: courtCase.promoterName }] : []),
  ];
  const { norm, article, suffix } = courtCase.record.legalBasis;
  return {
    version: 1,
    parties,
    identity: { checked: true, fullName: offender.kind === 'person' ? name : '', document: 'dni', number: dni, reason: '' },
    interpreter: { needed: false, fullName: '', language: '', dni: '' },
    statement: { mode: 'given', by: offender.kind === 'person' ? name : '', text: courtCase.defence?.statement ?? '' },
    evidence: [
      { kind: 'acta', description: words.acta, ref: courtCase.number ?? '' },
      ...courtCase.record.evidence.map((e) => ({ kind: e.kind, description: words.evidence(e.kind), ref: e.ref })),
    ],
    measures: [],
    legalBasis: [{ ...newCitation(), norm, article: String(article), suffix: suffix ?? '' }],
    reasoning: '',
    appealDeadline: '',
  };
}

/** A new record when the case is not in this console: only the offender's name, which the hearing copied. */
export function draftWithoutCase(offender: string): RecordDraft {
  return {
    version: 1,
    parties: [{ ...newParty('offender'), fullName: offender }],
    identity: { checked: true, fullName: offender, document: 'dni', number: '', reason: '' },
    interpreter: { needed: false, fullName: '', language: '', dni: '' },
    statement: { mode: 'given', by: offender, text: '' },
    evidence: [],
    measures: [],
    legalBasis: [newCitation()],
    reasoning: '',
    appealDeadline: '',
  };
}

/** A recorded hearing's record back as a draft, to correct it or (signed) to amend it. */
export function draftFromRecord(record: HearingRecord, locale: string): RecordDraft {
  const { identity, interpreter, statement, resolution } = record;
  return {
    version: 1,
    parties: record.parties.map((p) => ({
      role: p.role,
      fullName: p.fullName,
      dni: p.dni ?? '',
      attendance: p.attendance,
      note: p.note ?? '',
    })),
    identity: identity.checked
      ? { checked: true, fullName: identity.fullName, document: identity.document, number: identity.number, reason: '' }
      : { checked: false, fullName: '', document: 'dni', number: '', reason: identity.reason },
    interpreter: interpreter.needed
      ? { needed: true, fullName: interpreter.fullName, language: interpreter.language, dni: interpreter.dni ?? '' }
      : { needed: false, fullName: '', language: '', dni: '' },
    statement: statement.given
      ? { mode: 'given', by: statement.by, text: statement.text }
      : { mode: statement.reason, by: statement.by, text: '' },
    evidence: record.evidence.map((e) => ({ kind: e.kind, description: e.description, ref: e.ref ?? '' })),
    measures: (resolution?.measures ?? []).map((m) => measureDraft(m, locale)),
    legalBasis: (resolution?.legalBasis ?? []).map((c) => ({
      norm: c.norm,
      article: String(c.article),
      suffix: c.suffix ?? '',
      paragraph: c.paragraph ?? '',
      offence: c.offence ?? '',
    })),
    reasoning: resolution?.reasoning ?? '',
    appealDeadline: resolution?.appealDeadline ?? '',
  };
}

type Measure = NonNullable<HearingRecord['resolution']>['measures'][number];

function measureDraft(m: Measure, locale: string): MeasureDraft {
  const draft = newMeasure(m.kind);
  switch (m.kind) {
    case 'fine':
      return { ...draft, uem: String(m.fine.uem).replace('.', locale.startsWith('es') ? ',' : '.'), paymentDeadline: m.paymentDeadline };
    case 'community_service':
      return { ...draft, mode: m.mode, hours: String(m.hours), programme: m.programme, deadline: m.deadline };
    case 'seizure':
      return { ...draft, items: m.items };
    case 'closure':
      return { ...draft, address: m.address, days: m.days === undefined ? '' : String(m.days) };
    case 'payment_plan':
      return { ...draft, instalments: m.instalments.map((i) => ({ dueOn: i.dueOn, amount: centsToInput(i.amountCents, locale) })) };
    case 'mediation':
      return { ...draft, note: m.note ?? '' };
    default:
      return draft;
  }
}

/** The offender did not appear: the hearing is registered in absentia (rebeldía) and the resolution says so. */
export const offenderAbsent = (draft: RecordDraft): boolean =>
  draft.parties.some((p) => p.role === 'offender' && p.attendance === 'absent');

/**
 * A party's attendance changed. When the offender is marked absent and no statement was typed, the statement says
 * they did not appear (what the acta prints for a default); marked present again, an untouched "absent" statement
 * goes back to one to be typed. A typed statement is never changed.
 */
export function withAttendance(draft: RecordDraft, index: number, attendance: PartyDraft['attendance']): RecordDraft {
  const party = draft.parties[index];
  if (!party) return draft;
  const parties = draft.parties.map((p, i) => (i === index ? { ...p, attendance } : p));
  const next = { ...draft, parties };
  const { statement } = draft;
  if (party.role !== 'offender' || statement.text.trim() !== '') return next;
  if (offenderAbsent(next) && statement.mode === 'given') return { ...next, statement: { ...statement, mode: 'absent' } };
  if (!offenderAbsent(next) && statement.mode === 'absent') return { ...next, statement: { ...statement, mode: 'given' } };
  return next;
}

/** The fine's amount at a UEM value, in cents; null while the UEM count cannot be read. */
export function fineCents(uemText: string, uemValueArs: number | undefined): number | null {
  const uem = parseDecimal(uemText);
  if (uem === null || uem <= 0 || uemValueArs === undefined) return null;
  return uemToCents(uem, uemValueArs);
}

/**
 * A fine split into `count` monthly instalments from `firstDue` that add up to it exactly: equal whole-cent parts,
 * the cents left over on the first instalment (integer cents: the plan must match the fine to the cent).
 */
export function splitInstalments(totalCents: number, count: number, firstDue: IsoDate): { dueOn: IsoDate; amountCents: number }[] {
  if (count < 1 || totalCents < count) return [];
  const part = Math.floor(totalCents / count);
  return Array.from({ length: count }, (_, i) => ({
    dueOn: addMonthsIso(firstDue, i),
    amountCents: part + (i === 0 ? totalCents - part * count : 0),
  }));
}

export const RECORD_PROBLEMS = [
  'required',
  'too_long',
  'too_many',
  'too_few',
  'invalid_dni',
  'out_of_range',
  'not_integer',
  'not_a_number',
  'too_many_decimals',
  'invalid_date',
  'date_out_of_range',
  'control_character',
  'amount_mismatch',
  'duplicate_measure',
  'absolution_with_sanction',
  'payment_plan_without_fine',
  'instalments_do_not_add_up',
  'instalments_out_of_order',
  'missing_uem_value',
  'invalid',
] as const;
export type RecordProblem = (typeof RECORD_PROBLEMS)[number];
/** Field path → its first problem. */
export type RecordProblems = Readonly<Record<string, RecordProblem>>;

/** A zod issue → the field message: the schema's own message key, else what its code means for a typed field. */
export function recordProblem({ message, code }: { readonly message: string; readonly code: string }): RecordProblem {
  if (isOneOf(RECORD_PROBLEMS, message)) return message;
  if (code === 'too_big') return 'too_long';
  if (code === 'too_small' || code === 'invalid_type') return 'required';
  return 'invalid';
}

export type CheckedRecord =
  { readonly ok: true; readonly record: HearingRecord } | { readonly ok: false; readonly problems: RecordProblems };

/** Optional text: left out when empty (the schema's .optional()). */
const optional = (value: string) => (value.trim() === '' ? undefined : value);

/** Reads the typed strings into the record's values; what cannot even be read is a problem at its path. */
class Reader {
  readonly problems: Record<string, RecordProblem> = {};
  number(path: string, value: string, integer = false): number | undefined {
    if (value.trim() === '') {
      this.problems[path] ??= 'required';
      return undefined;
    }
    const n = parseDecimal(value);
    if (n === null || (integer && !Number.isInteger(n))) this.problems[path] ??= n === null ? 'not_a_number' : 'not_integer';
    return n ?? undefined;
  }
}

function measureValue(m: MeasureDraft, path: string, read: Reader, uemValueArs: number | undefined): unknown {
  switch (m.kind) {
    case 'absolution':
    case 'warning':
      return { kind: m.kind };
    case 'fine': {
      const uem = read.number(`${path}.fine.uem`, m.uem);
      if (uemValueArs === undefined) read.problems[`${path}.fine.uem`] ??= 'missing_uem_value';
      const value = uemValueArs ?? 0;
      const amountCents = uem !== undefined && uem > 0 && value > 0 ? uemToCents(uem, value) : 0;
      return { kind: 'fine', fine: { uem, uemValueCents: Math.round(value * 100), amountCents }, paymentDeadline: m.paymentDeadline };
    }
    case 'community_service':
      return {
        kind: m.kind,
        mode: m.mode,
        hours: read.number(`${path}.hours`, m.hours, true),
        programme: m.programme,
        deadline: m.deadline,
      };
    case 'seizure':
      return { kind: m.kind, items: m.items };
    case 'closure':
      return { kind: m.kind, address: m.address, days: m.days.trim() === '' ? undefined : read.number(`${path}.days`, m.days, true) };
    case 'payment_plan':
      return {
        kind: m.kind,
        instalments: m.instalments.map((i, j) => {
          const amountCents = parsePesos(i.amount);
          if (amountCents === null) read.problems[`${path}.instalments.${j}.amountCents`] ??= i.amount.trim() ? 'not_a_number' : 'required';
          return { dueOn: i.dueOn, amountCents: amountCents ?? 0 };
        }),
      };
    case 'mediation':
      return { kind: m.kind, note: optional(m.note) };
  }
}

/** The resolution, or null when no measure was chosen yet (it may wait for the judge). */
function resolutionValue(draft: RecordDraft, read: Reader, uemValueArs: number | undefined): unknown {
  if (draft.measures.length === 0) return null;
  return {
    inAbsentia: offenderAbsent(draft),
    measures: draft.measures.map((m, i) => measureValue(m, `resolution.measures.${i}`, read, uemValueArs)),
    legalBasis: draft.legalBasis.map((c, i) => ({
      norm: c.norm,
      article: read.number(`resolution.legalBasis.${i}.article`, c.article, true),
      suffix: c.suffix || undefined,
      paragraph: optional(c.paragraph),
      offence: optional(c.offence),
    })),
    reasoning: optional(draft.reasoning),
    appealDeadline: optional(draft.appealDeadline),
  };
}

/** The record the draft makes, or its problems by field path. `uemValueArs`: today's value, for a fine's amount. */
export function checkRecord(draft: RecordDraft, uemValueArs: number | undefined): CheckedRecord {
  const read = new Reader();
  const { identity, interpreter, statement } = draft;
  const candidate = {
    parties: draft.parties.map((p) => ({
      role: p.role,
      fullName: p.fullName,
      dni: optional(p.dni),
      attendance: p.attendance,
      note: optional(p.note),
    })),
    identity: identity.checked
      ? { checked: true, fullName: identity.fullName, document: identity.document, number: identity.number }
      : { checked: false, reason: identity.reason },
    interpreter: interpreter.needed
      ? { needed: true, fullName: interpreter.fullName, language: interpreter.language, dni: optional(interpreter.dni) }
      : { needed: false },
    statement:
      statement.mode === 'given'
        ? { given: true, by: statement.by, text: statement.text }
        : { given: false, by: statement.by, reason: statement.mode },
    evidence: draft.evidence.map((e) => ({ kind: e.kind, description: e.description, ref: optional(e.ref) })),
    resolution: resolutionValue(draft, read, uemValueArs),
  };
  const parsed = HearingRecordSchema.safeParse(candidate);
  const problems: Record<string, RecordProblem> = { ...read.problems };
  if (!parsed.success) for (const issue of parsed.error.issues) problems[issue.path.join('.')] ??= recordProblem(issue);
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, record: parsed.data };
  return { ok: false, problems };
}
