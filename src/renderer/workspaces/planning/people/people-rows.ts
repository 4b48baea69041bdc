// Runs in: the renderer (pure). The Personal table's rows: each person with their team's name and the absence that
// matters today — the one they are on, else the next one — sorted by name, for one team or all («Sin equipo»: ''),
// and whether the signed-in person may change them (the shared rule, person-access.ts).
import type { SessionUser } from '../../../../shared/api/session.ts';
import { canManagePerson } from '../../../../shared/records/person-access.ts';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';
import type { Absence } from '../../../../shared/roster/absences.ts';

export interface PersonRow {
  readonly person: PersonRecord;
  readonly team: TeamRecord | null;
  /** The absence they are on today (`now`) or, failing that, the next one. */
  readonly absence: { readonly absence: Absence; readonly now: boolean } | null;
  readonly mayManage: boolean;
}

/** `user` null: nobody signed in (the core then takes local writes, so nothing is held back). */
export function personRows(
  people: readonly PersonRecord[],
  teams: readonly TeamRecord[],
  team: string | null,
  today: string,
  user: Pick<SessionUser, 'role' | 'username'> | null,
): PersonRow[] {
  const byId = new Map(teams.map((t) => [t.id, t]));
  return people
    .filter((p) => team === null || (p.team ?? '') === team)
    .map((person) => {
      const own = person.team === undefined ? null : (byId.get(person.team) ?? null);
      const current = person.absences?.find((a) => a.from <= today && today <= a.to);
      const next = person.absences?.find((a) => a.from > today);
      return {
        person,
        team: own,
        absence: current ? { absence: current, now: true } : next ? { absence: next, now: false } : null,
        mayManage: user === null || canManagePerson(user.role, user.username, own),
      };
    })
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'es'));
}

/** The teams a new person may be put in by `user`. */
export function teamsFor(teams: readonly TeamRecord[], user: Pick<SessionUser, 'role' | 'username'> | null): TeamRecord[] {
  return teams.filter((t) => user === null || canManagePerson(user.role, user.username, t));
}
