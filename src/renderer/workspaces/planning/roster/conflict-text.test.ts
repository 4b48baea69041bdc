import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../../../shared/roster/types.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { formatDays } from '../people/absence-days.ts';
import { describeConflict, type ConflictWriter } from './conflict-text.ts';

const writer: ConflictWriter = {
  personName: (id) => ({ ana: 'Ana López' })[id] ?? id,
  resourceLabel: (id) => ({ 'alco-6': 'Alcoholímetro 6', 'sono-4': 'Sonómetro 4', 'movil-1': 'Móvil 01' })[id] ?? id,
  resourceKind: (id) =>
    id.startsWith('alco') ? 'breathalyser' : id.startsWith('sono') ? 'sound_meter' : id.startsWith('movil') ? 'vehicle' : undefined,
  operation: (id) => `op ${id}`,
  qualifications: (anyOf) => anyOf.join(' o '),
  instrument: (kind) => kind,
  number: (value) => new Intl.NumberFormat('es-AR', { maximumFractionDigits: 1 }).format(value),
  date: (ms) =>
    new Intl.DateTimeFormat('es-AR', { timeZone: 'America/Argentina/Cordoba', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
      ms,
    ),
  absence: (kind) => ({ leave: 'Licencia', sick: 'Enfermedad', training: 'Capacitación', other: 'Ausencia' })[kind],
  days: (from, to) => formatDays(from, to, 'es-AR'),
};

const cases: [Conflict, string, Record<string, string>][] = [
  [
    { kind: 'double_booking', subject: 'person', subjectId: 'ana', operationIds: ['a', 'b'], overlapMinutes: 90 },
    'double_booking_person',
    { name: 'Ana López', minutes: '90', first: 'op a', second: 'op b' },
  ],
  [
    { kind: 'double_booking', subject: 'resource', subjectId: 'alco-6', operationIds: ['a', 'b'], overlapMinutes: 30 },
    'double_booking_resource',
    { name: 'Alcoholímetro 6', minutes: '30', first: 'op a', second: 'op b' },
  ],
  [
    { kind: 'vehicle_reserved', resourceId: 'movil-1', operationIds: ['a', 'b'], overlapMinutes: 60 },
    'vehicle_reserved',
    { name: 'Móvil 01', first: 'op a', second: 'op b', minutes: '60' },
  ],
  [
    { kind: 'short_rest', personId: 'ana', operationIds: ['a', 'b'], restHours: 6, minRestHours: 12 },
    'short_rest',
    { name: 'Ana López', hours: '6', min: '12', first: 'op a', second: 'op b' },
  ],
  [
    { kind: 'weekly_hours', personId: 'ana', operationIds: ['a', 'b', 'c'], hours: 50.5, maxHours: 48 },
    'weekly_hours',
    { name: 'Ana López', hours: '50,5', max: '48', operations: '3' },
  ],
  [
    { kind: 'missing_qualification', operationId: 'a', anyOf: ['environment_specialist', 'sound_meter_operator'] },
    'missing_qualification',
    { operation: 'op a', qualifications: 'environment_specialist o sound_meter_operator' },
  ],
  [
    { kind: 'missing_equipment', operationId: 'a', resourceKind: 'breathalyser' },
    'missing_equipment',
    { operation: 'op a', instrument: 'breathalyser' },
  ],
  [
    {
      kind: 'equipment_out_of_calibration',
      operationId: 'a',
      resourceId: 'alco-6',
      calibratedOn: cordobaInstant(2025, 10, 12, 10),
      validUntil: cordobaInstant(2026, 10, 13),
      validityMonths: 12,
    },
    'out_of_calibration_breathalyser',
    { name: 'Alcoholímetro 6', operation: 'op a', date: '13/10/2026', calibratedOn: '12/10/2025', months: '12' },
  ],
  [
    {
      kind: 'equipment_out_of_calibration',
      operationId: 'a',
      resourceId: 'sono-4',
      calibratedOn: cordobaInstant(2025, 1, 5),
      validUntil: cordobaInstant(2026, 1, 6),
      validityMonths: 12,
    },
    'out_of_calibration_sound_meter',
    { name: 'Sonómetro 4', operation: 'op a', date: '06/01/2026', calibratedOn: '05/01/2025', months: '12' },
  ],
  [
    {
      kind: 'equipment_out_of_calibration',
      operationId: 'a',
      resourceId: 'alco-9',
      calibratedOn: null,
      validUntil: null,
      validityMonths: 12,
    },
    'never_calibrated',
    { name: 'alco-9', operation: 'op a' },
  ],
  [
    { kind: 'person_unavailable', personId: 'ana', operationId: 'a', reason: 'inactive' },
    'person_inactive',
    { name: 'Ana López', operation: 'op a' },
  ],
  [
    { kind: 'person_unavailable', personId: 'ana', operationId: 'a', reason: 'leave', from: '2026-12-07', to: '2026-12-11' },
    'person_away',
    { name: 'Ana López', operation: 'op a', absence: 'Licencia', days: '7–11 dic' },
  ],
  [
    { kind: 'person_unavailable', personId: 'ana', operationId: 'a', reason: 'training', from: '2026-12-31', to: '2027-01-02' },
    'person_away',
    { name: 'Ana López', operation: 'op a', absence: 'Capacitación', days: '31 dic – 2 ene' },
  ],
  [
    { kind: 'person_unavailable', personId: 'ana', operationId: 'a', reason: 'sick', from: '2026-12-09', to: '2026-12-09' },
    'person_away',
    { name: 'Ana López', operation: 'op a', absence: 'Enfermedad', days: '9 dic' },
  ],
  [
    { kind: 'resource_unavailable', resourceId: 'movil-1', operationId: 'a', reason: 'workshop' },
    'vehicle_workshop',
    { name: 'Móvil 01', operation: 'op a' },
  ],
  [{ kind: 'vehicle_seats', operationId: 'a', seats: 2, people: 3 }, 'vehicle_seats', { operation: 'op a', people: '3', seats: '2' }],
];

describe('conflict sentences', () => {
  it.each(cases)('%j → %s', (conflict, sentence, params) => {
    expect(describeConflict(conflict, writer)).toEqual({ sentence, params });
  });
});
