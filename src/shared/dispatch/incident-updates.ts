// How an incident changes, step by step: each change is one more version with one more line on its timeline
// (who, what, when, from which console). Shared by the incident's mutations, a dispatcher's unit status and the
// hub's device telemetry, so every path writes the same timeline.
import type { UnitStatus } from '../live/units.ts';
import type { Incident, IncidentStep } from '../records/incident-schema.ts';
import { MAX_STEPS } from '../records/incident-schema.ts';
import { progressOf } from './incident-progress.ts';
import type { StatusReport } from './unit-report.ts';

export interface Actor {
  readonly by: string | null;
  readonly console: string | null;
}

/** The incident's next version with `step` on its timeline (the oldest steps give way past MAX_STEPS). */
export function withStep(
  incident: Incident,
  step: Omit<IncidentStep, 'by' | 'console'>,
  actor: Actor,
  changes: Partial<Incident> = {},
): Incident {
  const steps = [...incident.steps, { ...step, by: actor.by, console: actor.console }].slice(-MAX_STEPS);
  return { ...incident, ...changes, steps, version: incident.version + 1 };
}

export interface UnitReportOnIncident {
  readonly unitId: string;
  readonly report: StatusReport;
  readonly applied: boolean;
  /** The statuses of every unit working the incident once the report is in. */
  readonly unitStatuses: readonly UnitStatus[];
  readonly checkInMinutes: number;
}

/**
 * A unit's status report on the incident it works: the step (applied or only recorded), where the incident now
 * stands, when the first unit arrived, and the check-in clock that starts on arrival.
 */
export function afterUnitReport(incident: Incident, r: UnitReportOnIncident, actor: Actor): Incident {
  const status = progressOf(incident.status, r.unitStatuses);
  const arriving = r.applied && r.report.status === 'on_scene' && incident.arrivedAt === null;
  const changes: Partial<Incident> = {
    status,
    ...(arriving ? { arrivedAt: r.report.at, checkInDueAt: r.report.at + r.checkInMinutes * 60_000 } : {}),
  };
  const step = {
    at: r.report.at,
    action: 'unit_status',
    unitId: r.unitId,
    unitStatus: r.report.status,
    source: r.report.source,
    applied: r.applied,
  } as const;
  return withStep(incident, step, actor, changes);
}
