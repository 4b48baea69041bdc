// Service-level clocks of an incident, coloured by the settings in force (dispatch.sla, by priority):
//
//   assign  from opened   until the first unit is assigned (running while nobody is)
//   arrive  from assigned until the first unit is on scene  (running while nobody is; none before an assign)
//
// Each is ok, amber from its amber minute, red from its red minute. A stopped clock keeps the colour it stopped
// at, so a closed incident still says whether it was served in time.
import type { SettingValue } from '../settings/catalogue.ts';
import type { Incident } from '../records/incident-schema.ts';
import { isFinal } from './incident-progress.ts';
import type { Priority } from './codes.ts';

export type SlaRules = SettingValue<'dispatch.sla'>;
export const SLA_LEVELS = ['ok', 'amber', 'red'] as const;
export type SlaLevel = (typeof SLA_LEVELS)[number];

export interface SlaClock {
  /** Whole minutes the clock has run (or ran, once stopped). */
  readonly minutes: number;
  readonly level: SlaLevel;
  readonly running: boolean;
}

export interface IncidentSla {
  readonly assign: SlaClock;
  readonly arrive: SlaClock | null;
}

type Thresholds = SlaRules['p1']['assign'];
type Timed = Pick<Incident, 'openedAt' | 'assignedAt' | 'arrivedAt' | 'closedAt' | 'status'>;

function clock(from: number, stoppedAt: number | null, now: number, thresholds: Thresholds): SlaClock {
  const end = stoppedAt ?? now;
  const minutes = Math.max(0, Math.floor((end - from) / 60_000));
  const level = minutes >= thresholds.redMinutes ? 'red' : minutes >= thresholds.amberMinutes ? 'amber' : 'ok';
  return { minutes, level, running: stoppedAt === null };
}

export function incidentSla(incident: Timed, priority: Priority, now: number, rules: SlaRules): IncidentSla {
  const { assign, arrive } = rules[`p${priority}`];
  const ended = isFinal(incident.status) ? (incident.closedAt ?? now) : null;
  return {
    assign: clock(incident.openedAt, incident.assignedAt ?? ended, now, assign),
    arrive: incident.assignedAt === null ? null : clock(incident.assignedAt, incident.arrivedAt ?? ended, now, arrive),
  };
}
