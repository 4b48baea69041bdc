import { describe, expect, it } from 'vitest';
import type { Incident } from '../records/incident-schema.ts';
import type { IncidentStatus } from './codes.ts';
import { incidentSla, type SlaRules } from './sla.ts';

const MIN = 60_000;
const OPENED = Date.UTC(2026, 2, 10, 15, 0);
/** Priority 1: assign amber from 3 min, red from 5; arrive amber from 10, red from 15. */
const RULES: SlaRules = {
  p1: { assign: { amberMinutes: 3, redMinutes: 5 }, arrive: { amberMinutes: 10, redMinutes: 15 } },
  p2: { assign: { amberMinutes: 5, redMinutes: 10 }, arrive: { amberMinutes: 15, redMinutes: 25 } },
  p3: { assign: { amberMinutes: 15, redMinutes: 30 }, arrive: { amberMinutes: 30, redMinutes: 60 } },
  p4: { assign: { amberMinutes: 60, redMinutes: 240 }, arrive: { amberMinutes: 120, redMinutes: 480 } },
};

type Timed = Pick<Incident, 'openedAt' | 'assignedAt' | 'arrivedAt' | 'closedAt' | 'status'>;
const incident = (over: Partial<Timed> = {}): Timed => ({
  openedAt: OPENED,
  assignedAt: null,
  arrivedAt: null,
  closedAt: null,
  status: 'received',
  ...over,
});

describe('incidentSla', () => {
  it.each([
    ['just opened', 0, 0, 'ok'],
    ['2:59.999 without a unit', 3 * MIN - 1, 2, 'ok'],
    ['3:00: amber', 3 * MIN, 3, 'amber'],
    ['4:59.999: still amber', 5 * MIN - 1, 4, 'amber'],
    ['5:00: red', 5 * MIN, 5, 'red'],
    ['an hour: red', 60 * MIN, 60, 'red'],
  ] as const)('the assign clock runs while nobody is assigned: %s', (_, elapsed, minutes, level) => {
    expect(incidentSla(incident(), 1, OPENED + elapsed, RULES)).toEqual({ assign: { minutes, level, running: true }, arrive: null });
  });

  it.each([
    ['9:59.999 after the assign', 10 * MIN - 1, 9, 'ok'],
    ['10:00: amber', 10 * MIN, 10, 'amber'],
    ['14:59.999: still amber', 15 * MIN - 1, 14, 'amber'],
    ['15:00: red', 15 * MIN, 15, 'red'],
  ] as const)('the arrive clock runs from the assign until someone is on scene: %s', (_, elapsed, minutes, level) => {
    const assignedAt = OPENED + 2 * MIN;
    const sla = incidentSla(incident({ status: 'assigned', assignedAt }), 1, assignedAt + elapsed, RULES);
    expect(sla.arrive).toEqual({ minutes, level, running: true });
  });

  it.each([
    ['ok', 2 * MIN, 'ok'],
    ['amber', 4 * MIN, 'amber'],
    ['red', 7 * MIN, 'red'],
  ] as const)('a stopped assign clock keeps its colour (%s) however late it is read', (_, after, level) => {
    const sla = incidentSla(incident({ status: 'assigned', assignedAt: OPENED + after }), 1, OPENED + 10 * 60 * MIN, RULES);
    expect(sla.assign).toEqual({ minutes: after / MIN, level, running: false });
  });

  it.each([
    ['ok', 9 * MIN, 'ok'],
    ['amber', 12 * MIN, 'amber'],
    ['red', 20 * MIN, 'red'],
  ] as const)('a stopped arrive clock keeps its colour (%s) however late it is read', (_, after, level) => {
    const assignedAt = OPENED + MIN;
    const sla = incidentSla(incident({ status: 'on_scene', assignedAt, arrivedAt: assignedAt + after }), 1, OPENED + 10 * 60 * MIN, RULES);
    expect(sla.arrive).toEqual({ minutes: after / MIN, level, running: false });
  });

  it('keeps the first assign and arrival: every unit released, the incident waits again but its clocks stay stopped', () => {
    const sla = incidentSla(
      incident({ status: 'received', assignedAt: OPENED + MIN, arrivedAt: OPENED + 4 * MIN }),
      1,
      OPENED + 90 * MIN,
      RULES,
    );
    expect(sla).toEqual({ assign: { minutes: 1, level: 'ok', running: false }, arrive: { minutes: 3, level: 'ok', running: false } });
  });

  it('keeps the arrive clock running from the first assign when every unit is released before arriving', () => {
    const sla = incidentSla(incident({ status: 'received', assignedAt: OPENED + MIN }), 1, OPENED + 20 * MIN, RULES);
    expect(sla.arrive).toEqual({ minutes: 19, level: 'red', running: true });
  });

  it.each<[IncidentStatus]>([['closed'], ['cancelled'], ['referred']])('stops both clocks when the incident ends (%s)', (status) => {
    const closedAt = OPENED + 4 * MIN;
    const unassigned = incidentSla(incident({ status, closedAt }), 1, OPENED + 10 * 60 * MIN, RULES);
    expect(unassigned).toEqual({ assign: { minutes: 4, level: 'amber', running: false }, arrive: null });
    const enRoute = incidentSla(
      incident({ status, assignedAt: OPENED + MIN, closedAt: OPENED + 20 * MIN }),
      1,
      OPENED + 10 * 60 * MIN,
      RULES,
    );
    expect(enRoute).toEqual({ assign: { minutes: 1, level: 'ok', running: false }, arrive: { minutes: 19, level: 'red', running: false } });
  });

  it('has no arrive clock before an assign, even once the incident ended', () => {
    expect(incidentSla(incident(), 1, OPENED + 20 * MIN, RULES).arrive).toBeNull();
    expect(incidentSla(incident({ status: 'cancelled', closedAt: OPENED + MIN }), 1, OPENED + 20 * MIN, RULES).arrive).toBeNull();
  });

  it.each([
    [1, 'red'],
    [2, 'amber'],
    [3, 'ok'],
    [4, 'ok'],
  ] as const)('colours by the priority in force: 6 minutes unassigned at priority %i is %s', (priority, level) => {
    expect(incidentSla(incident(), priority, OPENED + 6 * MIN, RULES).assign.level).toBe(level);
  });

  it('reads a clock read before its start as zero', () => {
    expect(incidentSla(incident(), 1, OPENED - 5_000, RULES).assign).toEqual({ minutes: 0, level: 'ok', running: true });
  });
});
