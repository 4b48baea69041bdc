// The shape of a hearing (audiencia) at the Tribunal de Faltas: its slot in a court's room, and — once held — the
// record typed during it and its resolution (the same schemas the printed acta de audiencia takes). hearing.ts is
// its record kind.
import { z } from 'zod';
import {
  EvidenceItemSchema,
  HearingPartySchema,
  IdentityCheckSchema,
  InterpreterSchema,
  ResolutionSchema,
  StatementSchema,
} from '../court/documents/hearing-record.ts';
import { CourtIdSchema } from './court-case-schema.ts';

const epochMs = z.number().int().min(0);
const by = z.string().max(64).nullable();

/**
 * A hearing's id is its slot — court, room and start (Córdoba minute), e.g. "cpc-colon~sala-1~202612141030" — so two
 * desks booking the same room at the same time make the same record, and the hub keeps the first (the other desk
 * sees a conflict). Another time or room is another record; a rescheduled hearing is a new slot.
 */
export const HearingIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+~[a-z0-9-]+~\d{12}$/, 'invalid_value');

export const HEARING_STATUSES = ['scheduled', 'held', 'in_absentia', 'cancelled'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

export const HEARING_ACTIONS = ['scheduled', 'rescheduled', 'cancelled', 'recorded', 'held', 'signed', 'amended'] as const;

/** What is typed during the hearing; the resolution last (it may wait for the judge). */
export const HearingRecordSchema = z
  .object({
    parties: z.array(HearingPartySchema).min(1, 'required').max(20, 'too_many'),
    identity: IdentityCheckSchema,
    interpreter: InterpreterSchema,
    statement: StatementSchema,
    evidence: z.array(EvidenceItemSchema).max(50, 'too_many'),
    resolution: ResolutionSchema.nullable(),
  })
  .strict();
export type HearingRecord = z.output<typeof HearingRecordSchema>;

export const HearingSchema = z
  .object({
    id: HearingIdSchema,
    caseId: z.string().uuid(),
    /** Copied from the case when scheduled: the calendar shows it without reading cases. */
    caseNumber: z.string().max(40),
    offenderName: z.string().max(200),
    courtId: CourtIdSchema,
    room: z.string().min(1).max(40),
    judge: z.string().trim().min(1).max(120),
    start: epochMs,
    end: epochMs,
    status: z.enum(HEARING_STATUSES),
    history: z
      .array(
        z
          .object({
            at: epochMs,
            by,
            action: z.enum(HEARING_ACTIONS),
            reason: z.string().max(500).nullable(),
            other: HearingIdSchema.nullable(),
          })
          .strict(),
      )
      .max(100),
    record: HearingRecordSchema.nullable(),
    /** The clerk who recorded it, by name, for the acta's signature block (absent on hearings recorded before). */
    clerk: z.string().trim().min(1).max(120).nullable().optional(),
    /** Once a judge signs, the hearing is a court record: nothing changes it but an amendment, signed again. */
    signed: z
      .object({ by: z.string().max(64), at: epochMs })
      .strict()
      .nullable(),
    /** The signed hearing this one corrects. */
    amends: HearingIdSchema.nullable(),
    version: z.number().int().min(1),
  })
  .strict();
export type Hearing = z.output<typeof HearingSchema>;
