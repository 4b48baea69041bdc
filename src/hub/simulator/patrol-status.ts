// How a simulated patrol's status evolves: a table of transitions with their odds, and how long each status
// lasts. The main cycle is disponible → en camino → en escena → disponible; breaks and the odd breakdown
// (fuera de servicio) come in between. En camino lasts until the unit arrives, not a drawn time. Asignada is only
// ever set by a dispatcher: the crew sets off (en camino) once ready, and does nothing else on its own meanwhile.
import type { UnitStatus } from '../../shared/live/units.ts';

const MINUTE = 60_000;

/** Next statuses with their probabilities (each row sums to 1). */
export const STATUS_TRANSITIONS: Readonly<Record<UnitStatus, readonly (readonly [UnitStatus, number])[]>> = {
  available: [
    ['en_route', 0.85],
    ['break', 0.1],
    ['out_of_service', 0.05],
  ],
  dispatched: [['en_route', 1]],
  en_route: [['on_scene', 1]],
  on_scene: [
    ['available', 0.85],
    ['break', 0.12],
    ['out_of_service', 0.03],
  ],
  break: [['available', 1]],
  out_of_service: [['available', 1]],
};

/** How long a status lasts, [min, max] ms. */
export const STATUS_DWELL_MS: Readonly<Record<Exclude<UnitStatus, 'en_route'>, readonly [number, number]>> = {
  available: [3 * MINUTE, 12 * MINUTE], // patrolling until the next call
  dispatched: [10_000, 40_000], // the crew acknowledges and sets off
  on_scene: [5 * MINUTE, 20 * MINUTE],
  break: [10 * MINUTE, 30 * MINUTE],
  out_of_service: [15 * MINUTE, 45 * MINUTE],
};

/** Statuses in which the unit moves (patrolling or heading to a call); in the others it stays put. */
export const isMoving = (status: UnitStatus): boolean => status === 'available' || status === 'en_route';

/** The status after `current`, for a uniform `roll` in [0, 1). */
export function nextStatus(current: UnitStatus, roll: number): UnitStatus {
  const options = STATUS_TRANSITIONS[current];
  let cumulative = 0;
  for (const [status, probability] of options) {
    cumulative += probability;
    if (roll < cumulative) return status;
  }
  return options.at(-1)![0];
}

/** Dwell time of a status for a uniform `roll` in [0, 1). */
export function dwellMs(status: Exclude<UnitStatus, 'en_route'>, roll: number): number {
  const [min, max] = STATUS_DWELL_MS[status];
  return Math.round(min + roll * (max - min));
}
