// The alerts Despacho raises, as of an instant (pure: the core lists them, the view re-reads at `nextAt`):
//
//   check_in_overdue  an incident with a crew on scene whose check-in time has passed
//   unit_silent       a unit whose last position is older than live.freshness' lost threshold (or none at all
//                     since it last had one), unless someone acknowledged this same silence
//
// An acknowledgement is kept on the record (the incident's timeline; the unit's silenceAck), so an alert comes
// back only when there is something new: the next check-in missed, the unit silent again after reporting.
import { freshness, positionAgeSeconds, type FreshnessThresholds } from '../live/freshness.ts';
import type { Unit } from '../live/units.ts';
import type { Incident } from '../records/incident-schema.ts';
import type { AlertKind } from './codes.ts';
import { isFinal } from './incident-progress.ts';

export interface Alert {
  readonly key: string;
  readonly kind: AlertKind;
  readonly since: number;
  readonly unitId: string | null;
  readonly incidentId: string | null;
}

export interface AlertsAt {
  readonly alerts: Alert[];
  readonly nextAt: number | null;
}

export interface SilenceInput {
  readonly unit: Pick<Unit, 'id' | 'silenceAck' | 'status'>;
  /** The hub time of its last position (null: never had one). */
  readonly lastSeenAt: number | null;
}

function checkInAlerts(incidents: readonly Incident[], now: number) {
  const open = incidents.filter((i) => !isFinal(i.status) && i.checkInDueAt !== null);
  const due = open.filter((i) => i.checkInDueAt! <= now);
  const alerts = due.map(
    (i) =>
      ({
        key: `check_in_overdue:${i.id}:${i.checkInDueAt}`,
        kind: 'check_in_overdue',
        since: i.checkInDueAt!,
        unitId: i.units[0] ?? null,
        incidentId: i.id,
      }) as const,
  );
  return { alerts, next: open.filter((i) => i.checkInDueAt! > now).map((i) => i.checkInDueAt!) };
}

function silenceAlerts(units: readonly SilenceInput[], now: number, thresholds: FreshnessThresholds) {
  // A unit out of service is expected to be off the air.
  const watched = units.filter(
    ({ unit, lastSeenAt }) => unit.status !== 'out_of_service' && lastSeenAt !== null && unit.silenceAck?.lastSeenAt !== lastSeenAt,
  );
  // Silent is what freshness.ts calls lost (the map, the board and the recommender say the same): ages count in
  // whole seconds and one exactly lostAfterSeconds old is still late, so it turns lost a whole second after that.
  const isSilent = (lastSeenAt: number) => freshness(positionAgeSeconds(lastSeenAt, now), thresholds) === 'lost';
  const lostAt = (lastSeenAt: number) => lastSeenAt + (thresholds.lostAfterSeconds + 1) * 1000;
  const silent = watched.filter(({ lastSeenAt }) => isSilent(lastSeenAt!));
  const alerts = silent.map(
    ({ unit, lastSeenAt }) =>
      ({
        key: `unit_silent:${unit.id}:${lastSeenAt}`,
        kind: 'unit_silent',
        since: lostAt(lastSeenAt!),
        unitId: unit.id,
        incidentId: null,
      }) as const,
  );
  return { alerts, next: watched.filter(({ lastSeenAt }) => !isSilent(lastSeenAt!)).map(({ lastSeenAt }) => lostAt(lastSeenAt!)) };
}

export function alertsAt(
  incidents: readonly Incident[],
  units: readonly SilenceInput[],
  now: number,
  thresholds: FreshnessThresholds,
): AlertsAt {
  const checkIns = checkInAlerts(incidents, now);
  const silences = silenceAlerts(units, now, thresholds);
  const next = [...checkIns.next, ...silences.next];
  return {
    alerts: [...checkIns.alerts, ...silences.alerts].sort((a, b) => a.since - b.since),
    nextAt: next.length ? Math.min(...next) : null,
  };
}
