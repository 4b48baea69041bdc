// A unit's status, reported by its crew's device or set by a dispatcher: the newest report by time wins, and an
// older one is recorded (on the incident's timeline) without taking effect. One function for both, so the hub's
// telemetry and a dispatcher's mutation decide alike.
//
//   report.at ≥ unit.statusAt (or never reported) ─► applied: the unit takes the status, its time and source
//   report.at < unit.statusAt                     ─► not applied: the unit keeps its newer status
import type { Unit, UnitStatus } from '../live/units.ts';
import type { StatusSource } from './codes.ts';

export interface StatusReport {
  readonly status: UnitStatus;
  readonly at: number;
  readonly source: StatusSource;
}

export interface ReportedStatus {
  /** The unit's next version (always one more: the report itself is a change worth recording). */
  readonly unit: Unit;
  readonly applied: boolean;
}

export function reportStatus(unit: Unit, report: StatusReport): ReportedStatus {
  const applied = unit.statusAt === null || report.at >= unit.statusAt;
  const changes = applied ? { status: report.status, statusAt: report.at, statusSource: report.source } : {};
  return { unit: { ...unit, ...changes, version: unit.version + 1 }, applied };
}
