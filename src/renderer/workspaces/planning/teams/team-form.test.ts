import { describe, expect, it } from 'vitest';
import { TEAM_COORDINATORS_MAX, type TeamRecord } from '../../../../shared/records/team.ts';
import { addCoordinator, checkTeam, teamValues, type TeamValues } from './team-form.ts';

const CENTRO: TeamRecord = {
  id: 'eq-equipo-centro',
  name: 'Equipo Centro',
  base: 'Av. Colón 5000',
  coordinators: ['coordinacion'],
  version: 5,
};
/** Renamed: its id stays the one made from its first name. */
const NORTE: TeamRecord = { id: 'eq-equipo-norte', name: 'Equipo Noroeste', coordinators: [], version: 3 };
const TEAMS = [CENTRO, NORTE];
const NEW: TeamValues = { ...teamValues(null), name: ' Equipo Oeste ', base: ' CPC Ruta 20 ' };

describe('the team form', () => {
  it('sends a new team with its id made from its name, trimmed, with what is typed as a coordinator too', () => {
    expect(checkTeam({ ...NEW, coordinator: ' lperez ' }, ['coordinacion'], null, TEAMS)).toEqual({
      ok: true,
      mutation: {
        kind: 'team.create',
        id: 'eq-equipo-oeste',
        name: 'Equipo Oeste',
        base: 'CPC Ruta 20',
        coordinators: ['coordinacion', 'lperez'],
      },
    });
    expect(checkTeam({ ...NEW, base: '' }, [], null, TEAMS)).toEqual({
      ok: true,
      mutation: { kind: 'team.create', id: 'eq-equipo-oeste', name: 'Equipo Oeste', coordinators: [] },
    });
  });

  it('sends an edit with every field under the same id, a renamed team and an emptied base as null', () => {
    const values = { ...teamValues(CENTRO), name: 'Equipo Centro Histórico', base: ' ' };
    expect(checkTeam(values, [], CENTRO, TEAMS)).toEqual({
      ok: true,
      mutation: { kind: 'team.update', id: 'eq-equipo-centro', name: 'Equipo Centro Histórico', base: null, coordinators: [] },
    });
    // Its own name, kept or written differently, is not another team's.
    expect(checkTeam({ ...teamValues(CENTRO), name: 'equipo centro' }, CENTRO.coordinators, CENTRO, TEAMS).ok).toBe(true);
  });

  it.each<[string, TeamValues, readonly string[], TeamRecord | null, object]>([
    ['no name', { ...NEW, name: ' ' }, [], null, { name: 'required' }],
    ['a name too long', { ...NEW, name: 'x'.repeat(81) }, [], null, { name: 'too_long' }],
    ['a base too long', { ...NEW, base: 'x'.repeat(121) }, [], null, { base: 'too_long' }],
    ['a new team named as one made', { ...NEW, name: 'EQUIPO  centro!' }, [], null, { name: 'exists' }],
    ['a new team with the id of a renamed one', { ...NEW, name: 'Equipo Norte' }, [], null, { name: 'exists' }],
    ['a new team named as a renamed one', { ...NEW, name: 'Equipo Noroeste' }, [], null, { name: 'exists' }],
    ['a team renamed as another', { ...teamValues(CENTRO), name: 'Equipo Noroeste' }, [], CENTRO, { name: 'exists' }],
    ['a username with capitals', { ...NEW, coordinator: 'Coordinacion' }, [], null, { coordinator: 'invalid_value' }],
    ['a username with a space', { ...NEW, coordinator: 'laura gimenez' }, [], null, { coordinator: 'invalid_value' }],
    ['a username starting with a dot', { ...NEW, coordinator: '.laura' }, [], null, { coordinator: 'invalid_value' }],
    ['a username twice', { ...NEW, coordinator: 'coordinacion' }, ['coordinacion'], null, { coordinator: 'duplicated' }],
    [
      'too many coordinators',
      { ...NEW, coordinator: 'otra' },
      Array.from({ length: TEAM_COORDINATORS_MAX }, (_, i) => `c${i}`),
      null,
      { coordinator: 'too_many' },
    ],
  ])('marks %s', (_, values, coordinators, editing, problems) => {
    expect(checkTeam(values, coordinators, editing, TEAMS)).toEqual({ ok: false, problems });
  });
});

describe('adding a coordinator', () => {
  it.each<[string, string, readonly string[], ReturnType<typeof addCoordinator>]>([
    ['a valid username, trimmed', ' lperez ', ['coordinacion'], { ok: true, coordinators: ['coordinacion', 'lperez'] }],
    ['nothing typed', '  ', [], { ok: false, problem: 'required' }],
    ['a username already there', 'coordinacion', ['coordinacion'], { ok: false, problem: 'duplicated' }],
    ['a username the hub would refuse', 'Laura', [], { ok: false, problem: 'invalid_value' }],
  ])('%s', (_, typed, coordinators, expected) => {
    expect(addCoordinator({ ...NEW, coordinator: typed }, coordinators, null, TEAMS)).toEqual(expected);
  });

  it('is judged on its own: a problem of another field does not stop it', () => {
    expect(addCoordinator({ name: '', base: '', coordinator: 'lperez' }, [], null, TEAMS)).toEqual({ ok: true, coordinators: ['lperez'] });
  });
});
