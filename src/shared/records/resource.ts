// Record kind: a resource of the roster — a vehicle with its plate, type, seats and whether it is in the workshop,
// or a measuring instrument (breathalyser, sound meter) with its serial and model, its last official verification
// or calibration and the certificate that proves it. Seeded by the hub (demo); an administrator adds an instrument
// (its id made from its kind and serial, so a serial cannot be added twice) or a vehicle (its id made from its
// plate, likewise); recording a new calibration and sending a vehicle to the workshop and back are one mutation
// each, by a coordinator or an administrator. How long a calibration is good for is the dated settings'
// (roster/calibration.ts, instrument-states.ts); the roster's «fuera de calibración» reads the same date, and its
// «en taller» the vehicle's status.
import { z } from 'zod';
import { IsoDateSchema } from '../settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../time/cordoba.ts';
import { normalisePlate, PLATE_MAX_TYPED } from '../roster/plate.ts';
import { RESOURCE_KINDS, VEHICLE_STATUSES, VEHICLE_TYPES, type InstrumentKind } from '../roster/types.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';
import { slug } from '../text/slug.ts';
import { withField } from '../util/with-field.ts';
import { defineRecordKind, mutationOf } from './kind.ts';

export const SEATS_MAX = 20;
export const RESOURCE_LABEL_MAX = 120;

export const ResourceRecordSchema = z
  .object({
    id: RosterIdSchema,
    kind: z.enum(RESOURCE_KINDS),
    label: z.string().min(1).max(RESOURCE_LABEL_MAX),
    /** Instruments: the manufacturer's serial number and the model. */
    serial: z.string().min(1).max(60).optional(),
    model: z.string().min(1).max(80).optional(),
    /** Instruments: the day of the last calibration (breathalysers: official verification), its start in Córdoba. */
    calibratedOn: z.number().int().min(0).optional(),
    /** The certificate (or verification act) of that calibration. */
    certificate: z.string().min(1).max(80).optional(),
    /** Vehicles: the plate in its kept form ('AB 123 CD', roster/plate.ts), the type and the seats (driver included). */
    plate: z.string().min(1).max(PLATE_MAX_TYPED).optional(),
    vehicleType: z.enum(VEHICLE_TYPES).optional(),
    seats: z.number().int().min(1).max(SEATS_MAX).optional(),
    /** Vehicles: absent = in service. */
    status: z.enum(VEHICLE_STATUSES).optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type ResourceRecord = z.infer<typeof ResourceRecordSchema>;

const mutation = mutationOf<ResourceRecord>();

const INSTRUMENT_KINDS = ['breathalyser', 'sound_meter'] as const satisfies readonly InstrumentKind[];
const ID_PREFIX: Readonly<Record<InstrumentKind, string>> = { breathalyser: 'alco', sound_meter: 'sono' };

/** A plate as typed, checked and kept in its one form (a plate not in use: 'invalid_format'). */
export const PlateSchema = z
  .string()
  .trim()
  .min(1, 'required')
  .max(PLATE_MAX_TYPED, 'too_long')
  .transform((typed, ctx) => normalisePlate(typed) ?? (ctx.addIssue({ code: 'custom', message: 'invalid_format' }), z.NEVER));

/** A vehicle's id from its plate, in any form ('ab-123-cd' → 'veh-ab-123-cd'). */
export const vehicleId = (plate: string): string => `veh-${slug(normalisePlate(plate) ?? plate)}`;

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
        label: text(RESOURCE_LABEL_MAX),
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
    // A new vehicle; its id is vehicleId(plate), its label the plate unless a name is given («Móvil 07»).
    'resource.createVehicle': mutation({
      fields: z.object({
        id: RosterIdSchema,
        plate: PlateSchema,
        vehicleType: z.enum(VEHICLE_TYPES),
        seats: z.number().int('invalid_value').min(1, 'too_small').max(SEATS_MAX, 'too_big'),
        label: text(RESOURCE_LABEL_MAX).optional(),
      }),
      roles: ['administrator'],
      apply: (current, { id, plate, vehicleType, seats, label }) => {
        if (current) return { ok: false, reason: 'already_exists' };
        if (id !== vehicleId(plate)) return { ok: false, reason: 'invalid' };
        return { ok: true, record: { id, kind: 'vehicle', label: label ?? plate, plate, vehicleType, seats, version: 1 } };
      },
    }),
    // «En taller» / «En servicio».
    'resource.setStatus': mutation({
      fields: z.object({ id: RosterIdSchema, status: z.enum(VEHICLE_STATUSES) }),
      roles: ['coordinator', 'administrator'],
      apply: (current, { status }) => {
        if (!current) return { ok: false, reason: 'not_found' };
        if (current.kind !== 'vehicle') return { ok: false, reason: 'not_a_vehicle' };
        if ((current.status ?? 'in_service') === status) return { ok: false, reason: 'invalid_transition' };
        return {
          ok: true,
          record: { ...withField(current, 'status', status === 'workshop' ? status : undefined), version: current.version + 1 },
        };
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
