// Runs in: the renderer (pure). «Nuevo equipo» and «Editar» a team (administrators): its name, base and the
// coordinators' usernames as the team.create or team.update change, checked by the kind's schema
// (writes/schema-check.ts) — a username's characters, a list's length and a name repeated in it are the schema's,
// not repeated here. A new team's id is made from its name, so a name like one already made (the same id) is refused
// here before the hub would ('already_exists'); a team keeps its id when renamed, and is not renamed to another's
// name. The username typed but not yet added counts as added: what the person sees in the form is what is sent.
import { teamId, type TeamRecord } from '../../../../shared/records/team.ts';
import type { Checked } from '../../../writes/use-checked-form.ts';
import { checkBySchema } from '../../../writes/schema-check.ts';

export interface TeamValues {
  readonly name: string;
  readonly base: string;
  /** The username being added to the coordinators. */
  readonly coordinator: string;
}
export type TeamField = keyof TeamValues;
export const TEAM_PROBLEMS = ['required', 'too_long', 'invalid_value', 'duplicated', 'too_many', 'exists'] as const;
export type TeamProblem = (typeof TEAM_PROBLEMS)[number];

/** The form for a new team, or filled with `team`'s values. */
export const teamValues = (team: TeamRecord | null): TeamValues => ({ name: team?.name ?? '', base: team?.base ?? '', coordinator: '' });

const fieldOf = (path: readonly PropertyKey[]): TeamField => {
  const field = String(path[0]);
  return field === 'coordinators' ? 'coordinator' : field === 'base' ? 'base' : 'name';
};

/** Whether `name` is taken by another team: its name alike (the same id made from it) or, for a new team, its id. */
function nameTaken(name: string, teams: readonly TeamRecord[], editing: TeamRecord | null): boolean {
  const id = teamId(name);
  return teams.some((team) => team.id !== editing?.id && (teamId(team.name) === id || (editing === null && team.id === id)));
}

export function checkTeam(
  values: TeamValues,
  coordinators: readonly string[],
  editing: TeamRecord | null,
  teams: readonly TeamRecord[],
): Checked<TeamField, TeamProblem> {
  const name = values.name.trim();
  const base = values.base.trim();
  const typed = values.coordinator.trim();
  const list = typed ? [...coordinators, typed] : [...coordinators];
  const mutation = editing
    ? { kind: 'team.update', id: editing.id, name, base: base || null, coordinators: list }
    : { kind: 'team.create', id: teamId(name), name, ...(base ? { base } : {}), coordinators: list };
  const checked = checkBySchema(mutation, fieldOf, TEAM_PROBLEMS, 'invalid_value');
  if (!name || !nameTaken(name, teams, editing)) return checked;
  const problems = checked.ok ? {} : checked.problems;
  return { ok: false, problems: { ...problems, name: problems.name ?? 'exists' } };
}

/**
 * «Agregar» a coordinator: the list with the typed username, or what is wrong with it — the form's own check, so
 * adding says what saving would.
 */
export function addCoordinator(
  values: TeamValues,
  coordinators: readonly string[],
  editing: TeamRecord | null,
  teams: readonly TeamRecord[],
): { readonly ok: true; readonly coordinators: readonly string[] } | { readonly ok: false; readonly problem: TeamProblem } {
  const typed = values.coordinator.trim();
  if (!typed) return { ok: false, problem: 'required' };
  const checked = checkTeam(values, coordinators, editing, teams);
  const problem = checked.ok ? undefined : checked.problems.coordinator;
  return problem ? { ok: false, problem } : { ok: true, coordinators: [...coordinators, typed] };
}
