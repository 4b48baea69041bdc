// The complaint queue as Despacho shows it: the open incidents in the order 'dispatch.queue' gives them (most
// urgent first, then longest waiting — decided once, in the core), narrowed by the dispatcher's filters, each
// with its SLA clocks at `now` under the rules in force (shared/dispatch/sla.ts). Recomputed every second for the
// clocks; the data themselves come only when they change (a live query).
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import type { ComplaintChannel, IncidentCategory } from '../../../../shared/dispatch/codes.ts';
import { incidentSla, type IncidentSla, type SlaLevel, type SlaRules } from '../../../../shared/dispatch/sla.ts';

export interface QueueFilter {
  /** '' = every category, barrio or channel. */
  readonly category: IncidentCategory | '';
  readonly barrio: string;
  readonly channel: ComplaintChannel | '';
}

export const NO_QUEUE_FILTER: QueueFilter = { category: '', barrio: '', channel: '' };

export const isFiltered = (filter: QueueFilter): boolean => filter.category !== '' || filter.barrio !== '' || filter.channel !== '';

/** An incident matches a channel when any of its complaints came through it (a party reported by 103 and the app). */
export function matchesQueueFilter({ incident }: IncidentView, filter: QueueFilter): boolean {
  return (
    (filter.category === '' || incident.category === filter.category) &&
    (filter.barrio === '' || incident.place.barrio === filter.barrio) &&
    (filter.channel === '' || incident.complaints.some((c) => c.channel === filter.channel))
  );
}

export interface QueueRow {
  readonly view: IncidentView;
  readonly sla: IncidentSla;
  /** The worse of the clocks still running (a stopped clock no longer calls for attention); null: none running. */
  readonly attention: SlaLevel | null;
  readonly complaints: number;
  /** The channels its complaints came through, each once, in the order they came. */
  readonly channels: readonly ComplaintChannel[];
}

const LEVEL_RANK: Readonly<Record<SlaLevel, number>> = { ok: 0, amber: 1, red: 2 };

export function queueRows(views: readonly IncidentView[], filter: QueueFilter, now: number, rules: SlaRules): QueueRow[] {
  return views
    .filter((view) => matchesQueueFilter(view, filter))
    .map((view) => {
      const sla = incidentSla(view.incident, view.priority, now, rules);
      const running = [sla.assign, sla.arrive].filter((clock) => clock?.running === true).map((clock) => clock!.level);
      const attention = running.length === 0 ? null : running.reduce((a, b) => (LEVEL_RANK[b] > LEVEL_RANK[a] ? b : a));
      return {
        view,
        sla,
        attention,
        complaints: view.incident.complaints.length,
        channels: [...new Set(view.incident.complaints.map((c) => c.channel))],
      };
    });
}

/** The barrios the queue's incidents are in, for the barrio filter (with the chosen one, even once it has none). */
export function queueBarrios(views: readonly IncidentView[], chosen: string, locale: string): string[] {
  const names = new Set(views.map((view) => view.incident.place.barrio));
  if (chosen !== '') names.add(chosen);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...names].sort(collator.compare);
}
