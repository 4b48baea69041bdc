// Record kind: a patrol unit (docs/ARCHITECTURE.md, "Adding a record kind"). Its status is the device's to report
// (telemetry, at the hub); people only assign it a task. Positions are not records: they travel as telemetry.
import { z } from 'zod';
import { EVERY_ROLE } from '../auth/roles.ts';
import { MAX_UNIT_ASSIGNMENT, UNIT_KINDS, UNIT_STATUSES, type Unit } from '../live/units.ts';
import { defineRecordKind, mutationOf } from './kind.ts';

export const UnitSchema = z.object({
  id: z.string().min(1).max(64),
  callSign: z.string().min(1).max(64),
  kind: z.enum(UNIT_KINDS),
  crew: z.array(z.string().max(120)).max(20),
  status: z.enum(UNIT_STATUSES),
  assignment: z.string().max(MAX_UNIT_ASSIGNMENT).nullable(),
  version: z.number().int().min(1),
});

/** A task a dispatcher assigns to a unit (the console's form, the ConsoleApi and the hub check the same rule). */
export const UnitAssignmentSchema = z.string().trim().min(1, 'required').max(MAX_UNIT_ASSIGNMENT, 'too_long');

const mutation = mutationOf<Unit>();
const DISPATCH = ['dispatcher', 'administrator'] as const;

export const unitKind = defineRecordKind<Unit>()({
  entity: 'unit',
  schema: UnitSchema,
  // Operational data of the patrol program: court roles get none (not even positions).
  readers: EVERY_ROLE.filter((role) => role !== 'court_clerk' && role !== 'judge'),
  cache: 'own',
  mutations: {
    // A dispatcher sends a patrol to a task (or frees it). The status stays the device's to report.
    'unit.assign': mutation({
      fields: z.object({ id: UnitSchema.shape.id, assignment: UnitAssignmentSchema.nullable() }),
      roles: DISPATCH,
      apply: (current, { assignment }) =>
        current ? { ok: true, record: { ...current, assignment, version: current.version + 1 } } : { ok: false, reason: 'not_found' },
    }),
  },
});
