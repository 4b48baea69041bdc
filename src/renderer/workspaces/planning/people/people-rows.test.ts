import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';
import { personRows, teamsFor } from './people-rows.ts';

const TEAMS: TeamRecord[] = [
  { id: 'eq-centro', name: 'Equipo Centro', coordinators: ['coordinacion'], version: 1 },
  { id: 'eq-sur', name: 'Equipo Sur', coordinators: [], version: 1 },
];
const person = (id: string, name: string, team: string | undefined, absences: PersonRecord['absences'] = []): PersonRecord => ({
  id,
  name,
  qualifications: [],
  ...(team ? { team } : {}),
  absences,
  version: 1,
});
const PEOPLE = [
  person('b', 'Beto', 'eq-sur', [{ id: 'x', kind: 'sick', from: '2026-12-20', to: '2026-12-21' }]),
  person('a', 'Ana', 'eq-centro', [
    { id: 'y', kind: 'leave', from: '2026-12-07', to: '2026-12-11' },
    { id: 'z', kind: 'training', from: '2027-01-10', to: '2027-01-10' },
  ]),
  person('c', 'Caro', undefined),
];
const COORDINATOR = { role: 'coordinator', username: 'coordinacion' } as const;

describe('the Personal rows', () => {
  it('sorts by name, with the absence they are on or the next one, and who the coordinator may change', () => {
    const rows = personRows(PEOPLE, TEAMS, null, '2026-12-09', COORDINATOR);
    expect(
      rows.map((r) => [r.person.id, r.team?.name ?? null, r.absence?.absence.id ?? null, r.absence?.now ?? null, r.mayManage]),
    ).toEqual([
      ['a', 'Equipo Centro', 'y', true, true],
      ['b', 'Equipo Sur', 'x', false, false],
      ['c', null, null, null, false],
    ]);
  });

  it.each([
    ['eq-sur', ['b']],
    ['', ['c']],
    [null, ['a', 'b', 'c']],
  ])('filters by team %j', (team, ids) => {
    expect(personRows(PEOPLE, TEAMS, team, '2026-12-09', null).map((r) => r.person.id)).toEqual(ids);
  });

  it('offers a coordinator only their teams for a new person; an administrator every team', () => {
    expect(teamsFor(TEAMS, COORDINATOR).map((t) => t.id)).toEqual(['eq-centro']);
    expect(teamsFor(TEAMS, { role: 'administrator', username: 'admin' }).map((t) => t.id)).toEqual(['eq-centro', 'eq-sur']);
  });
});
