import { describe, expect, it } from 'vitest';
import { freshness, positionAgeSeconds } from '../live/freshness.ts';
import type { UnitStatus } from '../live/units.ts';
import type { Incident } from '../records/incident-schema.ts';
import { incidentAt, unitAt, uuidOf } from '../records/test-support/dispatch.ts';
import { alertsAt, type SilenceInput } from './alerts.ts';
import type { IncidentStatus } from './codes.ts';

const MIN = 60_000;
const NOW = Date.UTC(2026, 2, 14, 2, 0);
const FRESHNESS = { amberAfterSeconds: 30, lostAfterSeconds: 120 };
const LOST_MS = 120_000;

/** An incident with a crew on scene whose next check-in is due at `due`. */
const onScene = (n: number, due: number, changes: Partial<Incident> = {}): Incident =>
  incidentAt(uuidOf(n), NOW - 60 * MIN, {
    status: 'on_scene',
    units: [`M-${n}`],
    assignedAt: NOW - 50 * MIN,
    arrivedAt: NOW - 40 * MIN,
    checkInDueAt: due,
    ...changes,
  });

/** Unit `id`, last seen at `lastSeenAt` (hub time). */
const seen = (id: string, lastSeenAt: number | null, changes: Parameters<typeof unitAt>[1] = {}): SilenceInput => ({
  unit: unitAt(id, changes),
  lastSeenAt,
});

describe('alertsAt: check-ins', () => {
  it.each([
    ['a minute before it is due', NOW + MIN, [], NOW + MIN],
    ['1 ms before it is due', NOW + 1, [], NOW + 1],
    ['exactly when it is due', NOW, [NOW], null],
    ['a minute after it was due', NOW - MIN, [NOW - MIN], null],
  ] as const)('raises a check-in overdue %s', (_, due, since, nextAt) => {
    const incident = onScene(1, due);
    expect(alertsAt([incident], [], NOW, FRESHNESS)).toEqual({
      alerts: since.map((s) => ({
        key: `check_in_overdue:${incident.id}:${due}`,
        kind: 'check_in_overdue',
        since: s,
        unitId: 'M-1',
        incidentId: incident.id,
      })),
      nextAt,
    });
  });

  it.each<[IncidentStatus]>([['closed'], ['cancelled'], ['referred']])('raises none for an incident that ended (%s)', (status) => {
    expect(alertsAt([onScene(1, NOW - MIN, { status }), onScene(2, NOW + MIN, { status })], [], NOW, FRESHNESS)).toEqual({
      alerts: [],
      nextAt: null,
    });
  });

  it('raises none for an incident with no check-in running (nobody on scene yet)', () => {
    expect(alertsAt([onScene(1, NOW, { status: 'en_route', arrivedAt: null, checkInDueAt: null })], [], NOW, FRESHNESS)).toEqual({
      alerts: [],
      nextAt: null,
    });
  });

  it('names a new alert for the next check-in missed (its key carries the due time)', () => {
    const first = alertsAt([onScene(1, NOW - 15 * MIN)], [], NOW, FRESHNESS).alerts[0]!;
    const next = alertsAt([onScene(1, NOW)], [], NOW, FRESHNESS).alerts[0]!;
    expect(first.key).not.toBe(next.key);
  });

  it('asks to be read again at the earliest check-in still to come', () => {
    const incidents = [
      onScene(1, NOW + 10 * MIN),
      onScene(2, NOW - MIN),
      onScene(3, NOW + 3 * MIN),
      onScene(4, NOW + MIN, { status: 'closed' }),
    ];
    const { alerts, nextAt } = alertsAt(incidents, [], NOW, FRESHNESS);
    expect(alerts.map((a) => a.incidentId)).toEqual([uuidOf(2)]);
    expect(nextAt).toBe(NOW + 3 * MIN);
  });
});

describe('alertsAt: silent units', () => {
  it.each([
    ['seen just now', 0, false],
    ['seen 119 s ago', 119_000, false],
    ['seen exactly 120 s ago (late, not lost)', LOST_MS, false],
    ['seen 120.5 s ago (still 120 whole seconds: late)', LOST_MS + 500, false],
    ['seen 120.999 s ago', LOST_MS + 999, false],
    ['seen 121 s ago', LOST_MS + 1_000, true],
    ['seen an hour ago', 60 * MIN, true],
  ])('raises unit silent only once the position is lost, as freshness.ts says: %s', (_, age, silent) => {
    const lastSeenAt = NOW - age;
    const { alerts } = alertsAt([], [seen('M-1', lastSeenAt)], NOW, FRESHNESS);
    expect(alerts.length === 1).toBe(silent);
    // One rule for the map, the board, the recommender and the alerts.
    expect(freshness(positionAgeSeconds(lastSeenAt, NOW), FRESHNESS) === 'lost').toBe(silent);
  });

  it('says from when the unit is silent, and asks to be read again when the next one will be', () => {
    const lastSeenAt = NOW - 30_000;
    const quiet = alertsAt([], [seen('M-1', lastSeenAt)], NOW, FRESHNESS);
    expect(quiet.alerts).toEqual([]);
    const silentAt = quiet.nextAt!;
    expect(alertsAt([], [seen('M-1', lastSeenAt)], silentAt - 1, FRESHNESS).alerts).toEqual([]);
    expect(alertsAt([], [seen('M-1', lastSeenAt)], silentAt, FRESHNESS)).toEqual({
      alerts: [{ key: `unit_silent:M-1:${lastSeenAt}`, kind: 'unit_silent', since: silentAt, unitId: 'M-1', incidentId: null }],
      nextAt: null,
    });
    expect(alertsAt([], [seen('M-1', lastSeenAt)], silentAt + 60 * MIN, FRESHNESS).alerts[0]!.since).toBe(silentAt);
  });

  it('keeps quiet about a silence someone acknowledged, and alerts again once the unit reported and went silent anew', () => {
    const lastSeenAt = NOW - 10 * MIN;
    const silenceAck = { lastSeenAt, at: NOW - 5 * MIN, by: 'despacho' };
    expect(alertsAt([], [seen('M-1', lastSeenAt, { silenceAck })], NOW, FRESHNESS)).toEqual({ alerts: [], nextAt: null });
    // It reported again a minute later, then went quiet: a new silence, not the one acknowledged.
    const reported = NOW - 9 * MIN;
    expect(alertsAt([], [seen('M-1', reported, { silenceAck })], NOW, FRESHNESS).alerts).toEqual([
      { key: `unit_silent:M-1:${reported}`, kind: 'unit_silent', since: reported + LOST_MS + 1_000, unitId: 'M-1', incidentId: null },
    ]);
    // Reporting now, it is simply not silent; the next read is when it would be.
    expect(alertsAt([], [seen('M-1', NOW, { silenceAck })], NOW, FRESHNESS)).toEqual({ alerts: [], nextAt: NOW + LOST_MS + 1_000 });
  });

  it.each<[UnitStatus, boolean]>([
    ['available', true],
    ['dispatched', true],
    ['en_route', true],
    ['on_scene', true],
    ['break', true],
    ['out_of_service', false],
  ])('watches a unit %s: %s (out of service is expected off the air)', (status, watched) => {
    const { alerts, nextAt } = alertsAt([], [seen('M-1', NOW - 60 * MIN, { status }), seen('M-2', NOW, { status })], NOW, FRESHNESS);
    expect(alerts.map((a) => a.unitId)).toEqual(watched ? ['M-1'] : []);
    expect(nextAt).toBe(watched ? NOW + LOST_MS + 1_000 : null);
  });

  it('raises none for a unit that never had a position', () => {
    expect(alertsAt([], [seen('M-1', null)], NOW, FRESHNESS)).toEqual({ alerts: [], nextAt: null });
  });

  it('follows the thresholds passed in', () => {
    const night = { amberAfterSeconds: 10, lostAfterSeconds: 30 };
    expect(alertsAt([], [seen('M-1', NOW - 45_000)], NOW, night).alerts.map((a) => a.unitId)).toEqual(['M-1']);
    expect(alertsAt([], [seen('M-1', NOW - 45_000)], NOW, FRESHNESS).alerts).toEqual([]);
  });
});

describe('alertsAt', () => {
  it('lists check-ins and silences together, oldest first, and the earliest next read of either', () => {
    const { alerts, nextAt } = alertsAt(
      [onScene(1, NOW - 2 * MIN), onScene(2, NOW + 5 * MIN)],
      [seen('M-7', NOW - 10 * MIN), seen('M-8', NOW - 60_000)],
      NOW,
      FRESHNESS,
    );
    expect(alerts.map((a) => [a.kind, a.since])).toEqual([
      ['unit_silent', NOW - 10 * MIN + LOST_MS + 1_000],
      ['check_in_overdue', NOW - 2 * MIN],
    ]);
    expect(nextAt).toBe(NOW - 60_000 + LOST_MS + 1_000);
  });
});
