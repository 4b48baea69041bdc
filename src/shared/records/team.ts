// Record kind: a team of the program («Equipo Centro») — its name, the base it leaves from and the coordinators
// (account usernames) who manage its people. Administrators make and change teams; a coordinator changes only the
// people of a team that names them (person-access.ts). Its id is made from its name when it is made, so the same
// name twice is refused ('already_exists'); renaming keeps the id.
import { z } from 'zod';
import { USERNAME_PATTERN } from '../auth/username.ts';
import { RosterIdSchema } from '../roster/roster-id.ts';
import { slug } from '../text/slug.ts';
import { withField } from '../util/with-field.ts';
import { defineRecordKind, mutationOf } from './kind.ts';

export const TEAM_NAME_MAX = 80;
export const TEAM_BASE_MAX = 120;
/** CoordinatorsSchema named on one team: a handful in practice; the bound keeps a record small. */
export const TEAM_COORDINATORS_MAX = 20;

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');
const CoordinatorsSchema = z
  .array(z.string().regex(USERNAME_PATTERN, 'invalid_value'))
  .max(TEAM_COORDINATORS_MAX, 'too_many')
  .refine((names) => new Set(names).size === names.length, 'duplicated');

export const TeamRecordSchema = z
  .object({
    id: RosterIdSchema,
    name: text(TEAM_NAME_MAX),
    base: text(TEAM_BASE_MAX).optional(),
    coordinators: CoordinatorsSchema,
    version: z.number().int().min(1),
  })
  .strict();
export type TeamRecord = z.infer<typeof TeamRecordSchema>;

/** A team's id from its name ('Equipo Centro' → 'eq-equipo-centro'). */
export const teamId = (name: string): string => `eq-${slug(name)}`.slice(0, 64);

const mutation = mutationOf<TeamRecord>();

export const teamKind = defineRecordKind<TeamRecord>()({
  entity: 'team',
  schema: TeamRecordSchema,
  // Whoever reads people reads their teams.
  readers: ['coordinator', 'dispatcher', 'administrator'],
  cache: 'records',
  mutations: {
    'team.create': mutation({
      fields: z.object({
        id: RosterIdSchema,
        name: text(TEAM_NAME_MAX),
        base: text(TEAM_BASE_MAX).optional(),
        coordinators: CoordinatorsSchema,
      }),
      roles: ['administrator'],
      apply: (current, { id, name, base, coordinators }) => {
        if (current) return { ok: false, reason: 'already_exists' };
        if (id !== teamId(name)) return { ok: false, reason: 'invalid' };
        return { ok: true, record: { id, name, ...(base ? { base } : {}), coordinators, version: 1 } };
      },
    }),
    // What is given changes; `base: null` takes the base away.
    'team.update': mutation({
      fields: z.object({
        id: RosterIdSchema,
        name: text(TEAM_NAME_MAX).optional(),
        base: text(TEAM_BASE_MAX).nullable().optional(),
        coordinators: CoordinatorsSchema.optional(),
      }),
      roles: ['administrator'],
      apply: (current, { name, base, coordinators }) => {
        if (!current) return { ok: false, reason: 'not_found' };
        const record = {
          ...current,
          name: name ?? current.name,
          coordinators: coordinators ?? current.coordinators,
          version: current.version + 1,
        };
        return { ok: true, record: base === undefined ? record : withField(record, 'base', base ?? undefined) };
      },
    }),
  },
});
