// Runs in: Node. The printed documents' inputs from the records: a case, its hearing and the dated settings in
// force on the day that fixes each figure (the notification for the offer and the term, the signing for the
// fines — already fixed in the signed record). What a record cannot give yet (no notification, an offender known
// only by a plate) is a refusal with its reason, never a document with a blank.
import type { CitationDocumentInput } from '../../../shared/court/documents/citation.ts';
import type { ActaFacts, Court, DocumentOffender, Official } from '../../../shared/court/documents/fields.ts';
import type { HearingRecordDocumentInput } from '../../../shared/court/documents/hearing-record.ts';
import { isProvisional } from '../../../shared/court/case-number.ts';
import { discounted, uemToCents } from '../../../shared/court/amounts.ts';
import { offenceCategory } from '../../../shared/court/offence-category.ts';
import type { CourtCase } from '../../../shared/records/court-case-schema.ts';
import type { Hearing } from '../../../shared/records/hearing-schema.ts';
import type { RefusalReason } from '../../../shared/records/refusals.ts';
import { settingOnDay, type SettingEntry } from '../../../shared/settings/dated.ts';
import { cordobaIsoDate } from '../../../shared/time/cordoba.ts';
import type { Translate } from './text/translator.ts';

export interface DocumentSources {
  readonly courtCase: CourtCase;
  readonly hearing: Hearing;
  readonly settings: readonly SettingEntry[];
  /** Who issues the document at the desk (the signed-in person); the acta names the clerk who recorded it. */
  readonly clerk: string;
  readonly now: number;
  readonly t: Translate;
}

type Built<T> = { readonly ok: true; readonly input: T } | { readonly ok: false; readonly reason: RefusalReason };

function offenderOf({ record }: CourtCase): DocumentOffender | null {
  const o = record.offender;
  if (o.kind === 'person') return { kind: 'person', fullName: o.fullName, dni: o.dni, ...(o.address ? { address: o.address } : {}) };
  if (o.kind === 'company') return { kind: 'company', name: o.name, cuit: o.cuit, ...(o.address ? { address: o.address } : {}) };
  return null;
}

/** The court as printed, with the desk hours in force on the hearing's day (null when no hours are set). */
function courtOf({ hearing, settings, t }: DocumentSources): Court | null {
  const day = cordobaIsoDate(hearing.start);
  const court = settingOnDay(settings, 'court.courts', day)?.find((c) => c.id === hearing.courtId);
  const hours = settingOnDay(settings, 'court.hearingHours', day);
  if (!hours) return null;
  return {
    name: court?.name ?? hearing.courtId,
    address: court?.cpc ? t('sources.cpcAddress', { cpc: court.cpc }) : t('sources.tribunalAddress'),
    deskHours: t('sources.deskHours', { start: hours.start, end: hours.end }),
  };
}

function actaOf({ courtCase, t }: DocumentSources): ActaFacts {
  const { record, promoterName, id } = courtCase;
  const { norm, article, suffix } = record.legalBasis;
  return {
    number: t('sources.actaNumber', { id: id.slice(0, 8).toUpperCase() }),
    occurredAt: record.occurredAt,
    place: record.place.address,
    description: record.description,
    ...(promoterName ? { promoterName } : {}),
    legalBasis: [{ norm, article, ...(suffix ? { suffix } : {}) }],
  };
}

/**
 * When the hearing took place: as scheduled, unless it was held (recorded) earlier — a desk may take a hearing
 * before its slot — or ended earlier than its slot.
 */
function heldBetween(hearing: Hearing): { startedAt: number; endedAt: number } {
  const heldAt = hearing.history.find((h) => h.action === 'held')?.at ?? hearing.end;
  const startedAt = Math.min(hearing.start, heldAt);
  return { startedAt, endedAt: Math.max(startedAt, Math.min(hearing.end, heldAt)) };
}

const official = (fullName: string, title: string): Official => ({ fullName, title });

/** The cédula de notificación y citación to a scheduled hearing of a notified case. */
export function citationInput(sources: DocumentSources): Built<CitationDocumentInput> {
  const { courtCase, hearing, settings, now, t } = sources;
  const notification = courtCase.notification;
  const offender = offenderOf(courtCase);
  if (!notification) return { ok: false, reason: 'not_notified' };
  if (!offender) return { ok: false, reason: 'offender_unidentified' };
  if (hearing.start <= now) return { ok: false, reason: 'hearing_past' };
  const term = settingOnDay(settings, 'court.defenceDeadlines', notification.notifiedOn)?.[
    offenceCategory(courtCase.origin, courtCase.operationType)
  ];
  const court = courtOf(sources);
  if (!term || !court) return { ok: false, reason: 'missing_settings' };
  const { offerUem, uemValueArs, discountPct, due } = notification;
  const fine = { uem: offerUem, uemValueCents: Math.round(uemValueArs * 100), amountCents: uemToCents(offerUem, uemValueArs) };
  const offered = offerUem > 0 && discountPct > 0 && due >= cordobaIsoDate(now) && courtCase.defence === null;
  const number = courtCase.number ?? '';
  return {
    ok: true,
    input: {
      caseNumber: number,
      issuedAt: now,
      court,
      clerk: official(sources.clerk, t('sources.clerkTitle')),
      offender,
      acta: actaOf(sources),
      hearing: { at: hearing.start, room: hearing.room, address: court.address },
      voluntaryPayment: offered
        ? { fine, discountPct, discountedAmountCents: discounted(fine.amountCents, discountPct), deadline: due }
        : null,
      defence: { deadline: due, days: term.days, businessDays: term.businessDays, channels: ['cidi', 'in_person'] },
      delivery: notification.channel === 'address' ? 'post' : notification.channel,
      signature: isProvisional(number) ? { status: 'draft' } : { status: 'signed', signedAt: now },
    },
  };
}

/** The acta de audiencia of a held hearing with its resolution (a draft until a judge signs it). */
export function hearingRecordInput(sources: DocumentSources): Built<HearingRecordDocumentInput> {
  const { courtCase, hearing, now, t } = sources;
  const record = hearing.record;
  const offender = offenderOf(courtCase);
  if (!record?.resolution || hearing.status === 'scheduled' || hearing.status === 'cancelled')
    return { ok: false, reason: 'invalid_transition' };
  if (!offender) return { ok: false, reason: 'offender_unidentified' };
  const court = courtOf(sources);
  if (!court) return { ok: false, reason: 'missing_settings' };
  const present = record.parties.some((p) => p.role === 'offender' && (p.attendance === 'present' || p.attendance === 'remote'));
  // Signed in this console before the hub numbered the case: a draft until the hub's number comes back.
  const signed = isProvisional(courtCase.number ?? '') ? null : hearing.signed;
  return {
    ok: true,
    input: {
      caseNumber: courtCase.number ?? '',
      issuedAt: now,
      court,
      judge: official(hearing.judge, t('sources.judgeTitle')),
      clerk: official(hearing.clerk ?? sources.clerk, t('sources.clerkTitle')),
      hearing: { ...heldBetween(hearing), room: hearing.room },
      offender,
      acta: actaOf(sources),
      parties: record.parties,
      identity: record.identity,
      interpreter: record.interpreter,
      statement: record.statement,
      evidence: record.evidence,
      resolution: record.resolution,
      signatures: signed
        ? {
            status: 'signed',
            judgeSignedAt: signed.at,
            clerkSignedAt: signed.at,
            offender: present ? 'signed' : 'absent',
            ...(present ? { offenderSignedAt: signed.at } : {}),
          }
        : { status: 'draft' },
    },
  };
}
