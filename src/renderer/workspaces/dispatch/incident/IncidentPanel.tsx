// Despacho's incident panel (issue 13): the incident chosen in the queue — what it is and every complaint about it,
// its clocks and check-in countdown, the units working it and the units to send (Enter assigns the best), the steps
// it can take (note, priority, cancel, refer, close with the outcome) and its timeline. Read live: a change made
// here, at another console or by a crew's device shows at once. DispatchWorkspace places it beside the queue.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import { isFinal } from '../../../../shared/dispatch/incident-progress.ts';
import type { UnitRow } from '../../../../shared/live/unit-row.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { useDeskText } from './desk-text.ts';
import { CheckInButton, IncidentActions } from './IncidentActions.tsx';
import { IncidentClocks } from './IncidentClocks.tsx';
import { IncidentFacts } from './IncidentFacts.tsx';
import { IncidentTimeline } from './IncidentTimeline.tsx';
import { IncidentUnits } from './IncidentUnits.tsx';
import { SyncMark } from './SyncMark.tsx';
import './incident.css';

interface IncidentPanelProps {
  readonly incidentId: string | null;
  readonly onClose: () => void;
}

export function IncidentPanel({ incidentId, onClose }: IncidentPanelProps) {
  const { t } = useDeskText();
  const headingId = useId();
  return (
    <section className="dispatch-panel incident-panel" aria-labelledby={headingId} data-testid="incident-panel">
      {incidentId === null ? (
        <>
          <h2 id={headingId} className="dispatch-panel__heading">
            {t('panel.heading')}
          </h2>
          <p className="form-field__hint">{t('panel.none')}</p>
        </>
      ) : (
        // Keyed: another incident starts with its own dialogs, choices and messages.
        <LoadedIncident key={incidentId} id={incidentId} headingId={headingId} onClose={onClose} />
      )}
    </section>
  );
}

function LoadedIncident({ id, headingId, onClose }: { readonly id: string; readonly headingId: string; readonly onClose: () => void }) {
  const { t, codes } = useDeskText();
  const { value, error, loading } = useLiveQuery('dispatch.incident', { id });
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const view = value?.view ?? null;
  const title = view
    ? t('panel.title', { category: codes(`category.${view.incident.category}`), barrio: view.incident.place.barrio })
    : t(loading ? 'panel.loading' : value ? 'panel.notFound' : 'panel.loadFailed');

  return (
    <>
      <div className="incident-panel__top">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="dispatch-panel__heading" data-testid="incident-title">
          {title} {view && <SyncMark state={view.unsynced} />}
        </h2>
        <button
          type="button"
          className="button incident-panel__close"
          onClick={onClose}
          aria-label={t('panel.close')}
          data-testid="incident-close"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {!loading && !value && <ApiErrorNotice error={error} title={t('panel.loadFailed')} />}
      {done && (
        <Notice tone="success" onDismiss={() => setDone(null)} testId="incident-done">
          {done}
        </Notice>
      )}
      {view &&
        (isFinal(view.incident.status) ? (
          <EndedIncident view={view} />
        ) : (
          <OpenIncident view={view} onDone={setDone} focusAfterEnd={() => heading.current} />
        ))}
    </>
  );
}

/** Unit ids as call signs: the incident's own units, then every unit the console knows (`units`); else the id. */
function useCallSignOf(view: IncidentView, units: readonly { readonly id: string; readonly callSign: string }[]) {
  const known = useMemo(() => {
    const names = new Map(units.map((u) => [u.id, u.callSign]));
    view.incident.units.forEach((unitId, i) => names.set(unitId, view.unitCallSigns[i] ?? unitId));
    return names;
  }, [view, units]);
  return useCallback((unitId: string) => known.get(unitId) ?? unitId, [known]);
}

interface OpenIncidentProps {
  readonly view: IncidentView;
  readonly onDone: (message: string) => void;
  readonly focusAfterEnd: () => HTMLElement | null;
}

function OpenIncident({ view, onDone, focusAfterEnd }: OpenIncidentProps) {
  const id = useId();
  const recommend = useLiveQuery('dispatch.recommend', { incidentId: view.incident.id });
  // The recommendation lists every unit: the call signs of those the timeline names are there.
  const units = useMemo(() => (recommend.value?.units ?? []).map((u) => ({ id: u.unitId, callSign: u.callSign })), [recommend.value]);
  const callSignOf = useCallSignOf(view, units);
  return (
    <>
      <IncidentFacts view={view} />
      <IncidentClocks view={view} headingId={`${id}-clocks`} checkIn={<CheckInButton view={view} />} />
      <IncidentUnits view={view} recommend={recommend} />
      <IncidentActions view={view} headingId={`${id}-actions`} onDone={onDone} focusAfterEnd={focusAfterEnd} />
      <IncidentTimeline steps={view.incident.steps} callSignOf={callSignOf} headingId={`${id}-timeline`} />
    </>
  );
}

function EndedIncident({ view }: { readonly view: IncidentView }) {
  const id = useId();
  const callSignOf = useCallSignOf(view, useUnitNames());
  return (
    <>
      <IncidentFacts view={view} />
      <IncidentClocks view={view} headingId={`${id}-clocks`} checkIn={null} />
      <IncidentTimeline steps={view.incident.steps} callSignOf={callSignOf} headingId={`${id}-timeline`} />
    </>
  );
}

/** Every unit the console knows, read once: an ended incident's timeline names units that have since left it. */
function useUnitNames(): readonly UnitRow[] {
  const api = useApi();
  const [units, setUnits] = useState<readonly UnitRow[]>([]);
  useEffect(() => {
    let current = true;
    // Without them the timeline names units by id.
    api.call('units.list', {}).then(
      (answer) => current && setUnits(answer.units),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  return units;
}
