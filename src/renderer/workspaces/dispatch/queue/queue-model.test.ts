import { describe, expect, it } from 'vitest';
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import type { SlaRules } from '../../../../shared/dispatch/sla.ts';
import { priorityOf, type Incident } from '../../../../shared/records/incident-schema.ts';
import { complaintAt, incidentAt, NUEVA_CORDOBA, uuidOf } from '../../../../shared/records/test-support/dispatch.ts';
import { settingAt } from '../../../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/defaults.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { NO_QUEUE_FILTER, isFiltered, matchesQueueFilter, queueBarrios, queueRows } from './queue-model.ts';

const MINUTE = 60_000;
const NOW = cordobaInstant(2026, 11, 27, 23, 40);
const RULES = settingAt(DEFAULT_SETTINGS, 'dispatch.sla', NOW) as SlaRules;
const view = (incident: Incident): IncidentView => ({ incident, priority: priorityOf(incident), unitCallSigns: [], unsynced: null });

const noise = view(
  incidentAt(uuidOf(1), NOW - 4 * MINUTE, {
    complaints: [complaintAt(NOW - 4 * MINUTE), complaintAt(NOW - 2 * MINUTE, { id: uuidOf(2, '9000'), channel: 'citizens_app' })],
  }),
);
const lot = view(
  incidentAt(uuidOf(3), NOW - 90 * MINUTE, {
    category: 'vacant_lot',
    computedPriority: 4,
    place: { ...NUEVA_CORDOBA, barrio: 'Alberdi' },
    complaints: [complaintAt(NOW - 90 * MINUTE, { channel: 'whatsapp' })],
  }),
);
const party = view(
  incidentAt(uuidOf(4), NOW - 20 * MINUTE, {
    category: 'party',
    status: 'en_route',
    units: ['m03'],
    assignedAt: NOW - 14 * MINUTE,
    place: { ...NUEVA_CORDOBA, barrio: 'Güemes' },
  }),
);
const QUEUE = [noise, party, lot];

describe('queueRows', () => {
  it('keeps the core’s order and counts each incident’s complaints and channels', () => {
    const rows = queueRows(QUEUE, NO_QUEUE_FILTER, NOW, RULES);
    expect(rows.map((r) => r.view)).toEqual(QUEUE);
    expect(rows.map((r) => [r.complaints, r.channels])).toEqual([
      [2, ['line_103', 'citizens_app']],
      [1, ['line_103']],
      [1, ['whatsapp']],
    ]);
  });

  it('colours each clock by the SLA of its priority, and asks attention for the worse running one', () => {
    // P1: assign amber from 3 min, red from 5; arrive amber 10, red 15. P4: assign amber 60, red 240.
    const rows = queueRows(QUEUE, NO_QUEUE_FILTER, NOW, RULES);
    expect(rows.map((r) => [r.sla.assign.minutes, r.sla.assign.level, r.sla.assign.running])).toEqual([
      [4, 'amber', true],
      [6, 'red', false],
      [90, 'amber', true],
    ]);
    expect(rows[1]!.sla.arrive).toEqual({ minutes: 14, level: 'amber', running: true });
    // The party's stopped assign clock stays red, but what still runs is its arrival: amber.
    expect(rows.map((r) => r.attention)).toEqual(['amber', 'amber', 'amber']);
    expect(queueRows(QUEUE, NO_QUEUE_FILTER, NOW + 2 * MINUTE, RULES).map((r) => r.attention)).toEqual(['red', 'red', 'amber']);
  });

  it('an incident with nothing running any more asks no attention', () => {
    const arrived = view(
      incidentAt(uuidOf(5), NOW - 30 * MINUTE, { status: 'on_scene', assignedAt: NOW - 29 * MINUTE, arrivedAt: NOW - 20 * MINUTE }),
    );
    expect(queueRows([arrived], NO_QUEUE_FILTER, NOW, RULES)[0]!.attention).toBeNull();
  });

  it.each([
    ['category', { category: 'party' }, [party]],
    ['barrio', { barrio: 'Alberdi' }, [lot]],
    ['channel: any of its complaints', { channel: 'citizens_app' }, [noise]],
    ['channel of the first complaint', { channel: 'line_103' }, [noise, party]],
    ['all three at once', { category: 'noise', barrio: 'Nueva Córdoba', channel: 'whatsapp' }, []],
  ] as const)('filters by %s, keeping the order', (_, filter, expected) => {
    const chosen = { ...NO_QUEUE_FILTER, ...filter };
    expect(isFiltered(chosen)).toBe(true);
    expect(QUEUE.filter((v) => matchesQueueFilter(v, chosen))).toEqual(expected);
    expect(queueRows(QUEUE, chosen, NOW, RULES).map((r) => r.view)).toEqual(expected);
  });

  it('no filter is no filter', () => {
    expect(isFiltered(NO_QUEUE_FILTER)).toBe(false);
  });
});

describe('queueBarrios', () => {
  it('lists the barrios of the queue once, in the language’s order, and keeps the chosen one', () => {
    expect(queueBarrios(QUEUE, '', 'es-AR')).toEqual(['Alberdi', 'Güemes', 'Nueva Córdoba']);
    expect(queueBarrios([noise], 'Alberdi', 'es-AR')).toEqual(['Alberdi', 'Nueva Córdoba']);
  });
});
