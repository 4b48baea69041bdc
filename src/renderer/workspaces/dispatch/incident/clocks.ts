// The incident's running clocks, to the second (the panel ticks once a second), and how they read:
//
//   waiting   from received   until the first unit is assigned
//   arriving  from assigned   until the first unit is on scene      (none before an assign)
//   on scene  from arrival    until the incident ends               (none before an arrival)
//   check-in  until the crew's next check-in is due; negative once overdue (none while nobody is on scene)
//
// A clock stops where the incident ended (closed, cancelled, referred), as the SLA clocks do (shared/dispatch/sla.ts,
// which gives their colours in whole minutes).
import { isFinal } from '../../../../shared/dispatch/incident-progress.ts';
import type { Incident } from '../../../../shared/records/incident-schema.ts';

export interface RunningClock {
  readonly ms: number;
  readonly running: boolean;
}

export interface IncidentClocks {
  readonly waiting: RunningClock;
  readonly arriving: RunningClock | null;
  readonly onScene: RunningClock | null;
  /** Until the check-in is due (negative: overdue by); null while none is due. */
  readonly checkInMs: number | null;
}

type Timed = Pick<Incident, 'status' | 'openedAt' | 'assignedAt' | 'arrivedAt' | 'closedAt' | 'checkInDueAt'>;

const clock = (from: number, stoppedAt: number | null, now: number): RunningClock => ({
  ms: Math.max(0, (stoppedAt ?? now) - from),
  running: stoppedAt === null,
});

export function incidentClocks(incident: Timed, now: number): IncidentClocks {
  const ended = isFinal(incident.status) ? (incident.closedAt ?? now) : null;
  return {
    waiting: clock(incident.openedAt, incident.assignedAt ?? ended, now),
    arriving: incident.assignedAt === null ? null : clock(incident.assignedAt, incident.arrivedAt ?? ended, now),
    onScene: incident.arrivedAt === null ? null : clock(incident.arrivedAt, ended, now),
    checkInMs: ended === null && incident.checkInDueAt !== null ? incident.checkInDueAt - now : null,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A duration as a clock reads it: "4:05", "1:02:05" (whole seconds; the sign is the caller's to say). */
export function durationText(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
