// The complaint queue: the open incidents, most urgent first and then longest waiting (the core's order), with
// their SLA clocks coloured by the settings in force and re-read every second — the data themselves come only when
// they change (a live query the workspace holds, shared with the map and the board). Filters by category, barrio
// and channel (the workspace's: the map shows the same incidents). Choosing an incident (click, or Enter on it)
// opens it in the incident panel.
//
// Keyboard: the list is one tab stop (a listbox whose options take the focus in turn): ↑ ↓ Home End move, Enter or
// Space chooses. Each option's accessible name says everything its row shows.
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DispatchQueue } from '../../../../shared/api/dispatch.ts';
import { COMPLAINT_CHANNELS, INCIDENT_CATEGORIES } from '../../../../shared/dispatch/codes.ts';
import type { SlaClock } from '../../../../shared/dispatch/sla.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { describeApiError } from '../../../errors/describe-api-error.ts';
import { useNow } from '../../../hooks/use-now.ts';
import { formatClockTime, formatNumber } from '../../../i18n/format.ts';
import type { LiveQuery } from '../../../live/use-live-query.ts';
import { CodeSelect } from '../code-select.tsx';
import { incidentText } from '../incident-text.ts';
import { NO_QUEUE_FILTER, isFiltered, queueBarrios, queueRows, type QueueFilter, type QueueRow } from './queue-model.ts';
import './queue.css';

/** The clocks are re-read every second; nothing is asked of the core for it. */
const CLOCK_TICK_MS = 1_000;

interface QueuePanelProps {
  readonly queue: LiveQuery<DispatchQueue>;
  readonly filter: QueueFilter;
  readonly onFilterChange: (filter: QueueFilter) => void;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** What the header offers beside the count ("Nueva denuncia"). */
  readonly actions?: ReactNode;
}

export function QueuePanel({ queue, filter, onFilterChange, selectedId, onSelect, actions }: QueuePanelProps) {
  const { t, i18n } = useTranslation('intake');
  const { t: tc } = useTranslation('incidents');
  const headingId = useId();
  const locale = i18n.language;
  const now = useNow(CLOCK_TICK_MS);
  const open = queue.value?.open;
  const rows = useMemo(() => (open && queue.value ? queueRows(open, filter, now, queue.value.sla) : []), [open, queue.value, filter, now]);
  const barrios = useMemo(() => queueBarrios(open ?? [], filter.barrio, locale), [open, filter.barrio, locale]);
  const set = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K]) => onFilterChange({ ...filter, [key]: value });
  const total = open?.length ?? 0;

  return (
    <section className="dispatch-panel queue-panel" aria-labelledby={headingId} data-testid="complaint-queue">
      <div className="queue-panel__header">
        <h2 id={headingId} className="dispatch-panel__heading">
          {t('queue.heading')}
        </h2>
        {open && (
          <p className="queue-panel__count" data-testid="queue-count">
            {t('queue.count', { count: total, formatted: formatNumber(total, locale) })}
            {isFiltered(filter) &&
              ` · ${t('queue.shown', { shown: formatNumber(rows.length, locale), total: formatNumber(total, locale) })}`}
          </p>
        )}
        {actions && <div className="queue-panel__actions">{actions}</div>}
      </div>
      <form className="queue-panel__filters" role="search" aria-label={t('queue.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField id={`${headingId}-category`} label={t('queue.filter.category')}>
          {(control) => (
            <CodeSelect
              control={control}
              codes={INCIDENT_CATEGORIES}
              value={filter.category}
              onChange={(value) => set('category', value)}
              empty={t('queue.filter.allCategories')}
              label={(category) => tc(`category.${category}`)}
            />
          )}
        </FormField>
        <FormField id={`${headingId}-barrio`} label={t('queue.filter.barrio')}>
          {(control) => (
            <CodeSelect
              control={control}
              codes={barrios}
              value={filter.barrio}
              onChange={(value) => set('barrio', value)}
              empty={t('queue.filter.all')}
            />
          )}
        </FormField>
        <FormField id={`${headingId}-channel`} label={t('queue.filter.channel')}>
          {(control) => (
            <CodeSelect
              control={control}
              codes={COMPLAINT_CHANNELS}
              value={filter.channel}
              onChange={(value) => set('channel', value)}
              empty={t('queue.filter.all')}
              label={(channel) => tc(`channel.${channel}`)}
            />
          )}
        </FormField>
        {isFiltered(filter) && (
          <button type="button" className="button queue-panel__clear" onClick={() => onFilterChange(NO_QUEUE_FILTER)}>
            {t('queue.clearFilters')}
          </button>
        )}
      </form>
      {queue.loading && !queue.value ? (
        <p role="status">{t('queue.loading')}</p>
      ) : !queue.value ? (
        describeApiError(queue.error).code === 'forbidden' ? (
          <p className="queue-panel__empty">{t('queue.forbidden')}</p>
        ) : (
          <ApiErrorNotice error={queue.error} title={t('queue.loadFailed')} />
        )
      ) : rows.length === 0 ? (
        <p className="queue-panel__empty" role="status" data-testid="queue-empty">
          {isFiltered(filter) ? t('queue.emptyFiltered') : t('queue.empty')}
        </p>
      ) : (
        <QueueList rows={rows} now={now} selectedId={selectedId} onSelect={onSelect} />
      )}
    </section>
  );
}

interface QueueListProps {
  readonly rows: readonly QueueRow[];
  readonly now: number;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

function QueueList({ rows, now, selectedId, onSelect }: QueueListProps) {
  const { t, i18n } = useTranslation('intake');
  const { t: tc } = useTranslation('incidents');
  const hintId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const ids = rows.map((row) => row.view.incident.id);
  // The option that takes the Tab: the one last moved to, else the selected incident, else the first.
  const active = [activeId, selectedId].find((id) => id !== null && ids.includes(id)) ?? ids[0]!;

  const moveTo = (id: string) => {
    setActiveId(id);
    list.current?.querySelector<HTMLElement>(`[data-incident-id="${id}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = ids.indexOf(active);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: ids.length - 1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(ids[Math.max(0, Math.min(ids.length - 1, next))]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(active);
    }
  };

  return (
    <>
      <p id={hintId} className="visually-hidden">
        {t('queue.keys')}
      </p>
      <ul
        ref={list}
        className="queue-list"
        role="listbox"
        aria-label={t('queue.list')}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        data-testid="queue-list"
      >
        {rows.map((row) => (
          <QueueOption
            key={row.view.incident.id}
            row={row}
            now={now}
            active={row.view.incident.id === active}
            selected={row.view.incident.id === selectedId}
            onFocus={() => setActiveId(row.view.incident.id)}
            onChoose={() => onSelect(row.view.incident.id)}
            t={t}
            tc={tc}
            locale={i18n.language}
          />
        ))}
      </ul>
    </>
  );
}

interface QueueOptionProps {
  readonly row: QueueRow;
  readonly now: number;
  readonly active: boolean;
  readonly selected: boolean;
  /** It took the focus (a click, a screen reader): the keys move on from it. */
  readonly onFocus: () => void;
  readonly onChoose: () => void;
  readonly t: TFunction<'intake'>;
  readonly tc: TFunction<'incidents'>;
  readonly locale: string;
}

function QueueOption({ row, now, active, selected, onFocus, onChoose, t, tc, locale }: QueueOptionProps) {
  const { incident, priority, unitCallSigns, unsynced } = row.view;
  const facts = [
    tc(`status.${incident.status}`),
    unitCallSigns.length > 0 ? t('queue.units', { units: unitCallSigns.join(', ') }) : t('queue.noUnits'),
    t('complaints', { count: row.complaints, formatted: formatNumber(row.complaints, locale) }),
    row.channels.map((channel) => tc(`channel.${channel}`)).join(', '),
    t('queue.openedAt', { time: formatClockTime(incident.openedAt, now, locale) }),
  ];
  // The option is named by what it shows, in that order (the priority's word and the sync state in hidden text).
  return (
    <li
      role="option"
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      className={['queue-item', row.attention && `queue-item--${row.attention}`, selected && 'queue-item--selected']
        .filter(Boolean)
        .join(' ')}
      onFocus={onFocus}
      onClick={onChoose}
      data-testid="queue-item"
      data-incident-id={incident.id}
      data-priority={priority}
      data-attention={row.attention ?? 'none'}
    >
      <span className={`priority-badge priority-badge--${priority}`}>
        <span aria-hidden="true">P{priority}</span>
        <span className="visually-hidden">{tc(`priority.${priority}`)}</span>
      </span>
      <span className="queue-item__main">
        <span className="queue-item__name">{incidentText(incident, t, tc)}</span>
        <span className="queue-item__facts">
          {facts.join(' · ')}
          {unsynced && (
            <span className={`queue-item__sync queue-item__sync--${unsynced}`} title={t(`queue.sync.${unsynced}`)}>
              <span aria-hidden="true">{unsynced === 'pending' ? ' ↻' : ' ⚠'}</span>
              <span className="visually-hidden">{` · ${t(`queue.sync.${unsynced}`)}`}</span>
            </span>
          )}
        </span>
      </span>
      <span className="queue-item__clocks">
        <Clock kind="assign" clock={row.sla.assign} t={t} />
        {row.sla.arrive && <Clock kind="arrive" clock={row.sla.arrive} t={t} />}
      </span>
    </li>
  );
}

/** "Asignar 4 min" while it runs, "Asignado en 6 min" once it stopped; and how it stands when late ("…, vencido"). */
function clockText(kind: 'assign' | 'arrive', clock: SlaClock, t: TFunction<'intake'>): string {
  const STOPPED = { assign: 'assigned', arrive: 'arrived' } as const;
  const base = t(`queue.${clock.running ? kind : STOPPED[kind]}`, { minutes: clock.minutes });
  return clock.level === 'ok' ? base : `${base}, ${t(`queue.sla.${clock.level}`)}`;
}

function Clock({ kind, clock, t }: { readonly kind: 'assign' | 'arrive'; readonly clock: SlaClock; readonly t: TFunction<'intake'> }) {
  return (
    <span
      className={`sla-clock sla-clock--${clock.level}${clock.running ? '' : ' sla-clock--stopped'}`}
      data-testid={`sla-${kind}`}
      data-level={clock.level}
      data-running={clock.running}
    >
      {clockText(kind, clock, t)}
    </span>
  );
}
