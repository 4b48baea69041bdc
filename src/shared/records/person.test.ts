// People: made from their legajo (the same legajo twice is refused), changed, made inactive and active again, and
// their absences recorded and removed — by an administrator for anyone, by a coordinator only for the people of the
// teams they coordinate (both teams when someone moves). Overlapping absences, backwards or year-long ones and bad
// contacts are refused. Who may make each mutation at all is the role matrix's (permissions.test.ts).
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { MutationSchema, type Mutation } from './mutations.ts';
import { canManagePerson } from './person-access.ts';
import { PersonRecordSchema, personId, type PersonRecord } from './person-schema.ts';
import type { TeamRecord } from './team.ts';
import { memorySide } from './test-support/dispatch.ts';

const NOW = cordobaInstant(2026, 12, 10, 15);
const team = (id: string, coordinators: string[]): TeamRecord => ({ id, name: id, coordinators, version: 1 });
const TEAMS = [team('eq-centro', ['coordinacion']), team('eq-norte', ['coordinacion', 'otra']), team('eq-sur', ['otra'])];
const ANA: PersonRecord = {
  id: 'per-1001',
  staffNumber: '1001',
  name: 'Ana Paz',
  qualifications: ['driver'],
  team: 'eq-centro',
  absences: [{ id: 'aus-1', kind: 'leave', from: '2026-12-07', to: '2026-12-11' }],
  version: 4,
};
const LUIS: PersonRecord = { ...ANA, id: 'per-1002', staffNumber: '1002', name: 'Luis Gómez', team: 'eq-sur', absences: [] };
const OLD: PersonRecord = { id: 'prom-001', name: 'Sin legajo', qualifications: [], version: 1 };

const AS: Record<string, [string, Role]> = {
  coordinator: ['coordinacion', 'coordinator'],
  administrator: ['admin', 'administrator'],
};

function apply(mutation: object, who: keyof typeof AS = 'coordinator') {
  const [by, role] = AS[who]!;
  const side = memorySide(NOW, undefined, by, role);
  for (const t of TEAMS) side.put('team', t);
  for (const p of [ANA, LUIS, OLD]) side.put('person', p);
  const applied = side.apply(MutationSchema.parse(mutation) as Mutation);
  if (applied.ok) expect(PersonRecordSchema.parse(side.get('person', applied.record.id))).toEqual(applied.record);
  return applied;
}
const outcome = (applied: ReturnType<typeof apply>) => (applied.ok ? 'ok' : applied.reason);

describe('who manages a person', () => {
  it.each<[Role | null | undefined, string | null, TeamRecord | null, boolean]>([
    ['administrator', 'admin', null, true],
    ['administrator', 'admin', TEAMS[2]!, true],
    ['coordinator', 'coordinacion', TEAMS[0]!, true],
    ['coordinator', 'coordinacion', TEAMS[2]!, false],
    ['coordinator', 'coordinacion', null, false],
    ['coordinator', null, TEAMS[0]!, false],
    ['dispatcher', 'coordinacion', TEAMS[0]!, false],
    [undefined, 'coordinacion', TEAMS[0]!, false],
  ])('%s %s of %j: %s', (role, username, t, expected) => {
    expect(canManagePerson(role, username, t)).toBe(expected);
  });
});

describe('adding a person (person.create)', () => {
  const create = (fields: object) => ({
    kind: 'person.create',
    id: 'per-12-345',
    staffNumber: '12.345',
    name: 'Marta Ríos',
    qualifications: ['mediator'],
    team: 'eq-norte',
    ...fields,
  });

  it.each([
    ['12.345', 'per-12-345'],
    [' C-0815 ', 'per-c-0815'],
  ])('legajo %j → id %s', (staffNumber, id) => {
    expect(personId(staffNumber)).toBe(id);
  });

  it('keeps the legajo, team, base and contact', () => {
    expect(apply(create({ base: 'CPC Argüello', contact: { phone: '+54 (351) 555-0101', email: 'marta@cordoba.gob.ar' } }))).toEqual({
      ok: true,
      record: {
        id: 'per-12-345',
        staffNumber: '12.345',
        name: 'Marta Ríos',
        qualifications: ['mediator'],
        team: 'eq-norte',
        base: 'CPC Argüello',
        contact: { phone: '+54 (351) 555-0101', email: 'marta@cordoba.gob.ar' },
        version: 1,
      },
    });
  });

  it.each<[string, object, keyof typeof AS, string]>([
    ['a coordinator, to a team they coordinate', {}, 'coordinator', 'ok'],
    ['a coordinator, to a team they do not coordinate', { team: 'eq-sur' }, 'coordinator', 'not_your_team'],
    ['an administrator, to any team', { team: 'eq-sur' }, 'administrator', 'ok'],
    ['a team that does not exist', { team: 'eq-oeste' }, 'administrator', 'unknown_team'],
    ['a legajo already added', { id: 'per-1001', staffNumber: '1001' }, 'administrator', 'already_exists'],
    ['an id not made from the legajo', { id: 'per-otro' }, 'administrator', 'invalid'],
  ])('%s: %s', (_, fields, who, expected) => {
    expect(outcome(apply(create(fields), who))).toBe(expected);
  });

  it.each([
    [{ staffNumber: ' ' }, 'required'],
    [{ staffNumber: '---' }, 'invalid_value'],
    [{ staffNumber: 'x'.repeat(21) }, 'too_long'],
    [{ name: '' }, 'required'],
    [{ qualifications: ['driver', 'driver'] }, 'duplicated'],
    [{ contact: {} }, 'required'],
    [{ contact: { phone: 'llamar a Ana' } }, 'invalid_format'],
    [{ contact: { phone: '1'.repeat(31) } }, 'too_long'],
    [{ contact: { email: 'ana@' } }, 'invalid_format'],
    [{ team: '' }, 'too_small'],
  ])('refuses bad fields: %j', (fields, message) => {
    const parsed = MutationSchema.safeParse(create(fields));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => (i.code === 'custom' || /^[a-z_]+$/.test(i.message) ? i.message : i.code))).toContain(message);
  });
});

describe('changing a person', () => {
  it.each<[string, object, keyof typeof AS, string]>([
    ['renames someone of their team', { kind: 'person.update', id: 'per-1001', name: 'Ana María Paz' }, 'coordinator', 'ok'],
    ['moves someone between two of their teams', { kind: 'person.update', id: 'per-1001', team: 'eq-norte' }, 'coordinator', 'ok'],
    [
      'moves someone to a team they do not coordinate',
      { kind: 'person.update', id: 'per-1001', team: 'eq-sur' },
      'coordinator',
      'not_your_team',
    ],
    ['changes someone of another team', { kind: 'person.update', id: 'per-1002', name: 'L. Gómez' }, 'coordinator', 'not_your_team'],
    ['changes someone with no team', { kind: 'person.update', id: 'prom-001', name: 'X' }, 'coordinator', 'not_your_team'],
    ['an administrator changes anyone', { kind: 'person.update', id: 'prom-001', team: 'eq-sur' }, 'administrator', 'ok'],
    ['makes someone inactive', { kind: 'person.setActive', id: 'per-1001', active: false }, 'coordinator', 'ok'],
    ['makes someone active who is', { kind: 'person.setActive', id: 'per-1001', active: true }, 'coordinator', 'invalid_transition'],
    ['someone who does not exist', { kind: 'person.setActive', id: 'per-9', active: false }, 'coordinator', 'not_found'],
  ])('%s: %s', (_, mutation, who, expected) => {
    expect(outcome(apply(mutation, who))).toBe(expected);
  });

  it('takes the base and the contact away with null, and keeps a reactivated person without the flag', () => {
    const base = apply({ kind: 'person.update', id: 'per-1001', base: 'CPC Colón', contact: { phone: '351 555-0101' } });
    expect(base).toMatchObject({ ok: true, record: { base: 'CPC Colón', contact: { phone: '351 555-0101' }, version: 5 } });
    const side = memorySide(NOW, undefined, 'admin', 'administrator');
    side.put('team', TEAMS[0]!);
    side.put('person', { ...ANA, base: 'X', contact: { email: 'a@b.ar' }, active: false });
    const cleared = side.apply(MutationSchema.parse({ kind: 'person.update', id: 'per-1001', base: null, contact: null }) as Mutation);
    expect(cleared.ok && 'base' in cleared.record).toBe(false);
    expect(cleared.ok && 'contact' in cleared.record).toBe(false);
    const back = side.apply(MutationSchema.parse({ kind: 'person.setActive', id: 'per-1001', active: true }) as Mutation);
    expect(back.ok && 'active' in back.record).toBe(false);
  });
});

describe('absences', () => {
  const add = (absence: object, id = 'per-1001') => ({
    kind: 'person.addAbsence',
    id,
    absence: { id: 'aus-2', kind: 'training', ...absence },
  });

  it('adds one, kept in order of its first day', () => {
    const applied = apply(add({ from: '2026-12-01', to: '2026-12-02', note: 'Curso de mediación' }));
    expect(applied.ok && (applied.record as PersonRecord).absences?.map((a) => a.id)).toEqual(['aus-2', 'aus-1']);
  });

  it.each<[string, object, string]>([
    ['the day after the leave', { from: '2026-12-12', to: '2026-12-12' }, 'ok'],
    ["from the leave's last day on", { from: '2026-12-11', to: '2026-12-13' }, 'overlapping_absence'],
    ['inside it', { from: '2026-12-08', to: '2026-12-09' }, 'overlapping_absence'],
    ['around it', { from: '2026-12-01', to: '2026-12-31' }, 'overlapping_absence'],
    ['the same id again', { id: 'aus-1', from: '2027-01-05', to: '2027-01-05' }, 'already_exists'],
  ])('%s: %s', (_, absence, expected) => {
    expect(outcome(apply(add(absence)))).toBe(expected);
  });

  it('is refused for someone of a team the coordinator does not coordinate', () => {
    expect(outcome(apply(add({ from: '2026-12-12', to: '2026-12-12' }, 'per-1002')))).toBe('not_your_team');
    expect(outcome(apply(add({ from: '2026-12-12', to: '2026-12-12' }, 'per-1002'), 'administrator'))).toBe('ok');
  });

  it.each([
    [{ from: '2026-12-10', to: '2026-12-09' }, 'end_before_start'],
    [{ from: '2026-01-01', to: '2027-01-02' }, 'too_long'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'invalid_date'],
    [{ from: '2026-12-01', to: '2026-12-01', kind: 'vacation' }, 'invalid_value'],
    [{ from: '2026-12-01', to: '2026-12-01', note: 'x'.repeat(201) }, 'too_long'],
  ])('refuses bad fields: %j', (absence, message) => {
    const parsed = MutationSchema.safeParse(add(absence));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => (/^[a-z_]+$/.test(i.message) ? i.message : i.code))).toContain(message);
  });

  it('accepts a year of 366 days', () => {
    expect(MutationSchema.safeParse(add({ from: '2028-01-01', to: '2028-12-31' })).success).toBe(true);
  });

  it('removes one, and refuses one that is not there', () => {
    const removed = apply({ kind: 'person.removeAbsence', id: 'per-1001', absenceId: 'aus-1' });
    expect(removed).toMatchObject({ ok: true, record: { absences: [], version: 5 } });
    expect(outcome(apply({ kind: 'person.removeAbsence', id: 'per-1001', absenceId: 'aus-9' }))).toBe('not_found');
  });
});

describe('the record', () => {
  it('still reads people recorded before legajos, teams and absences', () => {
    expect(PersonRecordSchema.parse(OLD)).toEqual(OLD);
  });
});
