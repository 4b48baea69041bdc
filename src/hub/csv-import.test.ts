// Issue 15's CSV import through the real hub and consoles: an administrator imports instruments and people (into a
// team made first); the hub takes every row and another console reads them. A dispatcher may not import; a
// coordinator may not import vehicles (the kinds' own roles).
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { RosterInstruments } from '../shared/api/planning.ts';
import { teamId } from '../shared/records/team.ts';
import { call, consoleFor, eventually, hubAt, untilLive } from './test-support/following-console.ts';

const INSTRUMENTS =
  'tipo;nombre;serie;modelo;calibrado_el;certificado\r\nalcoholímetro;Alco Importado;HUB-IMP-1;;;\r\nsonómetro;Sono Importado;HUB-IMP-2;;;\r\n';

describe('importing a CSV', () => {
  it('reaches the hub and every console that reads the kind', async () => {
    const hub = await hubAt(tempDir());
    const admin = consoleFor(hub, { role: 'administrator' });
    const dispatcher = consoleFor(hub, { role: 'dispatcher' });
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    await Promise.all([untilLive(admin, 20_000), untilLive(dispatcher, 20_000), untilLive(coordinator, 20_000)]);

    expect(await dispatcher.dispatch('import.check', { kind: 'instruments', text: INSTRUMENTS })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await coordinator.dispatch('import.apply', { kind: 'vehicles', text: 'patente;tipo;asientos\nAB123CD;auto;4\n' })).toMatchObject(
      {
        ok: false,
        error: { code: 'forbidden' },
      },
    );

    expect(await call(admin, 'import.apply', { kind: 'instruments', text: INSTRUMENTS })).toMatchObject({ accepted: 2, imported: 2 });
    const seen = await eventually(
      () => call<RosterInstruments>(dispatcher, 'roster.instruments', {}),
      (view) => view.rows.filter((r) => r.instrument.id.includes('hub-imp')).length === 2,
      20_000,
    );
    expect(seen.rows.find((r) => r.instrument.id === 'alco-hub-imp-1')?.instrument).toMatchObject({ label: 'Alco Importado', version: 1 });

    const team = { kind: 'team.create', id: teamId('Equipo Importado'), name: 'Equipo Importado', coordinators: [] };
    await call(admin, 'records.mutate', { mutation: team });
    const people =
      'legajo;nombre;equipo;calificaciones\n90.001;Ana Importada;equipo importado;conductora\n90.002;Luis Importado;Equipo Importado;\n';
    expect(await call(admin, 'import.apply', { kind: 'people', text: people })).toMatchObject({ accepted: 2, imported: 2 });
    const read = await eventually(
      () => call<{ records: { id: string; team?: string }[] }>(dispatcher, 'records.list', { entity: 'person' }),
      (list) => list.records.filter((p) => p.team === team.id).length === 2,
      20_000,
    );
    expect(
      read.records
        .filter((p) => p.team === team.id)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['per-90-001', 'per-90-002']);
    expect(await call(admin, 'outbox.status', {})).toMatchObject({ conflicts: 0 });
  });
});
