// The incident's clocks, ticking once a second while it is open: time waiting for a unit, time for the first to
// arrive, time on scene — the first two coloured by the SLA in force (dispatch.sla; DOMAIN.md's defaults until the
// first sync), said in words too, never by colour alone — and the crew's check-in countdown, overdue once it passes
// (the alerts panel raises and sounds that alert). The clocks are role=timer: read on request, not announced each second.
import type { ReactNode } from 'react';
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import { isFinal } from '../../../../shared/dispatch/incident-progress.ts';
import { incidentSla, type SlaLevel } from '../../../../shared/dispatch/sla.ts';
import { settingAt } from '../../../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/defaults.ts';
import { useNow } from '../../../hooks/use-now.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { durationText, incidentClocks, type RunningClock } from './clocks.ts';
import { useDeskText } from './desk-text.ts';

const TICK_MS = 1_000;

export function IncidentClocks({
  view,
  headingId,
  checkIn,
}: {
  readonly view: IncidentView;
  readonly headingId: string;
  readonly checkIn: ReactNode;
}) {
  const text = useDeskText();
  const { t } = text;
  const { incident } = view;
  const settings = useLiveQuery('settings.list', {});
  const now = useNow(isFinal(incident.status) ? null : TICK_MS);
  const clocks = incidentClocks(incident, now);
  const entries = settings.value?.entries.map((record) => record.entry) ?? [];
  const rules = settingAt(entries.length > 0 ? entries : DEFAULT_SETTINGS, 'dispatch.sla', now);
  const sla = rules ? incidentSla(incident, view.priority, now, rules) : null;

  return (
    <section className="incident-block" aria-labelledby={headingId} data-testid="incident-clocks">
      <h3 id={headingId} className="incident-block__heading">
        {t('clocks.heading')}
      </h3>
      <dl className="incident-clocks">
        <Clock name="waiting" label={t('clocks.waiting')} clock={clocks.waiting} level={sla?.assign.level ?? null} />
        <Clock name="arriving" label={t('clocks.arriving')} clock={clocks.arriving} level={sla?.arrive?.level ?? null} />
        <Clock name="onScene" label={t('clocks.onScene')} clock={clocks.onScene} level={null} />
      </dl>
      {!isFinal(incident.status) && (
        <div className="incident-check-in">
          <p
            role="timer"
            className={
              clocks.checkInMs !== null && clocks.checkInMs < 0
                ? 'incident-check-in__due incident-check-in__due--overdue'
                : 'incident-check-in__due'
            }
            data-testid="incident-check-in"
            data-overdue={clocks.checkInMs !== null && clocks.checkInMs < 0}
          >
            <span className="incident-check-in__label">{t('clocks.checkInHeading')}: </span>
            {clocks.checkInMs === null
              ? t('clocks.checkInNone')
              : t(clocks.checkInMs < 0 ? 'clocks.checkInOverdue' : 'clocks.checkInDue', { time: durationText(clocks.checkInMs) })}
          </p>
          {checkIn}
        </div>
      )}
    </section>
  );
}

function Clock({
  name,
  label,
  clock,
  level,
}: {
  readonly name: string;
  readonly label: string;
  readonly clock: RunningClock | null;
  readonly level: SlaLevel | null;
}) {
  const { t } = useDeskText();
  return (
    <div
      className={`incident-clock incident-clock--${level ?? 'none'}`}
      data-testid={`incident-clock-${name}`}
      data-level={level ?? undefined}
    >
      <dt>{label}</dt>
      <dd>
        {clock === null ? (
          t('clocks.notStarted')
        ) : (
          <>
            <span role="timer" className="incident-clock__time">
              {durationText(clock.ms)}
            </span>
            {level && <span className="incident-clock__level"> · {t(`clocks.level.${level}`)}</span>}
            {!clock.running && <span className="incident-clock__stopped"> {t('clocks.stopped')}</span>}
          </>
        )}
      </dd>
    </div>
  );
}
