// Despacho's alerts as the panel handles them: which are new to this console (the sound and the announcement are
// for those only), what each says, and the change that acknowledges it — an overdue check-in is acknowledged on its
// incident (a step on the timeline, and the check-in clock starts again); a silent unit on the unit, for this very
// silence (the last position's time, which the alert's key carries), so it comes back if the unit stops again.
import type { DispatchAlert } from '../../../../shared/api/dispatch.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import type { DeskText } from '../incident/desk-text.ts';

/** The alerts whose key this console has not yet sounded and announced. */
export function freshAlerts(heard: ReadonlySet<string>, alerts: readonly DispatchAlert[]): DispatchAlert[] {
  return alerts.filter((alert) => !heard.has(alert.key));
}

/** A silence's last position time, from its key `unit_silent:<unit>:<last seen>` (a unit id may hold ':'). */
export function silenceLastSeenAt(alert: DispatchAlert): number | null {
  if (alert.kind !== 'unit_silent') return null;
  const last = alert.key.slice(alert.key.lastIndexOf(':') + 1);
  return /^\d+$/.test(last) ? Number(last) : null;
}

/** The change that acknowledges the alert, made at `at`; null when the alert does not name what it is about. */
export function acknowledgement(alert: DispatchAlert): ((at: number) => Mutation) | null {
  if (alert.kind === 'check_in_overdue') {
    const id = alert.incidentId;
    return id === null ? null : (at) => ({ kind: 'incident.checkIn', id, at, acknowledgesAlert: true });
  }
  const { unitId } = alert;
  const lastSeenAt = silenceLastSeenAt(alert);
  return unitId === null || lastSeenAt === null ? null : (at) => ({ kind: 'unit.acknowledgeSilence', id: unitId, lastSeenAt, at });
}

/**
 * "Control vencido: Ruidos molestos · Güemes (Móvil 03)", "Unidad sin señal: Móvil 03". `incident` names the
 * incident when it is known; without it a check-in alert names its unit, or the incident's short id.
 */
export function alertText(text: DeskText, alert: DispatchAlert, incident: string | null): string {
  const kind = text.codes(`alert.${alert.kind}`);
  const callSign = alert.callSign ?? alert.unitId;
  if (alert.kind === 'unit_silent' || incident === null) {
    if (callSign !== null) return text.t('alerts.unitSilent', { alert: kind, callSign });
    return text.t('alerts.checkInOverdue', {
      alert: kind,
      incident: text.t('alerts.incidentUnknown', { id: (alert.incidentId ?? '').slice(0, 8) }),
    });
  }
  return callSign === null
    ? text.t('alerts.checkInOverdue', { alert: kind, incident })
    : text.t('alerts.checkInOverdueUnit', { alert: kind, incident, callSign });
}
