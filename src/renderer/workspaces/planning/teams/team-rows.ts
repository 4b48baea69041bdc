// Runs in: the renderer (pure). The «Equipos» table's rows: each team, sorted by name, with its coordinators —
// named as the console knows the accounts (the signed-in person, the embedded hub's demo accounts, and for an
// administrator the hub's accounts; the username alone when it does not, e.g. offline) — and how many active people
// it has (people de baja stay in their team but are not counted: they are offered for nothing).
import type { SessionUser } from '../../../../shared/api/session.ts';
import { isActive, type PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';

export interface TeamRow {
  readonly team: TeamRecord;
  readonly coordinators: readonly { readonly username: string; readonly displayName: string | null }[];
  readonly activePeople: number;
}

type Account = Pick<SessionUser, 'username' | 'displayName'>;

export function teamRows(teams: readonly TeamRecord[], people: readonly PersonRecord[], accounts: readonly Account[]): TeamRow[] {
  const names = new Map(accounts.map((a) => [a.username, a.displayName]));
  const active = new Map<string, number>();
  for (const person of people)
    if (person.team !== undefined && isActive(person)) active.set(person.team, (active.get(person.team) ?? 0) + 1);
  return teams
    .map((team) => ({
      team,
      coordinators: team.coordinators.map((username) => ({ username, displayName: names.get(username) ?? null })),
      activePeople: active.get(team.id) ?? 0,
    }))
    .sort((a, b) => a.team.name.localeCompare(b.team.name, 'es'));
}
