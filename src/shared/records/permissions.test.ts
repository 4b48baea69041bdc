// Who reads which kind and who may make which mutation, as the kinds declare them (src/shared/records/<kind>.ts).
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../auth/roles.ts';
import { MUTATION_KINDS, mutationRoles } from './mutations.ts';
import { canMutate, canRead, readableBy } from './permissions.ts';
import { RECORD_ENTITIES, type RecordEntity } from './registry.ts';

describe('record permissions', () => {
  it.each<[Role, readonly RecordEntity[]]>([
    ['coordinator', ['operation', 'unit', 'person', 'resource', 'setting', 'notice', 'notice_trial', 'team']],
    ['dispatcher', ['operation', 'unit', 'person', 'resource', 'setting', 'incident', 'team']],
    ['court_clerk', ['operation', 'court_case', 'hearing', 'audit_entry', 'setting']],
    ['judge', ['operation', 'court_case', 'hearing', 'audit_entry', 'setting']],
    [
      'administrator',
      [
        'operation',
        'unit',
        'person',
        'resource',
        'court_case',
        'hearing',
        'audit_entry',
        'setting',
        'incident',
        'notice',
        'notice_trial',
        'team',
      ],
    ],
  ])('%s reads %j', (role, entities) => {
    expect(readableBy(role)).toEqual(entities);
    for (const entity of RECORD_ENTITIES) expect(canRead(role, entity)).toBe(entities.includes(entity));
  });

  it('every mutation names at least one role, and only roles that exist', () => {
    for (const kind of MUTATION_KINDS) {
      expect(mutationRoles(kind).length).toBeGreaterThan(0);
      for (const role of mutationRoles(kind)) expect(ROLES).toContain(role);
    }
  });

  it.each<[Role, string, boolean]>([
    ['coordinator', 'operation.close', true],
    ['dispatcher', 'operation.close', false],
    ['dispatcher', 'incident.assign', true],
    ['coordinator', 'incident.assign', false],
    ['coordinator', 'unit.setStatus', false],
    ['administrator', 'setting.add', true],
    ['coordinator', 'setting.add', false],
    ['coordinator', 'notice.notify', true],
    ['dispatcher', 'notice.reinspect', false],
    ['court_clerk', 'notice.notify', false],
    ['coordinator', 'notice_trial.define', false],
    ['administrator', 'notice_trial.define', true],
    ['judge', 'operation.create', false],
    ['judge', 'hearing.sign', true],
    ['court_clerk', 'hearing.sign', false],
    ['court_clerk', 'hearing.hold', true],
    ['coordinator', 'court_case.open', false],
    ['coordinator', 'resource.calibrate', true],
    ['administrator', 'resource.calibrate', true],
    ['dispatcher', 'resource.calibrate', false],
    ['court_clerk', 'resource.calibrate', false],
    ['administrator', 'resource.create', true],
    ['coordinator', 'resource.create', false],
    // People: administrators and coordinators (a coordinator only for their own teams: person.test.ts); teams and
    // vehicles are made by administrators; the workshop is the coordinators' and administrators'.
    ['coordinator', 'person.create', true],
    ['administrator', 'person.create', true],
    ['dispatcher', 'person.create', false],
    ['court_clerk', 'person.update', false],
    ['coordinator', 'person.addAbsence', true],
    ['dispatcher', 'person.addAbsence', false],
    ['coordinator', 'person.setActive', true],
    ['judge', 'person.removeAbsence', false],
    ['administrator', 'team.create', true],
    ['coordinator', 'team.create', false],
    ['coordinator', 'team.update', false],
    ['administrator', 'resource.createVehicle', true],
    ['coordinator', 'resource.createVehicle', false],
    ['coordinator', 'resource.setStatus', true],
    ['administrator', 'resource.setStatus', true],
    ['dispatcher', 'resource.setStatus', false],
    // Units are added by administrators; dispatchers only report and task them.
    ['administrator', 'unit.create', true],
    ['dispatcher', 'unit.create', false],
    ['coordinator', 'unit.create', false],
  ])('%s may make %s: %s', (role, kind, expected) => {
    expect(canMutate(role, kind as never)).toBe(expected);
  });
});
