// Despacho's alerts (issue 13): overdue check-ins and units that stopped reporting, raised by the core as of now and
// read again when the next one falls due (`nextAt`: one timer, no polling) or anything they depend on changes. Each
// says what, about which unit or incident, and since when; a person acknowledges it ("Reconocer", kept on the
// incident's timeline or the unit). A new alert is counted in the badge, announced (role=alert) and sounded once —
// the console's own sound, unless this console is muted.
import { useEffect, useId, useRef, useState } from 'react';
import type { DispatchAlert } from '../../../../shared/api/dispatch.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { formatClockTime } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { useDeskText, type DeskText } from '../incident/desk-text.ts';
import { useIncidentWrite } from '../incident/use-incident-write.ts';
import { WriteNotice } from '../incident/WriteNotice.tsx';
import { listenForGestures, playAlertSound } from './alert-sound.ts';
import { acknowledgement, alertText, freshAlerts } from './alerts-model.ts';
import { useAlertSoundPref } from './use-alert-sound.ts';
import { useReadAt } from './use-read-at.ts';
import './alerts.css';

/**
 * The alerts this page has already sounded and announced, kept across the panel's remounts (a language switch, a
 * workspace tab) so that only a new alert is heard again; a reload hears the ones still standing once more.
 */
let heard: ReadonlySet<string> = new Set();
const MINUTE_MS = 60_000;

export function AlertsPanel() {
  const text = useDeskText();
  const { t } = text;
  const id = useId();
  const alerts = useLiveQuery('dispatch.alerts', {});
  const sound = useAlertSoundPref();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const write = useIncidentWrite();
  const signedIn = useSignedInUser();
  const list = alerts.value?.alerts ?? null;
  const now = useNow(MINUTE_MS);

  useReadAt(alerts.value?.nextAt ?? null, alerts.refresh);
  useEffect(() => listenForGestures(), []);

  // New alerts: announced and sounded once; then heard (only the standing ones are remembered). Only a new list is
  // news: the sound setting or the language changing is not, so those are read from here.
  const latest = useRef({ text, soundOn: sound.on });
  useEffect(() => {
    latest.current = { text, soundOn: sound.on };
  });
  useEffect(() => {
    if (list === null) return;
    const fresh = freshAlerts(heard, list);
    heard = new Set(list.map((alert) => alert.key));
    if (fresh.length === 0) return;
    const words = fresh.map((alert) => alertText(latest.current.text, alert, null)).join('; ');
    setAnnouncement(latest.current.text.t('alerts.announce', { count: fresh.length, alerts: words }));
    if (latest.current.soundOn === true) playAlertSound();
  }, [list]);

  const acknowledge = async (change: (at: number) => Mutation) => {
    // The alert's row goes once acknowledged: focus to the panel's title, not lost with it.
    if (await write.send(change, t('alerts.acknowledged'))) heading.current?.focus();
  };
  const toggleSound = () => {
    const next = sound.on === false;
    sound.set(next);
    // Turned on by a click (a gesture: the audio may start): this is what it sounds like.
    if (next) playAlertSound();
  };

  const count = list?.length ?? 0;
  return (
    <section
      className={`dispatch-panel alerts-panel${count > 0 ? ' alerts-panel--active' : ''}`}
      aria-labelledby={`${id}-heading`}
      data-testid="alerts-panel"
    >
      <div className="alerts-panel__top">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="dispatch-panel__heading">
          {t('alerts.heading')}{' '}
          <span className="badge alerts-panel__count" data-testid="alerts-count" data-count={count}>
            {t('alerts.count', { count })}
          </span>
        </h2>
        <button
          type="button"
          className="button alerts-panel__sound"
          aria-pressed={sound.on !== false}
          disabled={sound.on === null}
          onClick={toggleSound}
          title={t(sound.on === false ? 'alerts.soundOff' : 'alerts.soundOn')}
          data-testid="alerts-sound"
        >
          {t('alerts.sound')}
        </button>
      </div>
      <p role="alert" className="visually-hidden" data-testid="alerts-announcement">
        {/* Every alert dealt with: the last announcement is old news for whoever reads the page later. */}
        {count > 0 ? announcement : ''}
      </p>
      {list === null ? (
        !alerts.loading && <ApiErrorNotice error={alerts.error} title={t('alerts.loadFailed')} />
      ) : list.length === 0 ? (
        <p className="form-field__hint">{t('alerts.none')}</p>
      ) : (
        <ul className="alerts-panel__list" data-testid="alerts-list">
          {list.map((alert) => {
            const row = {
              text,
              alert,
              now,
              busy: write.busy,
              mayAcknowledge: mayMutate(signedIn, alert.kind === 'check_in_overdue' ? 'incident.checkIn' : 'unit.acknowledgeSilence'),
              onAcknowledge: (change: (at: number) => Mutation) => void acknowledge(change),
            };
            return alert.kind === 'check_in_overdue' && alert.incidentId !== null ? (
              <CheckInAlertRow key={alert.key} {...row} incidentId={alert.incidentId} />
            ) : (
              <AlertRow key={alert.key} {...row} incident={null} />
            );
          })}
        </ul>
      )}
      <WriteNotice notice={write.notice} onDismiss={write.dismiss} />
      {sound.saveError !== null && <ApiErrorNotice error={sound.saveError} title={t('alerts.soundFailed')} onDismiss={sound.clearError} />}
    </section>
  );
}

interface AlertRowProps {
  readonly text: DeskText;
  readonly alert: DispatchAlert;
  /** For "desde 22:15": the day is said too when it is not today. */
  readonly now: number;
  /** The incident's name ("Ruidos molestos · Güemes"), when the alert is about one the console holds. */
  readonly incident: string | null;
  readonly busy: boolean;
  readonly mayAcknowledge: boolean;
  readonly onAcknowledge: (change: (at: number) => Mutation) => void;
}

function AlertRow({ text, alert, now, incident, busy, mayAcknowledge, onAcknowledge }: AlertRowProps) {
  const words = alertText(text, alert, incident);
  const change = acknowledgement(alert);
  return (
    <li className={`alerts-panel__alert alerts-panel__alert--${alert.kind}`} data-alert-key={alert.key} data-kind={alert.kind}>
      <span className="alerts-panel__text">
        <strong>{words}</strong>{' '}
        <span className="alerts-panel__since">{text.t('alerts.since', { time: formatClockTime(alert.since, now, text.language) })}</span>
      </span>
      {mayAcknowledge && change !== null && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onAcknowledge(change)}
          aria-label={text.t('alerts.acknowledgeLabel', { alert: words })}
        >
          {text.t('alerts.acknowledge')}
        </button>
      )}
    </li>
  );
}

/** An overdue check-in, naming its incident as the console holds it. */
function CheckInAlertRow({ incidentId, ...row }: Omit<AlertRowProps, 'incident'> & { readonly incidentId: string }) {
  const { value } = useLiveQuery('dispatch.incident', { id: incidentId });
  const incident = value?.view?.incident ?? null;
  const name =
    incident && row.text.t('panel.title', { category: row.text.codes(`category.${incident.category}`), barrio: incident.place.barrio });
  return <AlertRow {...row} incident={name} />;
}
