// Record kind: a patrol unit (docs/ARCHITECTURE.md, "Adding a record kind" and "Despacho"). Positions are not
// records: they travel as telemetry. Its status is reported by its crew's device (telemetry, at the hub) or set by
// a dispatcher; the newest report by time wins and both are recorded (../dispatch/unit-report.ts). What it works on
// is a link: an incident (set by the incident's assign, which reads the unit) or a planned operation (here). An
// administrator adds a unit (its id made from its call sign, as the demo's: «Móvil 01» → 'movil-01', so a call sign
// cannot be added twice); it starts out of service until its crew's device or a dispatcher reports it.
import { z } from 'zod';
import { EVERY_ROLE } from '../auth/roles.ts';
import { STATUS_SOURCES, TASK_KINDS } from '../dispatch/codes.ts';
import { afterUnitReport, withStep } from '../dispatch/incident-updates.ts';
import { reportStatus } from '../dispatch/unit-report.ts';
import { UNIT_KINDS, UNIT_STATUSES, type Unit } from '../live/units.ts';
import { settingAt } from '../settings/dated.ts';
import { slug } from '../text/slug.ts';
import type { Incident } from './incident-schema.ts';
import { InstantSchema } from './incident-schema.ts';
import { defineRecordKind, mutationOf, type Applied, type DerivedRecord, type MutationContext } from './kind.ts';

export const UnitTaskSchema = z.object({ kind: z.enum(TASK_KINDS), id: z.string().min(1).max(64) }).strict();

export const UnitSchema = z.object({
  id: z.string().min(1).max(64),
  callSign: z.string().min(1).max(64),
  kind: z.enum(UNIT_KINDS),
  crew: z.array(z.string().max(120)).max(20),
  status: z.enum(UNIT_STATUSES),
  statusAt: z.number().int().nullable(),
  statusSource: z.enum(STATUS_SOURCES).nullable(),
  task: UnitTaskSchema.nullable(),
  silenceAck: z
    .object({ lastSeenAt: z.number().int(), at: z.number().int(), by: z.string().max(64).nullable() })
    .strict()
    .nullable(),
  version: z.number().int().min(1),
});

/** A unit's id from its call sign («Móvil 21» → 'movil-21'): one id per call sign, so none is added twice. */
export const unitId = (callSign: string): string => slug(callSign).slice(0, 64);

const mutation = mutationOf<Unit>();
const DISPATCH = ['dispatcher', 'administrator'] as const;
const INCIDENT = 'incident';
const found = (current: Unit | null, change: (unit: Unit) => Applied<Unit>): Applied<Unit> =>
  current ? change(current) : { ok: false, reason: 'not_found' };

/** The incident a unit works on, as this side holds it. */
function incidentOf(unit: Unit, context: MutationContext): Incident | null {
  return unit.task?.kind === INCIDENT ? (context.read(INCIDENT, unit.task.id) as Incident | null) : null;
}

/**
 * A unit status report (a dispatcher's here, a device's at the hub's telemetry) and its line on the timeline of
 * the incident the unit works on — applied or, when older than the unit's newest report, only recorded.
 */
export function statusReported(
  unit: Unit,
  report: Parameters<typeof reportStatus>[1],
  context: MutationContext,
): { unit: Unit; derived: DerivedRecord[] } {
  const reported = reportStatus(unit, report);
  const incident = incidentOf(unit, context);
  if (!incident) return { unit: reported.unit, derived: [] };
  const minutes = settingAt(context.settings(), 'dispatch.checkInMinutes', report.at);
  if (minutes === undefined) return { unit: reported.unit, derived: [] };
  const unitStatuses = incident.units.map((id) =>
    id === unit.id ? reported.unit.status : ((context.read('unit', id) as Unit | null)?.status ?? 'dispatched'),
  );
  const next = afterUnitReport(
    incident,
    { unitId: unit.id, report, applied: reported.applied, unitStatuses, checkInMinutes: minutes },
    context,
  );
  return { unit: reported.unit, derived: [{ entity: INCIDENT, record: next }] };
}

export const unitKind = defineRecordKind<Unit>()({
  entity: 'unit',
  schema: UnitSchema,
  // Operational data of the patrol program: court roles get none (not even positions).
  readers: EVERY_ROLE.filter((role) => role !== 'court_clerk' && role !== 'judge'),
  cache: 'own',
  mutations: {
    // A new unit, out of service and free until it is reported; its id is unitId(callSign).
    'unit.create': mutation({
      fields: z.object({
        id: UnitSchema.shape.id,
        callSign: z.string().trim().min(1, 'required').max(64, 'too_long'),
        unitKind: z.enum(UNIT_KINDS), // the record's `kind`; the mutation's own is 'unit.create'
        crew: z.array(z.string().trim().min(1, 'required').max(120, 'too_long')).max(20, 'too_big').optional(),
      }),
      roles: ['administrator'],
      apply: (current, { id, callSign, unitKind: kind, crew }) => {
        if (current) return { ok: false, reason: 'already_exists' };
        if (!id || id !== unitId(callSign)) return { ok: false, reason: 'invalid' };
        const record: Unit = {
          id,
          callSign,
          kind,
          crew: crew ?? [],
          status: 'out_of_service',
          statusAt: null,
          statusSource: null,
          task: null,
          silenceAck: null,
          version: 1,
        };
        return { ok: true, record };
      },
    }),
    // A dispatcher sets the status the crew reports by radio. `at` is when: the newest report wins.
    'unit.setStatus': mutation({
      fields: z.object({ id: UnitSchema.shape.id, status: z.enum(UNIT_STATUSES), at: InstantSchema }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, { status, at }, context) =>
        found(current, (unit) => {
          const { unit: record, derived } = statusReported(unit, { status, at: Math.min(at, context.now), source: 'dispatcher' }, context);
          return { ok: true, record, derived };
        }),
    }),
    // A unit kept for a planned operation (or freed from it). Incidents send units through their own assign.
    'unit.setTask': mutation({
      fields: z.object({ id: UnitSchema.shape.id, task: UnitTaskSchema.extend({ kind: z.literal('operation') }).nullable() }),
      roles: DISPATCH,
      apply: (current, { task }, context) =>
        found(current, (unit) => {
          if (unit.task?.kind === INCIDENT) return { ok: false, reason: 'unit_busy' };
          if (task && !context.read('operation', task.id)) return { ok: false, reason: 'not_found' };
          return { ok: true, record: { ...unit, task, version: unit.version + 1 } };
        }),
    }),
    // Someone saw that the unit stopped reporting: its alert is quiet until it reports again (and then stops again).
    'unit.acknowledgeSilence': mutation({
      fields: z.object({ id: UnitSchema.shape.id, lastSeenAt: z.number().int().min(0), at: InstantSchema }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, { lastSeenAt, at }, context) =>
        found(current, (unit) => {
          const seen = Math.min(at, context.now);
          const record = { ...unit, silenceAck: { lastSeenAt, at: seen, by: context.by }, version: unit.version + 1 };
          // The unit's incident keeps it on its timeline too: whoever reads the incident sees its crew went silent.
          const incident = incidentOf(unit, context);
          const step = { at: seen, action: 'alert_acknowledged', unitId: unit.id, detail: 'unit_silent' } as const;
          const derived = incident ? [{ entity: INCIDENT, record: withStep(incident, step, context) }] : [];
          return { ok: true, record, derived };
        }),
    }),
  },
});
