import { describe, expect, it } from 'vitest';
import { BARRIOS } from '../../../../shared/geo/barrios.ts';
import { IncidentPlaceSchema } from '../../../../shared/records/incident-schema.ts';
import { pickedPlace } from './use-place.ts';

const GENERAL_PAZ = BARRIOS.find((b) => b.name === 'General Paz')!;
const near = { lat: GENERAL_PAZ.lat + 0.001, lng: GENERAL_PAZ.lng - 0.001 };

describe('pickedPlace', () => {
  it('is exactly the point, named by the barrio nearest to it when none is chosen', () => {
    const place = pickedPlace(near, '  ', ' Av. Colón 1200 ');
    expect(place).toEqual({ barrio: 'General Paz', address: 'Av. Colón 1200', ...near, precision: 'point' });
    expect(IncidentPlaceSchema.safeParse(place).success).toBe(true);
  });

  it('keeps the barrio the dispatcher chose, and no address as null', () => {
    expect(pickedPlace(near, 'Centro', '')).toEqual({ barrio: 'Centro', address: null, ...near, precision: 'point' });
  });
});
