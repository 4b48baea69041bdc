import { describe, expect, it } from 'vitest';
import type { UnitStatus } from '../live/units.ts';
import { INCIDENT_STATUSES, type IncidentStatus } from './codes.ts';
import { isFinal, progressOf } from './incident-progress.ts';

describe('progressOf', () => {
  it.each<[IncidentStatus, UnitStatus[], IncidentStatus]>([
    ['received', ['dispatched'], 'assigned'],
    ['assigned', ['en_route'], 'en_route'],
    ['en_route', ['on_scene'], 'on_scene'],
    // The furthest unit wins, whatever the order.
    ['assigned', ['dispatched', 'en_route', 'dispatched'], 'en_route'],
    ['assigned', ['on_scene', 'dispatched', 'en_route'], 'on_scene'],
    ['en_route', ['en_route', 'on_scene'], 'on_scene'],
    // The one on scene leaves: the incident stands where the others are.
    ['on_scene', ['en_route', 'dispatched'], 'en_route'],
    // A unit assigned but on break, out of service, or marked available by its crew still counts as assigned.
    ['assigned', ['break'], 'assigned'],
    ['assigned', ['out_of_service'], 'assigned'],
    ['en_route', ['available'], 'assigned'],
    // The last unit released: back to received.
    ['on_scene', [], 'received'],
    ['assigned', [], 'received'],
    ['received', [], 'received'],
  ])('an incident %s with units %j stands at %s', (current, units, expected) => {
    expect(progressOf(current, units)).toBe(expected);
  });

  it.each<[IncidentStatus]>([['closed'], ['cancelled'], ['referred']])(
    'never moves an incident %s, whatever its units report',
    (status) => {
      for (const units of [[], ['on_scene'], ['en_route', 'dispatched'], ['available']] as UnitStatus[][]) {
        expect(progressOf(status, units)).toBe(status);
      }
    },
  );

  it('calls closed, cancelled and referred final, and nothing else', () => {
    expect(INCIDENT_STATUSES.filter(isFinal)).toEqual(['closed', 'cancelled', 'referred']);
  });
});
