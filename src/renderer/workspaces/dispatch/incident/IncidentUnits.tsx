// The units of an open incident: those working it — each with its status as buttons (the dispatcher sets what the
// crew says by radio; the newest report by time wins, the device's or the desk's, and both go on the timeline),
// "Liberar" and "Reemplazar … por…" — and the units to send (RecommendedUnits), where Enter assigns. Each change
// is one mutation; what came of it is said under the section.
import { useEffect, useId, useRef, useState } from 'react';
import type { DispatchRecommendation, IncidentView } from '../../../../shared/api/dispatch.ts';
import { UNIT_STATUSES, type UnitStatus } from '../../../../shared/live/units.ts';
import type { MutationKind } from '../../../../shared/records/mutations.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import type { LiveQuery } from '../../../live/use-live-query.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { useDeskText } from './desk-text.ts';
import { recommendOptions, type RecommendOption } from './recommend-text.ts';
import { RecommendedUnits, type Replacing } from './RecommendedUnits.tsx';
import { useIncidentWrite } from './use-incident-write.ts';
import { WriteNotice } from './WriteNotice.tsx';

const MINUTE_MS = 60_000;
/** The statuses a dispatcher sets for a unit on an incident; "Disponible" is releasing it. */
const SETTABLE: readonly UnitStatus[] = UNIT_STATUSES.filter((status) => status !== 'available');

interface IncidentUnitsProps {
  readonly view: IncidentView;
  readonly recommend: LiveQuery<DispatchRecommendation>;
}

export function IncidentUnits({ view, recommend }: IncidentUnitsProps) {
  const text = useDeskText();
  const { t, ui } = text;
  const id = useId();
  const signedIn = useSignedInUser();
  const may = (kind: MutationKind) => mayMutate(signedIn, kind);
  const write = useIncidentWrite();
  // "Empieza a las 22:00" names the day too when it is another: the minute is fine enough to tell.
  const now = useNow(MINUTE_MS);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [replacing, setReplacing] = useState<Replacing | null>(null);
  const { incident } = view;
  const units = recommend.value?.units ?? [];
  const statusOf = (unitId: string) => units.find((u) => u.unitId === unitId)?.status ?? null;

  // "Reemplazar … por…": straight to the list to choose the replacement.
  useEffect(() => {
    if (replacing) list.current?.focus();
  }, [replacing]);

  const assign = async (option: RecommendOption) => {
    const change = (at: number) =>
      ({ kind: 'incident.assign', id: incident.id, unitId: option.unitId, replacing: replacing?.unitId ?? null, at }) as const;
    if (await write.send(change, t('write.assigned', { callSign: option.callSign }))) setReplacing(null);
  };
  const release = async (unitId: string, callSign: string) => {
    // The unit's row goes: focus to the section, not lost with it.
    if (await write.send((at) => ({ kind: 'incident.release', id: incident.id, unitId, at }), t('write.released', { callSign })))
      heading.current?.focus();
  };
  const setStatus = (unitId: string, callSign: string, status: UnitStatus) =>
    void write.send(
      (at) => ({ kind: 'unit.setStatus', id: unitId, status, at }),
      t('write.status', { callSign, status: ui(`unit.status.${status}`) }),
    );

  const working = incident.units.map((unitId, i) => ({ unitId, callSign: view.unitCallSigns[i] ?? unitId, status: statusOf(unitId) }));
  return (
    <>
      <section className="incident-block" aria-labelledby={`${id}-heading`} data-testid="incident-units">
        <h3 id={`${id}-heading`} ref={heading} tabIndex={-1} className="incident-block__heading">
          {t('units.heading')}
        </h3>
        {working.length === 0 ? (
          <p>{t('units.none')}</p>
        ) : (
          <ul className="incident-units">
            {working.map(({ unitId, callSign, status }) => (
              <li key={unitId} className="incident-units__unit" data-unit-id={unitId}>
                <span className="incident-units__name">{callSign}</span>{' '}
                <span className={status ? `unit-status unit-status--${status}` : 'unit-status'}>
                  {status ? ui(`unit.status.${status}`) : t('units.statusUnknown')}
                </span>
                <div className="incident-units__controls">
                  {may('unit.setStatus') && (
                    <div role="group" aria-label={t('units.statusGroup', { callSign })} className="incident-units__statuses">
                      {SETTABLE.map((next) => (
                        <button
                          key={next}
                          type="button"
                          className="button"
                          aria-pressed={status === next}
                          disabled={write.busy}
                          onClick={() => status !== next && setStatus(unitId, callSign, next)}
                        >
                          {ui(`unit.status.${next}`)}
                        </button>
                      ))}
                    </div>
                  )}
                  {may('incident.release') && (
                    <button type="button" className="button" disabled={write.busy} onClick={() => void release(unitId, callSign)}>
                      {t('units.release', { callSign })}
                    </button>
                  )}
                  {may('incident.assign') && (
                    <button
                      type="button"
                      className="button"
                      aria-pressed={replacing?.unitId === unitId}
                      onClick={() => setReplacing({ unitId, callSign })}
                    >
                      {t('units.replace', { callSign })}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {may('incident.assign') &&
        (recommend.value ? (
          <RecommendedUnits
            options={recommendOptions(text, recommend.value.units, incident.units, now)}
            replacing={replacing}
            busy={write.busy}
            onAssign={(option) => void assign(option)}
            onCancelReplace={() => setReplacing(null)}
            listRef={list}
          />
        ) : recommend.loading ? (
          <p role="status">{t('recommend.loading')}</p>
        ) : (
          <ApiErrorNotice error={recommend.error} title={t('recommend.loadFailed')} />
        ))}
      <WriteNotice notice={write.notice} onDismiss={write.dismiss} />
    </>
  );
}
