// How each kind of preventive operation is usually scheduled and staffed in Córdoba (docs/DOMAIN.md, Operation types):
// which days, which hours, where, how many promoters and whether a vehicle goes. The generator samples from these;
// changing a pattern changes the demo data only.
import type { OperationType } from '../operations/codes.ts';

export interface OperationPattern {
  /** Relative frequency among all operations. */
  readonly weight: number;
  /** Allowed weekdays, 0 = Sunday. */
  readonly weekdays: readonly number[];
  /** Start hour range in Córdoba local time; hours ≥ 24 run past midnight. */
  readonly startHours: readonly [number, number];
  readonly durationMinutes: readonly [number, number];
  /** Barrios where it happens; empty = anywhere. */
  readonly barrios: readonly string[];
  readonly results: readonly string[];
  /** Promoters sent, fewest to most. */
  readonly team: readonly [number, number];
  /** Whether a vehicle (and so a driver) goes when one is free. */
  readonly vehicle: boolean;
}

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [1, 2, 3, 4, 5];
const NIGHTLIFE = ['Nueva Córdoba', 'Centro', 'General Paz', 'Alta Córdoba', 'Cofico', 'Juniors', 'Providencia'];

export const OPERATION_PATTERNS: Record<OperationType, OperationPattern> = {
  alcohol_test: {
    weight: 22,
    weekdays: [4, 5, 6, 0], // Conducción Responsable: Thursday–Sunday
    startHours: [22, 25],
    durationMinutes: [180, 360],
    barrios: [],
    results: [
      'Controles sin hallazgos',
      'Controles: 2 positivos, licencias retenidas, actas labradas',
      'Controles: 1 positivo, vehículo entregado a conductor designado',
      'Autotests voluntarios en carpa: sin identificación',
    ],
    team: [3, 4],
    vehicle: true,
  },
  noise_check: {
    weight: 18,
    weekdays: [4, 5, 6, 0],
    startHours: [22, 26],
    durationMinutes: [90, 240],
    barrios: NIGHTLIFE,
    results: ['Niveles dentro del límite', 'Excedía el límite: advertencia', 'Excedía el límite: acta y secuestro de equipo de sonido'],
    team: [2, 3],
    vehicle: true,
  },
  street_vending: {
    weight: 13,
    weekdays: [1, 2, 3, 4, 5, 6],
    startHours: [9, 16],
    durationMinutes: [120, 300],
    barrios: ['Centro'],
    results: ['Sin venta ambulante', 'Orientación verbal a vendedores', 'Decomiso con recibo entregado: acta'],
    team: [2, 4],
    vehicle: false,
  },
  vacant_lot: {
    weight: 9,
    weekdays: WEEKDAYS,
    startHours: [8, 12],
    durationMinutes: [60, 180],
    barrios: [
      'Villa Retiro',
      'Ciudad de los Cuartetos',
      'Marqués de Sobremonte',
      'Alto Verde',
      'Palmar',
      'Patricios',
      'Yofre Norte',
      'Parque Liceo 1ª secc.',
    ],
    results: ['Emplazamiento a 3 días notificado por CiDi', 'Reparado por el propietario', 'Limpieza por la Municipalidad con cargo: acta'],
    team: [2, 2],
    vehicle: true,
  },
  public_event: {
    weight: 8,
    weekdays: [5, 6, 0],
    startHours: [18, 22],
    durationMinutes: [240, 420],
    barrios: NIGHTLIFE,
    results: [
      'Evento habilitado, capacidad respetada',
      'Sobreaforo: advertencia al organizador',
      'Sin habilitación: acta y clausura preventiva',
    ],
    team: [3, 5],
    vehicle: true,
  },
  education_session: {
    weight: 8,
    weekdays: WEEKDAYS,
    startHours: [9, 16],
    durationMinutes: [60, 120],
    barrios: [],
    results: ['Escuela de Convivencia: sesión realizada'],
    team: [1, 2],
    vehicle: false,
  },
  election_oversight: {
    weight: 1,
    weekdays: [0],
    startHours: [8, 9],
    durationMinutes: [540, 600],
    barrios: [],
    results: ['Elección vecinal fiscalizada sin incidentes'],
    team: [2, 3],
    vehicle: true,
  },
  camera_review: {
    weight: 12,
    weekdays: EVERY_DAY,
    startHours: [7, 20],
    durationMinutes: [120, 240],
    barrios: [],
    results: ['Clips revisados: descartados', 'Clips revisados: advertencias notificadas', 'Clips revisados: actas labradas'],
    team: [1, 2],
    vehicle: false,
  },
};
