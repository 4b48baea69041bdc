import { describe, expect, it } from 'vitest';
import { destination, type LatLng } from '../live/geodesy.ts';
import type { Incident } from '../records/incident-schema.ts';
import { incidentAt, NUEVA_CORDOBA, uuidOf } from '../records/test-support/dispatch.ts';
import type { IncidentCategory, IncidentStatus } from './codes.ts';
import { findDuplicates, type DuplicateQuery } from './duplicates.ts';

const MIN = 60_000;
const AT = Date.UTC(2026, 2, 14, 2, 0);
const RULES = { radiusM: 250, windowMinutes: 120 };
const QUERY: DuplicateQuery = { lat: NUEVA_CORDOBA.lat, lng: NUEVA_CORDOBA.lng, category: 'noise', at: AT };

/** `metres` from the query's point, northwards. */
const away = (metres: number): LatLng => destination(QUERY, 0, metres);

/** An open noise incident `metres` from the query, opened `ago` ms before it (changes on top). */
function nearby(n: number, metres: number, ago: number, changes: Partial<Incident> = {}): Incident {
  return incidentAt(uuidOf(n), AT - ago, { place: { ...NUEVA_CORDOBA, ...away(metres) }, ...changes });
}

const ids = (incidents: readonly Incident[]) => findDuplicates(incidents, QUERY, RULES).map((d) => d.incident.id);

describe('findDuplicates', () => {
  it('offers an open incident of the same category nearby, with how far and how old it is', () => {
    const incident = nearby(1, 100, 30 * MIN);
    const [found, ...rest] = findDuplicates([incident], QUERY, RULES);
    expect(rest).toEqual([]);
    expect(found!.incident).toBe(incident);
    expect(found!.distanceM).toBeCloseTo(100, 6);
    expect(found!.ageMinutes).toBe(30);
  });

  it.each<[IncidentCategory, IncidentCategory, boolean]>([
    ['noise', 'noise', true],
    ['party', 'party', true],
    ['party', 'noise', false],
    ['noise', 'party', false],
    ['vacant_lot', 'noise', false],
  ])('same category only: a %s incident for a %s complaint is offered: %s', (category, asked, offered) => {
    expect(findDuplicates([nearby(1, 50, 5 * MIN, { category })], { ...QUERY, category: asked }, RULES).length).toBe(offered ? 1 : 0);
  });

  it.each([
    ['on the very spot', 0, true],
    ['249 m away', 249, true],
    ['251 m away', 251, false],
    ['2 km away', 2_000, false],
  ])('within the radius (250 m): %s', (_, metres, offered) => {
    expect(ids([nearby(1, metres, 10 * MIN)])).toEqual(offered ? [uuidOf(1)] : []);
  });

  it.each([
    ['opened at the same instant', 0, true],
    ['opened 119 minutes before', 119 * MIN, true],
    ['opened exactly 120 minutes before', 120 * MIN, true],
    ['opened 120 minutes and 1 ms before', 120 * MIN + 1, false],
    ['opened a day before', 24 * 60 * MIN, false],
    ['opened 1 ms after the complaint came in', -1, false],
    ['opened an hour after the complaint came in', -60 * MIN, false],
  ])('within the time window (120 min), never after the complaint: %s', (_, ago, offered) => {
    expect(ids([nearby(1, 10, ago)])).toEqual(offered ? [uuidOf(1)] : []);
  });

  it.each<[IncidentStatus, boolean]>([
    ['received', true],
    ['assigned', true],
    ['en_route', true],
    ['on_scene', true],
    ['closed', false],
    ['cancelled', false],
    ['referred', false],
  ])('an incident %s is offered: %s', (status, offered) => {
    expect(ids([nearby(1, 10, 10 * MIN, { status })])).toEqual(offered ? [uuidOf(1)] : []);
  });

  it('lists the nearest first; at the same distance, the most recent', () => {
    const found = findDuplicates(
      [
        nearby(1, 200, 5 * MIN),
        nearby(2, 20, 90 * MIN),
        nearby(3, 120, 60 * MIN),
        nearby(4, 120, 10 * MIN),
        nearby(5, 300, MIN),
        nearby(6, 20, 90 * MIN, { status: 'closed' }),
      ],
      QUERY,
      RULES,
    );
    expect(found.map((d) => d.incident.id)).toEqual([uuidOf(2), uuidOf(4), uuidOf(3), uuidOf(1)]);
    expect(found.map((d) => d.ageMinutes)).toEqual([90, 10, 60, 5]);
  });

  it('counts whole minutes of age', () => {
    expect(findDuplicates([nearby(1, 10, 60 * MIN - 1)], QUERY, RULES)[0]!.ageMinutes).toBe(59);
  });

  it('takes its radius and window from the settings passed in', () => {
    const wider = { radiusM: 1_000, windowMinutes: 24 * 60 };
    expect(findDuplicates([nearby(1, 900, 23 * 60 * MIN)], QUERY, wider).map((d) => d.incident.id)).toEqual([uuidOf(1)]);
    expect(findDuplicates([nearby(1, 900, 23 * 60 * MIN)], QUERY, RULES)).toEqual([]);
  });

  it('offers nothing when nothing is open', () => {
    expect(findDuplicates([], QUERY, RULES)).toEqual([]);
  });
});
