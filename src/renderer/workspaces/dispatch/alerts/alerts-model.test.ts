import { describe, expect, it } from 'vitest';
import type { DispatchAlert } from '../../../../shared/api/dispatch.ts';
import { deskText } from '../incident/test-support/desk-text.ts';
import { acknowledgement, alertText, freshAlerts, silenceLastSeenAt } from './alerts-model.ts';

const INCIDENT = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const DUE = Date.UTC(2026, 11, 6, 1, 15);
const SEEN = Date.UTC(2026, 11, 6, 1, 2, 3, 456);
const AT = Date.UTC(2026, 11, 6, 1, 20);

const checkIn: DispatchAlert = {
  key: `check_in_overdue:${INCIDENT}:${DUE}`,
  kind: 'check_in_overdue',
  since: DUE,
  unitId: 'movil-03',
  callSign: 'Móvil 03',
  incidentId: INCIDENT,
};
const silent: DispatchAlert = {
  key: `unit_silent:pie-01:${SEEN}`,
  kind: 'unit_silent',
  since: SEEN + 120_000,
  unitId: 'pie-01',
  callSign: 'Pie 01',
  incidentId: null,
};

describe('freshAlerts', () => {
  it('keeps the alerts not heard yet, in their order', () => {
    expect(freshAlerts(new Set(), [checkIn, silent])).toEqual([checkIn, silent]);
    expect(freshAlerts(new Set([checkIn.key]), [checkIn, silent])).toEqual([silent]);
    expect(freshAlerts(new Set([checkIn.key, silent.key]), [checkIn, silent])).toEqual([]);
  });

  it('hears the next silence of the same unit as new (another last position, another key)', () => {
    const again = { ...silent, key: `unit_silent:pie-01:${SEEN + 600_000}` };
    expect(freshAlerts(new Set([silent.key]), [again])).toEqual([again]);
  });
});

describe('acknowledgement', () => {
  it('acknowledges an overdue check-in on its incident (the timeline keeps it)', () => {
    expect(acknowledgement(checkIn)?.(AT)).toEqual({ kind: 'incident.checkIn', id: INCIDENT, at: AT, acknowledgesAlert: true });
  });

  it('acknowledges a silent unit for this very silence: its last position’s time, from the key', () => {
    expect(acknowledgement(silent)?.(AT)).toEqual({ kind: 'unit.acknowledgeSilence', id: 'pie-01', lastSeenAt: SEEN, at: AT });
  });

  it.each<[string, DispatchAlert, number | null]>([
    ['a unit id with colons', { ...silent, key: `unit_silent:zona:norte:7:${SEEN}`, unitId: 'zona:norte:7' }, SEEN],
    ['a key without a time', { ...silent, key: 'unit_silent:pie-01:' }, null],
    ['a check-in alert (no silence)', checkIn, null],
  ])('reads the last position’s time of %s', (_, alert, lastSeenAt) => {
    expect(silenceLastSeenAt(alert)).toBe(lastSeenAt);
  });

  it('offers nothing for an alert that names nothing to acknowledge', () => {
    expect(acknowledgement({ ...checkIn, incidentId: null })).toBeNull();
    expect(acknowledgement({ ...silent, key: 'unit_silent:pie-01:x' })).toBeNull();
  });
});

describe('alertText', () => {
  it.each<[string, DispatchAlert, string | null, string]>([
    [
      'an overdue check-in with its incident and unit',
      checkIn,
      'Ruidos molestos · Güemes',
      'Control vencido: Ruidos molestos · Güemes (Móvil 03)',
    ],
    [
      'an overdue check-in whose unit left',
      { ...checkIn, unitId: null, callSign: null },
      'Ruidos molestos · Güemes',
      'Control vencido: Ruidos molestos · Güemes',
    ],
    ['an overdue check-in before the incident is known: its unit', checkIn, null, 'Control vencido: Móvil 03'],
    [
      '… or, without one, the incident’s short id',
      { ...checkIn, unitId: null, callSign: null },
      null,
      'Control vencido: incidente 0193a1b2',
    ],
    ['a silent unit', silent, null, 'Unidad sin señal: Pie 01'],
    ['a silent unit the console has no call sign for', { ...silent, callSign: null }, null, 'Unidad sin señal: pie-01'],
  ])('%s', async (_, alert, incident, expected) => {
    expect(alertText(await deskText('es-AR'), alert, incident)).toBe(expected);
  });

  it('speaks English too', async () => {
    expect(alertText(await deskText('en'), silent, null)).toBe('Unit silent: Pie 01');
  });
});
