// Record kind: an incident of Despacho (issue 13) — complaints from every channel about one thing happening
// somewhere, the units sent to it and its timeline. docs/ARCHITECTURE.md, "Despacho".
//
// The incident and its units are two records. Sending a unit is a change to the incident that reads the unit and
// derives its next version at the hub (task, status "asignado"); so two dispatchers sending one unit to two
// incidents cannot both succeed — the second finds it busy and its console gets the refusal in the conflict inbox.
// Every incident change `rebases`: it is decided on the hub's current version (the timeline only grows, and the
// rules below check the state they find), because devices and other consoles change incidents all the time.
import { z } from 'zod';
import { INCIDENT_CATEGORIES, INCIDENT_OUTCOMES } from '../dispatch/codes.ts';
import { isFinal, progressOf } from '../dispatch/incident-progress.ts';
import { withStep } from '../dispatch/incident-updates.ts';
import { computePriority } from '../dispatch/priority.ts';
import type { Unit } from '../live/units.ts';
import { NumberedFindingSchema, type NumberedFinding } from '../operations/details.ts';
import { settingAt } from '../settings/dated.ts';
import { courtCaseKind, newCase } from './court-case.ts';
import { newNotice } from './notice.ts';
import {
  ComplaintSchema,
  IncidentPlaceSchema,
  IncidentSchema,
  InstantSchema,
  PriorityOverrideSchema,
  StatusNoteSchema,
  type Incident,
} from './incident-schema.ts';
import { defineRecordKind, mutationOf, type Applied, type DerivedRecord, type MutationContext } from './kind.ts';
import { personKind, type PersonRecord } from './person.ts';
import type { RefusalReason } from './refusals.ts';

const mutation = mutationOf<Incident>();
const DISPATCH = ['dispatcher', 'administrator'] as const;
const UNIT = 'unit';
const MINUTE = 60_000;
const refuse = (reason: RefusalReason): Applied<Incident> => ({ ok: false, reason });

const IdSchema = IncidentSchema.shape.id;
const UnitIdSchema = z.string().min(1).max(64);
const NoteSchema = z.string().trim().max(2_000, 'too_long');
const stepNotes = (fields: { note?: string | undefined; statusNote?: string | null | undefined }) => ({
  ...(fields.note ? { note: fields.note } : {}),
  ...(fields.statusNote ? { statusNote: fields.statusNote } : {}),
});
const notesFields = { statusNote: StatusNoteSchema.optional() };

const actor = (context: MutationContext) => ({ by: context.by, console: context.console });
/** A time the console sends (when the dispatcher acted): never later than this side's clock. */
const when = (at: number, context: MutationContext) => Math.min(at, context.now);
const unitOf = (context: MutationContext, id: string) => context.read(UNIT, id) as Unit | null;
const checkInMinutes = (context: MutationContext, at: number) => settingAt(context.settings(), 'dispatch.checkInMinutes', at);

/** An incident still open may be changed by `change`; anything else is refused here. */
function open(current: Incident | null, change: (incident: Incident) => Applied<Incident>): Applied<Incident> {
  if (!current) return refuse('not_found');
  if (isFinal(current.status)) return refuse('not_editable');
  return change(current);
}

/** A unit's next version when an incident sends it, or lets it go. */
const sent = (unit: Unit, incidentId: string, at: number): Unit => ({
  ...unit,
  task: { kind: 'incident', id: incidentId },
  status: 'dispatched',
  statusAt: at,
  statusSource: 'dispatcher',
  version: unit.version + 1,
});
const freed = (unit: Unit, at: number): Unit => ({
  ...unit,
  task: null,
  status: 'available',
  statusAt: Math.max(at, unit.statusAt ?? at),
  statusSource: 'dispatcher',
  version: unit.version + 1,
});
const derivedUnit = (record: Unit): DerivedRecord => ({ entity: UNIT, record });

/** The units an incident releases: those whose task is still this incident (this side may not hold them all). */
function released(incident: Incident, unitIds: readonly string[], at: number, context: MutationContext): Unit[] {
  return unitIds.flatMap((id) => {
    const unit = unitOf(context, id);
    return unit && unit.task?.kind === 'incident' && unit.task.id === incident.id ? [freed(unit, at)] : [];
  });
}

/** Where the incident stands with these units working it (their statuses as this side has them). */
function standing(incident: Incident, unitIds: readonly string[], moved: readonly Unit[], context: MutationContext) {
  const statuses = unitIds.map((id) => (moved.find((u) => u.id === id) ?? unitOf(context, id))?.status ?? 'dispatched');
  return progressOf(incident.status, statuses);
}

/** A final step (closed, cancelled, referred): the units go back to available, the clocks stop. */
function end(
  current: Incident,
  end: Pick<Incident, 'status'> & Partial<Incident>,
  step: Parameters<typeof withStep>[1],
  context: MutationContext,
) {
  const units = released(current, current.units, step.at, context);
  const record = withStep(current, step, actor(context), { ...end, units: [], closedAt: step.at, checkInDueAt: null });
  return { record, units };
}

/** Cancelled or referred: a final step with what the dispatcher said (why, or to whom), the units released. */
function withdrawn(
  current: Incident | null,
  status: 'cancelled' | 'referred',
  said: { readonly note: string } | { readonly detail: string },
  fields: { readonly at: number; readonly statusNote?: string | null | undefined },
  context: MutationContext,
): Applied<Incident> {
  return open(current, (incident) => {
    const step = { at: when(fields.at, context), action: status, ...said, ...stepNotes({ statusNote: fields.statusNote }) } as const;
    const { record, units } = end(incident, { status, statusNote: fields.statusNote ?? incident.statusNote }, step, context);
    return { ok: true, record, derived: units.map(derivedUnit) };
  });
}

/** The acta or notice a close records must be the outcome's; the others take no finding, or a matching one. */
const FINDING_OUTCOME: Partial<Record<Incident['outcome'] & string, NumberedFinding['finding']['outcome']>> = {
  warning: 'warning',
  notice: 'notice',
  acta: 'acta',
  no_finding: 'no_finding',
};
function findingFits(outcome: NonNullable<Incident['outcome']>, finding: NumberedFinding | null): boolean {
  const needs = FINDING_OUTCOME[outcome];
  if (outcome === 'acta' || outcome === 'notice') return finding?.finding.outcome === needs;
  return finding === null || finding.finding.outcome === needs;
}

/** An acta becomes a court case and a notice a follow-up, with the finding's id, as an operation's do. */
function findingRecordsOf(incident: Incident, finding: NumberedFinding | null, context: MutationContext): DerivedRecord[] {
  if (finding?.finding.outcome === 'notice') {
    const source = {
      origin: 'complaint',
      sourceId: incident.id,
      operationType: null,
      barrio: incident.place.barrio,
      surfaceM2: null,
    } as const;
    return newNotice(finding, source, context.now);
  }
  if (finding?.finding.outcome !== 'acta') return [];
  const { record } = finding.finding;
  const promoter = context.read(personKind.entity, record.promoterId) as PersonRecord | null;
  const fields = {
    id: finding.id,
    origin: 'complaint',
    operationId: null,
    operationType: null,
    record,
    barrio: incident.place.barrio,
  } as const;
  return [{ entity: courtCaseKind.entity, record: newCase({ ...fields, promoterName: promoter?.name ?? null }, context) }];
}

export const incidentKind = defineRecordKind<Incident>()({
  entity: 'incident',
  schema: IncidentSchema,
  // Complaints carry the reporters' contacts: dispatch roles only.
  readers: DISPATCH,
  cache: 'records',
  mutations: {
    // A complaint that is not about an open incident opens one, prioritised by the rules of its time.
    'incident.open': mutation({
      fields: z.object({
        id: IdSchema,
        category: z.enum(INCIDENT_CATEGORIES),
        priorityOverride: PriorityOverrideSchema.nullable(),
        place: IncidentPlaceSchema,
        description: z.string().trim().min(1, 'required').max(2_000, 'too_long'),
        complaint: ComplaintSchema,
        ...notesFields,
      }),
      roles: DISPATCH,
      apply: (current, fields, context) => {
        if (current) return refuse('already_exists');
        const rules = settingAt(context.settings(), 'dispatch.priorities', fields.complaint.receivedAt);
        if (!rules) return refuse('missing_settings');
        const openedAt = when(fields.complaint.receivedAt, context);
        const incident: Incident = {
          id: fields.id,
          category: fields.category,
          computedPriority: computePriority(fields.category, fields.complaint.receivedAt, rules),
          priorityOverride: fields.priorityOverride,
          place: fields.place,
          description: fields.description,
          complaints: [fields.complaint],
          status: 'received',
          units: [],
          openedAt,
          assignedAt: null,
          arrivedAt: null,
          closedAt: null,
          checkInDueAt: null,
          outcome: null,
          finding: null,
          statusNote: fields.statusNote ?? null,
          steps: [],
          version: 0,
        };
        const detail = fields.priorityOverride ? String(fields.priorityOverride.priority) : undefined;
        return {
          ok: true,
          record: withStep(
            incident,
            { at: openedAt, action: 'opened', ...(detail ? { detail } : {}), ...stepNotes(fields) },
            actor(context),
          ),
        };
      },
    }),
    // Another call about the same thing: linked to the incident, which counts its complaints.
    'incident.linkComplaint': mutation({
      fields: z.object({ id: IdSchema, complaint: ComplaintSchema }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, { complaint }, context) =>
        open(current, (incident) => {
          if (incident.complaints.some((c) => c.id === complaint.id)) return refuse('already_exists');
          if (incident.complaints.length >= 200) return refuse('invalid');
          const step = { at: when(complaint.receivedAt, context), action: 'complaint_linked', detail: complaint.channel } as const;
          return { ok: true, record: withStep(incident, step, actor(context), { complaints: [...incident.complaints, complaint] }) };
        }),
    }),
    'incident.setPriority': mutation({
      fields: z.object({ id: IdSchema, at: InstantSchema, priorityOverride: PriorityOverrideSchema.nullable() }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, { at, priorityOverride }, context) =>
        open(current, (incident) => {
          const priority = priorityOverride?.priority ?? incident.computedPriority;
          const step = {
            at: when(at, context),
            action: 'priority_changed',
            detail: String(priority),
            ...(priorityOverride ? { note: priorityOverride.reason } : {}),
          } as const;
          return { ok: true, record: withStep(incident, step, actor(context), { priorityOverride }) };
        }),
    }),
    // Send a unit (or send it instead of another). The unit must be free: a unit already working something else
    // is refused ('unit_busy'), which is how one of two dispatchers sending it at once is told.
    'incident.assign': mutation({
      fields: z.object({ id: IdSchema, unitId: UnitIdSchema, replacing: UnitIdSchema.nullable(), at: InstantSchema, ...notesFields }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, fields, context) =>
        open(current, (incident) => {
          const unit = unitOf(context, fields.unitId);
          if (!unit) return refuse('not_found');
          if (incident.units.includes(unit.id)) return refuse('already_exists');
          if (unit.task !== null) return refuse('unit_busy');
          if (unit.status === 'out_of_service') return refuse('unit_unavailable');
          if (fields.replacing !== null && !incident.units.includes(fields.replacing)) return refuse('not_found');
          if (incident.units.length >= 10 && fields.replacing === null) return refuse('invalid');
          const at = when(fields.at, context);
          const going = sent(unit, incident.id, at);
          const leaving = fields.replacing === null ? [] : released(incident, [fields.replacing], at, context);
          const units = [...incident.units.filter((id) => id !== fields.replacing), unit.id];
          const status = standing(incident, units, [going, ...leaving], context);
          let record = incident;
          if (fields.replacing !== null) record = withStep(record, { at, action: 'released', unitId: fields.replacing }, actor(context));
          const step = { at, action: 'assigned', unitId: unit.id, ...stepNotes(fields) } as const;
          const changes = { units, status, assignedAt: incident.assignedAt ?? at, statusNote: fields.statusNote ?? incident.statusNote };
          record = withStep(record, step, actor(context), changes);
          return { ok: true, record: { ...record, version: incident.version + 1 }, derived: [going, ...leaving].map(derivedUnit) };
        }),
    }),
    // Let a unit go: it is available again, and the incident goes back to the queue if it was the last one.
    'incident.release': mutation({
      fields: z.object({ id: IdSchema, unitId: UnitIdSchema, at: InstantSchema, ...notesFields }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, fields, context) =>
        open(current, (incident) => {
          if (!incident.units.includes(fields.unitId)) return refuse('not_found');
          const at = when(fields.at, context);
          const leaving = released(incident, [fields.unitId], at, context);
          const units = incident.units.filter((id) => id !== fields.unitId);
          const status = standing({ ...incident, status: 'received' }, units, leaving, context);
          const changes = {
            units,
            status,
            checkInDueAt: units.length ? incident.checkInDueAt : null,
            statusNote: fields.statusNote ?? incident.statusNote,
          };
          const record = withStep(
            incident,
            { at, action: 'released', unitId: fields.unitId, ...stepNotes(fields) },
            actor(context),
            changes,
          );
          return { ok: true, record, derived: leaving.map(derivedUnit) };
        }),
    }),
    // The crew on scene checked in (or the dispatcher acknowledged an overdue check-in): the clock starts again.
    'incident.checkIn': mutation({
      fields: z.object({ id: IdSchema, at: InstantSchema, acknowledgesAlert: z.boolean(), note: NoteSchema.optional(), ...notesFields }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, fields, context) =>
        open(current, (incident) => {
          const at = when(fields.at, context);
          const minutes = checkInMinutes(context, at);
          if (minutes === undefined) return refuse('missing_settings');
          const action = fields.acknowledgesAlert ? 'alert_acknowledged' : 'check_in';
          const step = { at, action, ...(fields.acknowledgesAlert ? { detail: 'check_in_overdue' } : {}), ...stepNotes(fields) } as const;
          const due = incident.arrivedAt === null ? null : at + minutes * MINUTE;
          return {
            ok: true,
            record: withStep(incident, step, actor(context), { checkInDueAt: due, statusNote: fields.statusNote ?? incident.statusNote }),
          };
        }),
    }),
    // A note on the timeline, for the desk or for the complainant.
    'incident.note': mutation({
      fields: z.object({ id: IdSchema, at: InstantSchema, note: NoteSchema.optional(), ...notesFields }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, fields, context) =>
        open(current, (incident) => {
          if (!fields.note && !fields.statusNote) return refuse('invalid');
          const step = { at: when(fields.at, context), action: 'note', ...stepNotes(fields) } as const;
          return { ok: true, record: withStep(incident, step, actor(context), { statusNote: fields.statusNote ?? incident.statusNote }) };
        }),
    }),
    // Closing takes the outcome; an acta becomes a case for the court desk, as an operation's does.
    'incident.close': mutation({
      fields: z.object({
        id: IdSchema,
        at: InstantSchema,
        outcome: z.enum(INCIDENT_OUTCOMES),
        finding: NumberedFindingSchema.nullable(),
        note: NoteSchema.optional(),
        ...notesFields,
      }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, fields, context) =>
        open(current, (incident) => {
          if (!findingFits(fields.outcome, fields.finding)) return refuse('invalid_result');
          const step = { at: when(fields.at, context), action: 'closed', detail: fields.outcome, ...stepNotes(fields) } as const;
          const changes = {
            status: 'closed',
            outcome: fields.outcome,
            finding: fields.finding,
            statusNote: fields.statusNote ?? incident.statusNote,
          } as const;
          const { record, units } = end(incident, changes, step, context);
          return { ok: true, record, derived: [...units.map(derivedUnit), ...findingRecordsOf(record, fields.finding, context)] };
        }),
    }),
    // Not for the program after all (a hoax, a call for the police): cancelled, or referred to whom it concerns.
    'incident.cancel': mutation({
      fields: z.object({
        id: IdSchema,
        at: InstantSchema,
        reason: z.string().trim().min(1, 'required').max(500, 'too_long'),
        ...notesFields,
      }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, fields, context) => withdrawn(current, 'cancelled', { note: fields.reason }, fields, context),
    }),
    'incident.refer': mutation({
      fields: z.object({ id: IdSchema, at: InstantSchema, to: z.string().trim().min(1, 'required').max(120, 'too_long'), ...notesFields }),
      roles: DISPATCH,
      rebase: true,
      apply: (current, fields, context) => withdrawn(current, 'referred', { detail: fields.to }, fields, context),
    }),
  },
});
