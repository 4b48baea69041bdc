import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/auth/roles.ts';
import { DEFAULT_WORKSPACE, shownWorkspace, WORKSPACES, workspacesFor } from './workspaces.ts';

describe('the workspaces offered', () => {
  it.each(ROLES.filter((role) => role !== 'administrator'))('leaves «Administración» out for %s', (role) => {
    expect(workspacesFor(role)).toEqual(['dispatch', 'planning', 'court', 'insights']);
  });

  it('offers every workspace to an administrator, and none of «Administración» before anyone is known', () => {
    expect(workspacesFor('administrator')).toEqual(WORKSPACES);
    expect(workspacesFor(null)).not.toContain('admin');
  });

  it('shows the chosen workspace while it is offered, else the default one (which every role is offered)', () => {
    expect(shownWorkspace('admin', workspacesFor('administrator'))).toBe('admin');
    expect(shownWorkspace('admin', workspacesFor('coordinator'))).toBe(DEFAULT_WORKSPACE);
    expect(shownWorkspace('court', workspacesFor('judge'))).toBe('court');
    for (const role of [...ROLES, null]) expect(workspacesFor(role)).toContain(DEFAULT_WORKSPACE);
  });
});
