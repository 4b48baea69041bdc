import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';
import { teamRows } from './team-rows.ts';

const team = (name: string, coordinators: string[]): TeamRecord => ({
  id: `eq-${name.toLowerCase()}`,
  name: `Equipo ${name}`,
  coordinators,
  version: 1,
});
const person = (id: string, teamId: string | undefined, active?: boolean): PersonRecord => ({
  id,
  name: id,
  qualifications: [],
  ...(teamId ? { team: teamId } : {}),
  ...(active === undefined ? {} : { active }),
  version: 1,
});

describe('the teams table', () => {
  it('lists the teams by name, names the coordinators the console knows and counts the active people', () => {
    const rows = teamRows(
      [team('Sur', []), team('Centro', ['coordinacion', 'lperez'])],
      [person('a', 'eq-centro'), person('b', 'eq-centro', false), person('c', 'eq-centro', true), person('d', undefined)],
      [{ username: 'coordinacion', displayName: 'Laura Giménez' }],
    );
    expect(rows.map((r) => [r.team.name, r.coordinators, r.activePeople])).toEqual([
      [
        'Equipo Centro',
        [
          { username: 'coordinacion', displayName: 'Laura Giménez' },
          { username: 'lperez', displayName: null },
        ],
        2,
      ],
      ['Equipo Sur', [], 0],
    ]);
  });
});
