// Record kind: a resource of the roster — a vehicle or a measuring instrument (breathalyser, sound meter) with its
// serial and model, its last official verification or calibration and the certificate that proves it. Seeded by the
// hub (demo); an administrator adds an instrument (its id made from its kind and serial, so a serial cannot be
// added twice); recording a new calibration is one mutation, by a coordinator or an administrator. How long one is
// good for is the dated settings' (roster/calibration.ts, instrument-states.ts); the roster's «fuera de
// calibración» reads the same date.
import { z } from 'zod';
import { IsoDateSchema } from '../settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../time/cordoba.ts';
import { RESOURCE_KINDS, type InstrumentKind } from '../roster/types.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';
import { slug } from '../text/slug.ts';
import { defineRecordKind, mutationOf } from './kind.ts';

export const ResourceRecordSchema = z
  .object({
    id: RosterIdSchema,
    kind: z.enum(RESOURCE_KINDS),
    label: z.string().min(1).max(120),
    /** Instruments: the manufacturer's serial number and the model. */
    serial: z.string().min(1).max(60).optional(),
    model: z.string().min(1).max(80).optional(),
    /** Instruments: the day of the last calibration (breathalysers: official verification), its start in Córdoba. */
    calibratedOn: z.number().int().min(0).optional(),
    /** The certificate (or verification act) of that calibration. */
    certificate: z.string().min(1).max(80).optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type ResourceRecord = z.infer<typeof ResourceRecordSchema>;

const mutation = mutationOf<ResourceRecord>();

const INSTRUMENT_KINDS = ['breathalyser', 'sound_meter'] as const satisfies readonly InstrumentKind[];
const ID_PREFIX: Readonly<Record<InstrumentKind, string>> = { breathalyser: 'alco', sound_meter: 'sono' };

/** An instrument's id from its kind and serial ('alco-ds-2026-0415'): one id per serial, so none is added twice. */
export const instrumentId = (kind: InstrumentKind, serial: string): string => `${ID_PREFIX[kind]}-${slug(serial)}`.slice(0, 64);

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

/** The day recorded for a calibration: its first instant in Córdoba; refused after today. */
const calibrationDay = (day: string, now: number): number | null => (day > cordobaIsoDate(now) ? null : cordobaDayRange(day)![0]);

export const resourceKind = defineRecordKind<ResourceRecord>()({
  entity: 'resource',
  schema: ResourceRecordSchema,
  readers: ['coordinator', 'dispatcher', 'administrator'],
  cache: 'records',
  mutations: {
    // A new instrument (`instrument`: its kind), with its last calibration if it has one. Its id is
    // instrumentId(instrument, serial).
    'resource.create': mutation({
      fields: z.object({
        id: RosterIdSchema,
        instrument: z.enum(INSTRUMENT_KINDS),
        label: text(120),
        serial: text(60),
        model: text(80).optional(),
        calibration: z
          .object({ on: IsoDateSchema, certificate: text(80) })
          .strict()
          .optional(),
      }),
      roles: ['administrator'],
      apply: (current, { id, instrument: kind, label, serial, model, calibration }, context) => {
        if (current) return { ok: false, reason: 'already_exists' };
        if (id !== instrumentId(kind, serial)) return { ok: false, reason: 'invalid' };
        const day = calibration ? calibrationDay(calibration.on, context.now) : undefined;
        if (day === null) return { ok: false, reason: 'future_date' };
        const record: ResourceRecord = { id, kind, label, serial, ...(model ? { model } : {}), version: 1 };
        return { ok: true, record: calibration ? { ...record, calibratedOn: day, certificate: calibration.certificate } : record };
      },
    }),
    // A new calibration: its day (not after today, not before the one recorded) and its certificate.
    'resource.calibrate': mutation({
      fields: z.object({
        id: RosterIdSchema,
        calibratedOn: IsoDateSchema,
        certificate: text(80),
      }),
      roles: ['coordinator', 'administrator'],
      apply: (current, { calibratedOn, certificate }, context) => {
        if (!current) return { ok: false, reason: 'not_found' };
        if (current.kind === 'vehicle') return { ok: false, reason: 'not_an_instrument' };
        const day = calibrationDay(calibratedOn, context.now);
        if (day === null) return { ok: false, reason: 'future_date' };
        if (current.calibratedOn !== undefined && day < cordobaDayRange(cordobaIsoDate(current.calibratedOn))![0]) {
          return { ok: false, reason: 'older_calibration' };
        }
        return { ok: true, record: { ...current, calibratedOn: day, certificate, version: current.version + 1 } };
      },
    }),
  },
});
