import { describe, expect, it } from 'vitest';
import type { IncidentStep } from '../../../../shared/records/incident-schema.ts';
import { deskText } from './test-support/desk-text.ts';
import { timelineRows } from './timeline-rows.ts';

// 22:05 in Córdoba (UTC−3).
const AT = Date.UTC(2026, 11, 6, 1, 5);
const CONSOLE = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const CALL_SIGNS: Record<string, string> = { 'movil-03': 'Móvil 03', 'pie-01': 'Pie 01' };
const callSignOf = (id: string) => CALL_SIGNS[id] ?? id;
const step = (over: Partial<IncidentStep> & Pick<IncidentStep, 'action'>): IncidentStep => ({
  at: AT,
  by: 'despacho1',
  console: CONSOLE,
  ...over,
});

describe('timelineRows', () => {
  it.each<[string, IncidentStep, { step: string; detail: string | null; notApplied?: string | null }]>([
    ['a complaint received', step({ action: 'opened' }), { step: 'Denuncia recibida', detail: null }],
    [
      'a complaint received with its priority changed',
      step({ action: 'opened', detail: '1' }),
      { step: 'Denuncia recibida', detail: 'Prioridad: P1 · Urgente' },
    ],
    [
      'another complaint linked',
      step({ action: 'complaint_linked', detail: 'whatsapp' }),
      { step: 'Otra denuncia vinculada', detail: 'Canal: WhatsApp' },
    ],
    [
      'a priority change',
      step({ action: 'priority_changed', detail: '2' }),
      { step: 'Prioridad cambiada', detail: 'Prioridad: P2 · Alta' },
    ],
    ['a unit assigned', step({ action: 'assigned', unitId: 'movil-03' }), { step: 'Unidad asignada', detail: 'Unidad: Móvil 03' }],
    ['a unit released', step({ action: 'released', unitId: 'pie-01' }), { step: 'Unidad liberada', detail: 'Unidad: Pie 01' }],
    [
      'a unit status set by the dispatcher',
      step({ action: 'unit_status', unitId: 'movil-03', unitStatus: 'en_route', source: 'dispatcher', applied: true }),
      { step: 'Estado de la unidad', detail: 'Móvil 03: En camino, informado por despacho', notApplied: null },
    ],
    [
      'an older device report, recorded but not applied',
      step({ action: 'unit_status', unitId: 'movil-03', unitStatus: 'on_scene', source: 'device', applied: false }),
      { step: 'Estado de la unidad', detail: 'Móvil 03: En escena, informado por dispositivo', notApplied: 'no aplicado (más antiguo)' },
    ],
    ['a check-in', step({ action: 'check_in' }), { step: 'Control de la tripulación', detail: null }],
    [
      'an alert acknowledged',
      step({ action: 'alert_acknowledged', detail: 'check_in_overdue' }),
      { step: 'Alerta reconocida', detail: 'Alerta: Control vencido' },
    ],
    ['a close', step({ action: 'closed', detail: 'acta' }), { step: 'Cerrado', detail: 'Resultado: Acta labrada' }],
    [
      'a referral',
      step({ action: 'referred', detail: 'Mediación comunitaria' }),
      { step: 'Derivado', detail: 'Derivado a: Mediación comunitaria' },
    ],
    [
      'a code from a newer console, as it is',
      step({ action: 'closed', detail: 'mystery' }),
      { step: 'Cerrado', detail: 'Resultado: mystery' },
    ],
  ])('%s', async (_, input, expected) => {
    const [row] = timelineRows(await deskText('es-AR'), [input], callSignOf);
    expect(row).toMatchObject({ notApplied: null, ...expected });
  });

  it('says when, who, from which console, and the notes', async () => {
    const [row] = timelineRows(
      await deskText('es-AR'),
      [step({ action: 'note', note: 'Vecino insiste', statusNote: 'Ya va una patrulla' })],
      callSignOf,
    );
    expect(row).toEqual({
      key: '0',
      at: '05/12/2026, 22:05',
      who: 'despacho1',
      console: '2e3f4a5b',
      consoleId: CONSOLE,
      step: 'Nota',
      detail: null,
      notApplied: null,
      note: 'Nota: Vecino insiste',
      statusNote: 'Para el denunciante: Ya va una patrulla',
    });
  });

  it('names a device report by its unit and the hub’s own steps as the hub', async () => {
    const rows = timelineRows(
      await deskText('es-AR'),
      [
        step({
          action: 'unit_status',
          by: 'movil-03',
          console: null,
          unitId: 'movil-03',
          unitStatus: 'on_scene',
          source: 'device',
          applied: true,
        }),
        step({ action: 'check_in', by: null, console: null }),
      ],
      callSignOf,
    );
    expect(rows.map((r) => [r.who, r.console, r.consoleId])).toEqual([
      ['hub', 'sin consola', null],
      ['Móvil 03', 'sin consola', null],
    ]);
  });

  it('lists the newest first by time — a late device report sits where it happened — then by the order recorded', async () => {
    const rows = timelineRows(
      await deskText('es-AR'),
      [
        step({ action: 'opened', at: AT }),
        step({ action: 'assigned', at: AT + 60_000, unitId: 'movil-03' }),
        step({ action: 'unit_status', at: AT + 30_000, unitId: 'movil-03', unitStatus: 'en_route', source: 'device', applied: false }),
        step({ action: 'note', at: AT + 60_000, note: 'x' }),
      ],
      callSignOf,
    );
    expect(rows.map((r) => r.key)).toEqual(['3', '1', '2', '0']);
  });

  it('speaks English too', async () => {
    const [row] = timelineRows(
      await deskText('en'),
      [step({ action: 'unit_status', unitId: 'movil-03', unitStatus: 'on_scene', source: 'device', applied: false })],
      callSignOf,
    );
    expect(row).toMatchObject({
      at: '12/05/2026, 22:05',
      step: 'Unit status',
      detail: 'Móvil 03: On scene, reported by device',
      notApplied: 'not applied (older)',
    });
  });
});
