// The incident's timeline as table rows, newest first: when (Córdoba), who, from which console, the step's name
// (`incidents:step`), and its details in words — the unit and its reported status with the source (device or
// despacho) and "no aplicado (más antiguo)" when a newer report had already won, the priority, the channel of a
// linked complaint, the alert acknowledged, the outcome, where it was referred, the note and the note for the
// complainant. A code this console has no words for is shown as it is.
import {
  ALERT_KINDS,
  COMPLAINT_CHANNELS,
  INCIDENT_OUTCOMES,
  INCIDENT_STEP_ACTIONS,
  PRIORITIES,
  STATUS_SOURCES,
} from '../../../../shared/dispatch/codes.ts';
import { UNIT_STATUSES } from '../../../../shared/live/units.ts';
import type { IncidentStep } from '../../../../shared/records/incident-schema.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import type { DeskText } from './desk-text.ts';

export interface TimelineRow {
  readonly key: string;
  readonly at: string;
  readonly who: string;
  /** The console's short name (the random end of its client id), or "sin consola" for a device or the hub. */
  readonly console: string;
  /** The whole client id (a tooltip); null for a device or the hub. */
  readonly consoleId: string | null;
  readonly step: string;
  readonly detail: string | null;
  /** "no aplicado (más antiguo)": a unit status reported after a newer one had already been applied. */
  readonly notApplied: string | null;
  readonly note: string | null;
  readonly statusNote: string | null;
}

const CONSOLE_CHARS = 8;
const PRIORITY_CODES = PRIORITIES.map(String);

function priorityText(text: DeskText, code: string): string {
  return isOneOf(PRIORITY_CODES, code) ? text.codes(`priority.${code as '1' | '2' | '3' | '4'}`) : code;
}

/** The step's own line (or none), from its `detail` code, unit and status. */
function detailLine(text: DeskText, step: IncidentStep, callSign: string | null): string | null {
  const detail = step.detail ?? '';
  switch (step.action) {
    case 'opened':
    case 'priority_changed':
      return step.detail === undefined ? null : text.t('timeline.priority', { priority: priorityText(text, detail) });
    case 'complaint_linked':
      return text.t('timeline.channel', { channel: isOneOf(COMPLAINT_CHANNELS, detail) ? text.codes(`channel.${detail}`) : detail });
    case 'alert_acknowledged':
      return text.t('timeline.alert', { alert: isOneOf(ALERT_KINDS, detail) ? text.codes(`alert.${detail}`) : detail });
    case 'closed':
      return text.t('timeline.outcome', { outcome: isOneOf(INCIDENT_OUTCOMES, detail) ? text.codes(`outcome.${detail}`) : detail });
    case 'referred':
      return text.t('timeline.referredTo', { to: detail });
    case 'unit_status': {
      const status =
        step.unitStatus === undefined
          ? ''
          : isOneOf(UNIT_STATUSES, step.unitStatus)
            ? text.ui(`unit.status.${step.unitStatus}`)
            : step.unitStatus;
      const source =
        step.source !== undefined && isOneOf(STATUS_SOURCES, step.source) ? text.codes(`source.${step.source}`) : (step.source ?? '');
      return text.t('timeline.unitStatus', { callSign: callSign ?? '', status, source });
    }
    default:
      return callSign === null ? null : text.t('timeline.unit', { callSign });
  }
}

function row(text: DeskText, step: IncidentStep, index: number, callSignOf: (unitId: string) => string): TimelineRow {
  const callSign = step.unitId === undefined ? null : callSignOf(step.unitId);
  return {
    key: String(index),
    at: formatDateTime(step.at, text.language),
    // A device's report is made "by" its unit.
    who: step.by === null ? text.t('timeline.system') : step.source === 'device' ? callSignOf(step.by) : step.by,
    console: step.console === null ? text.t('timeline.noConsole') : step.console.slice(-CONSOLE_CHARS),
    consoleId: step.console,
    step: isOneOf(INCIDENT_STEP_ACTIONS, step.action) ? text.codes(`step.${step.action}`) : step.action,
    detail: detailLine(text, step, callSign),
    notApplied: step.applied === false ? text.t('timeline.notApplied') : null,
    note: step.note ? text.t('timeline.note', { note: step.note }) : null,
    statusNote: step.statusNote ? text.t('timeline.statusNote', { note: step.statusNote }) : null,
  };
}

/** Newest first by the step's time (a device's late report sits where it happened), then by the order recorded. */
export function timelineRows(text: DeskText, steps: readonly IncidentStep[], callSignOf: (unitId: string) => string): TimelineRow[] {
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => b.step.at - a.step.at || b.index - a.index)
    .map(({ step, index }) => row(text, step, index, callSignOf));
}
