// Teams: made by an administrator with an id from their name (the same name twice is refused), renamed, given a
// base and coordinators (account usernames) — and refused when the fields are not right.
import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { MutationSchema, type Mutation } from './mutations.ts';
import { TeamRecordSchema, teamId, type TeamRecord } from './team.ts';
import { memorySide } from './test-support/dispatch.ts';

const NOW = cordobaInstant(2026, 12, 10, 15);
const CENTRO: TeamRecord = {
  id: 'eq-equipo-centro',
  name: 'Equipo Centro',
  base: 'Ciudad Gama',
  coordinators: ['coordinacion'],
  version: 2,
};

function apply(fields: object) {
  const side = memorySide(NOW, undefined, 'admin', 'administrator');
  side.put('team', CENTRO);
  const applied = side.apply(MutationSchema.parse(fields) as Mutation);
  if (applied.ok) expect(TeamRecordSchema.parse(side.get('team', applied.record.id))).toEqual(applied.record);
  return applied;
}

describe('teams', () => {
  it.each([
    ['Equipo Norte', 'eq-equipo-norte'],
    ['  Equipo  Sur ', 'eq-equipo-sur'],
    ['Ñu Porã', 'eq-nu-pora'],
  ])('%j gets the id %s', (name, id) => {
    expect(teamId(name)).toBe(id);
  });

  it('makes a team', () => {
    expect(apply({ kind: 'team.create', id: 'eq-equipo-norte', name: 'Equipo Norte', coordinators: ['coordinacion', 'ana.paz'] })).toEqual({
      ok: true,
      record: { id: 'eq-equipo-norte', name: 'Equipo Norte', coordinators: ['coordinacion', 'ana.paz'], version: 1 },
    });
  });

  it.each<[string, object, object]>([
    ['renames it, keeping its id', { name: 'Equipo Centro-Este' }, { ...CENTRO, name: 'Equipo Centro-Este', version: 3 }],
    ['changes the coordinators', { coordinators: [] }, { ...CENTRO, coordinators: [], version: 3 }],
    ['takes the base away', { base: null }, { id: CENTRO.id, name: CENTRO.name, coordinators: CENTRO.coordinators, version: 3 }],
    ['moves the base', { base: 'CPC Colón' }, { ...CENTRO, base: 'CPC Colón', version: 3 }],
  ])('updates: %s', (_, fields, record) => {
    expect(apply({ kind: 'team.update', id: CENTRO.id, ...fields })).toEqual({ ok: true, record });
  });

  it.each([
    ['a name already taken', { kind: 'team.create', id: 'eq-equipo-centro', name: 'Equipo Centro', coordinators: [] }, 'already_exists'],
    ['an id not made from the name', { kind: 'team.create', id: 'eq-x', name: 'Equipo Oeste', coordinators: [] }, 'invalid'],
    ['a team that does not exist', { kind: 'team.update', id: 'eq-nada', name: 'X' }, 'not_found'],
  ])('refuses %s', (_, mutation, reason) => {
    expect(apply(mutation)).toEqual({ ok: false, reason });
  });

  it.each([
    [{ name: ' ' }, 'required'],
    [{ name: 'x'.repeat(81) }, 'too_long'],
    [{ coordinators: ['Coordinación'] }, 'invalid_value'],
    [{ coordinators: ['ana', 'ana'] }, 'duplicated'],
  ])('refuses bad fields: %j', (fields, message) => {
    const parsed = MutationSchema.safeParse({ kind: 'team.create', id: 'eq-x', name: 'X', coordinators: [], ...fields });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(message);
  });
});
