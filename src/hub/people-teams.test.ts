// Issue 15's people through the real hub and consoles. The demo coordinator coordinates «Equipo Centro» and «Equipo
// Norte», not «Equipo Sur»: they add a person to their own team (every console that reads people sees them), are
// refused at once for the third team, and — when an administrator takes a team from them while their console is
// offline — the absence they recorded meanwhile is refused by the hub and waits in their conflict inbox. A court
// clerk reads no people at all.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { PersonRecord } from '../shared/records/person.ts';
import type { Conflict } from '../shared/sync/conflict.ts';
import { call, consoleFor, eventually, hubAt, syncStatus, untilLive } from './test-support/following-console.ts';
import { networkLink } from './test-support/network-link.ts';

const CENTRO = 'eq-equipo-centro';
const NORTE = 'eq-equipo-norte';
const SUR = 'eq-equipo-sur';
const NEW_PERSON = { kind: 'person.create', id: 'per-30-001', staffNumber: '30.001', name: 'Marta Ríos', qualifications: ['mediator'] };
const people = async (core: ReturnType<typeof consoleFor>) =>
  (await call<{ records: PersonRecord[] }>(core, 'records.list', { entity: 'person' })).records;

describe('people and their teams', () => {
  it('a coordinator changes only the people of their own teams, and the hub holds them to it', async () => {
    const hub = await hubAt(tempDir());
    const link = await networkLink(hub.url);
    const coordinator = consoleFor(hub, { role: 'coordinator', url: link.url });
    const admin = consoleFor(hub, { role: 'administrator' });
    const clerk = consoleFor(hub, { role: 'court_clerk' });
    await Promise.all([untilLive(coordinator, 20_000), untilLive(admin, 20_000), untilLive(clerk, 20_000)]);

    await call(coordinator, 'records.mutate', { mutation: { ...NEW_PERSON, team: CENTRO } });
    const seen = await eventually(
      () => people(admin),
      (list) => list.some((p) => p.id === NEW_PERSON.id),
      20_000,
    );
    expect(seen.find((p) => p.id === NEW_PERSON.id)).toMatchObject({ staffNumber: '30.001', team: CENTRO, version: 1 });

    const third = { ...NEW_PERSON, id: 'per-30-002', staffNumber: '30.002', team: SUR };
    expect(await coordinator.dispatch('records.mutate', { mutation: third })).toMatchObject({
      ok: false,
      error: { code: 'refused', issues: [{ code: 'not_your_team' }] },
    });
    expect(await admin.dispatch('records.mutate', { mutation: third })).toMatchObject({ ok: true });

    // Offline, the coordinator still coordinates Norte as far as their console knows; the hub knows better.
    const norte = (await people(coordinator)).find((p) => p.team === NORTE)!;
    link.cut();
    await eventually(
      () => syncStatus(coordinator),
      (s) => s.state === 'offline',
    );
    await call(admin, 'records.mutate', { mutation: { kind: 'team.update', id: NORTE, coordinators: [] } });
    const absence = { id: 'aus-e2e-1', kind: 'training', from: '2030-03-02', to: '2030-03-03' };
    await call(coordinator, 'records.mutate', { mutation: { kind: 'person.addAbsence', id: norte.id, absence } });
    link.restore();
    const { conflicts } = await eventually(
      () => call<{ conflicts: Conflict[] }>(coordinator, 'conflicts.list', {}),
      (list) => list.conflicts.length === 1,
      20_000,
    );
    expect(conflicts[0]).toMatchObject({ entity: 'person', recordId: norte.id, reason: 'not_your_team' });
    expect((await people(admin)).find((p) => p.id === norte.id)?.absences ?? []).not.toContainEqual(absence);

    expect(await clerk.dispatch('records.list', { entity: 'person' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await clerk.dispatch('records.list', { entity: 'team' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
