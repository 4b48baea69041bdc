// Record kind: a resource of the roster — a vehicle or a measuring instrument (breathalyser, sound meter) with its
// last official verification or calibration and the certificate that proves it. Seeded by the hub (demo); recording
// a new calibration is one mutation, by a coordinator or an administrator. How long one is good for is the dated
// settings' (roster/calibration.ts, instruments-due.ts); the roster's «fuera de calibración» reads the same date.
import { z } from 'zod';
import { IsoDateSchema } from '../settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../time/cordoba.ts';
import { RESOURCE_KINDS } from '../roster/types.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';
import { defineRecordKind, mutationOf } from './kind.ts';

export const ResourceRecordSchema = z
  .object({
    id: RosterIdSchema,
    kind: z.enum(RESOURCE_KINDS),
    label: z.string().min(1).max(120),
    /** Instruments: the day of the last calibration (breathalysers: official verification), its start in Córdoba. */
    calibratedOn: z.number().int().min(0).optional(),
    /** The certificate (or verification act) of that calibration. */
    certificate: z.string().min(1).max(80).optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type ResourceRecord = z.infer<typeof ResourceRecordSchema>;

const mutation = mutationOf<ResourceRecord>();

export const resourceKind = defineRecordKind<ResourceRecord>()({
  entity: 'resource',
  schema: ResourceRecordSchema,
  readers: ['coordinator', 'dispatcher', 'administrator'],
  cache: 'records',
  mutations: {
    // A new calibration: its day (not after today, not before the one recorded) and its certificate.
    'resource.calibrate': mutation({
      fields: z.object({
        id: RosterIdSchema,
        calibratedOn: IsoDateSchema,
        certificate: z.string().trim().min(1, 'required').max(80, 'too_long'),
      }),
      roles: ['coordinator', 'administrator'],
      apply: (current, { calibratedOn, certificate }, context) => {
        if (!current) return { ok: false, reason: 'not_found' };
        if (current.kind === 'vehicle') return { ok: false, reason: 'not_an_instrument' };
        if (calibratedOn > cordobaIsoDate(context.now)) return { ok: false, reason: 'future_date' };
        const day = cordobaDayRange(calibratedOn)![0];
        if (current.calibratedOn !== undefined && day < cordobaDayRange(cordobaIsoDate(current.calibratedOn))![0]) {
          return { ok: false, reason: 'older_calibration' };
        }
        return { ok: true, record: { ...current, calibratedOn: day, certificate, version: current.version + 1 } };
      },
    }),
  },
});
