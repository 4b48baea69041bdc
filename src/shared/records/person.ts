// Record kind: a person of the roster (person-schema.ts). Administrators add and change anyone; a coordinator only
// the people of a team they coordinate (person-access.ts) — the team is read from what this side holds, so the hub
// decides on its own copy. Absences are added and removed one at a time and decided on the current version
// (rebase): two coordinators recording different leaves of one person do not conflict, overlapping ones are refused.
import { z } from 'zod';
import { ABSENCES_MAX, AbsenceSchema, absencesOverlap } from '../roster/absences.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';
import { withField } from '../util/with-field.ts';
import { defineRecordKind, mutationOf, type Applied, type MutationContext } from './kind.ts';
import { canManagePerson } from './person-access.ts';
import {
  ContactSchema,
  PersonBaseSchema,
  PersonNameSchema,
  PersonRecordSchema,
  personId,
  QualificationsSchema,
  StaffNumberSchema,
  type PersonRecord,
} from './person-schema.ts';
import type { TeamRecord } from './team.ts';

export type { PersonRecord };

const mutation = mutationOf<PersonRecord>();

/** Why the person signed in may not change people of these teams (undefined: they may). */
function teamRefusal(context: MutationContext, teamIds: readonly (string | undefined)[]): Applied<PersonRecord> | undefined {
  for (const id of teamIds) {
    const team = id === undefined ? null : (context.read('team', id) as TeamRecord | null);
    if (id !== undefined && !team) return { ok: false, reason: 'unknown_team' };
    if (!canManagePerson(context.role, context.by, team)) return { ok: false, reason: 'not_your_team' };
  }
  return undefined;
}

/** An optional field as `update` gives it: a value replaces, null takes it away, absent leaves it. */
function withOptional<K extends 'base' | 'contact'>(person: PersonRecord, key: K, value: PersonRecord[K] | null | undefined): PersonRecord {
  return value === undefined ? person : withField(person, key, value ?? undefined);
}

const changed = (person: PersonRecord): Applied<PersonRecord> => ({ ok: true, record: { ...person, version: person.version + 1 } });

export const personKind = defineRecordKind<PersonRecord>()({
  entity: 'person',
  schema: PersonRecordSchema,
  // Those who plan and dispatch (and the administrator); court roles see the promoter's name on the case instead.
  readers: ['coordinator', 'dispatcher', 'administrator'],
  cache: 'records',
  mutations: {
    // A new person; their id is personId(staffNumber).
    'person.create': mutation({
      fields: z.object({
        id: RosterIdSchema,
        staffNumber: StaffNumberSchema,
        name: PersonNameSchema,
        qualifications: QualificationsSchema,
        team: RosterIdSchema,
        base: PersonBaseSchema.optional(),
        contact: ContactSchema.optional(),
      }),
      roles: ['coordinator', 'administrator'],
      apply: (current, { id, staffNumber, name, qualifications, team, base, contact }, context) => {
        if (current) return { ok: false, reason: 'already_exists' };
        if (id !== personId(staffNumber)) return { ok: false, reason: 'invalid' };
        const refused = teamRefusal(context, [team]);
        if (refused) return refused;
        const record: PersonRecord = { id, staffNumber, name, qualifications, team, version: 1 };
        return { ok: true, record: withOptional(withOptional(record, 'base', base), 'contact', contact) };
      },
    }),
    // Name, qualifications, team (a coordinator moves people only between teams they coordinate), base, contact.
    'person.update': mutation({
      fields: z.object({
        id: RosterIdSchema,
        name: PersonNameSchema.optional(),
        qualifications: QualificationsSchema.optional(),
        team: RosterIdSchema.optional(),
        base: PersonBaseSchema.nullable().optional(),
        contact: ContactSchema.nullable().optional(),
      }),
      roles: ['coordinator', 'administrator'],
      apply: (current, { name, qualifications, team, base, contact }, context) => {
        if (!current) return { ok: false, reason: 'not_found' };
        const refused = teamRefusal(context, team === undefined || team === current.team ? [current.team] : [current.team, team]);
        if (refused) return refused;
        const next = { ...current, name: name ?? current.name, qualifications: qualifications ?? current.qualifications };
        return changed(withOptional(withOptional({ ...next, ...(team ? { team } : {}) }, 'base', base), 'contact', contact));
      },
    }),
    // «Dar de baja» / «Reactivar»: nobody is deleted.
    'person.setActive': mutation({
      fields: z.object({ id: RosterIdSchema, active: z.boolean() }),
      roles: ['coordinator', 'administrator'],
      apply: (current, { active }, context) => {
        if (!current) return { ok: false, reason: 'not_found' };
        const refused = teamRefusal(context, [current.team]);
        if (refused) return refused;
        if ((current.active !== false) === active) return { ok: false, reason: 'invalid_transition' };
        return changed(withField(current, 'active', active ? undefined : false));
      },
    }),
    'person.addAbsence': mutation({
      fields: z.object({ id: RosterIdSchema, absence: AbsenceSchema }),
      roles: ['coordinator', 'administrator'],
      rebase: true,
      apply: (current, { absence }, context) => {
        if (!current) return { ok: false, reason: 'not_found' };
        const refused = teamRefusal(context, [current.team]);
        if (refused) return refused;
        const absences = current.absences ?? [];
        if (absences.some((a) => a.id === absence.id)) return { ok: false, reason: 'already_exists' };
        if (absences.some((a) => absencesOverlap(a, absence))) return { ok: false, reason: 'overlapping_absence' };
        if (absences.length >= ABSENCES_MAX) return { ok: false, reason: 'invalid_plan' };
        const sorted = [...absences, absence].sort((a, b) => (a.from < b.from ? -1 : 1));
        return changed({ ...current, absences: sorted });
      },
    }),
    'person.removeAbsence': mutation({
      fields: z.object({ id: RosterIdSchema, absenceId: RosterIdSchema }),
      roles: ['coordinator', 'administrator'],
      rebase: true,
      apply: (current, { absenceId }, context) => {
        if (!current) return { ok: false, reason: 'not_found' };
        const refused = teamRefusal(context, [current.team]);
        if (refused) return refused;
        const absences = current.absences ?? [];
        if (!absences.some((a) => a.id === absenceId)) return { ok: false, reason: 'not_found' };
        return changed({ ...current, absences: absences.filter((a) => a.id !== absenceId) });
      },
    }),
  },
});
