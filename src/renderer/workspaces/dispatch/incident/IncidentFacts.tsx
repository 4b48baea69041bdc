// What the incident is: where it stands, its priority (and who changed it, why), where, what was reported, the
// latest note for the complainant, how it ended — and every complaint about it, each with its channel, time,
// contact, the Citizens App's reference, the photos sent and the camera clip.
import { useId } from 'react';
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import type { Complaint } from '../../../../shared/records/incident-schema.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useDeskText, type DeskText } from './desk-text.ts';

export function IncidentFacts({ view }: { readonly view: IncidentView }) {
  const text = useDeskText();
  const { t, codes } = text;
  const complaintsId = useId();
  const { incident, priority } = view;
  const override = incident.priorityOverride;
  const facts: readonly (readonly [string, string, string])[] = [
    ['status', t('facts.status'), codes(`status.${incident.status}`)],
    [
      'priority',
      t('facts.priority'),
      override
        ? t('facts.priorityOverride', {
            priority: codes(`priority.${priority}`),
            reason: override.reason,
            computed: codes(`priority.${incident.computedPriority}`),
          })
        : t('facts.priorityComputed', { priority: codes(`priority.${priority}`) }),
    ],
    ['place', t('facts.place'), [incident.place.address, incident.place.barrio].filter(Boolean).join(', ')],
    ['precision', t('facts.precision'), codes(`precision.${incident.place.precision}`)],
    ['openedAt', t('facts.openedAt'), formatDateTime(incident.openedAt, text.language)],
    ['description', t('facts.description'), incident.description || t('facts.none')],
    ['statusNote', t('facts.statusNote'), incident.statusNote ?? t('facts.none')],
    ...(incident.outcome ? [['outcome', t('facts.outcome'), codes(`outcome.${incident.outcome}`)] as const] : []),
  ];
  return (
    <>
      <dl className="incident-facts" aria-label={t('facts.heading')} data-testid="incident-facts">
        {facts.map(([key, term, value]) => (
          <div key={key} className="incident-facts__row" data-fact={key}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section className="incident-block" aria-labelledby={complaintsId}>
        <h3 id={complaintsId} className="incident-block__heading">
          {t('complaints.heading', { count: incident.complaints.length })}
        </h3>
        <ol className="incident-complaints" data-testid="incident-complaints">
          {incident.complaints.map((complaint) => (
            <li key={complaint.id}>
              <ComplaintItem text={text} complaint={complaint} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function ComplaintItem({ text, complaint }: { readonly text: DeskText; readonly complaint: Complaint }) {
  const { t, codes } = text;
  const contact = complaint.reporter
    ? [complaint.reporter.name, complaint.reporter.phone, complaint.reporter.email].filter(Boolean).join(' · ')
    : null;
  return (
    <>
      <strong>
        {t('complaints.item', { channel: codes(`channel.${complaint.channel}`), at: formatDateTime(complaint.receivedAt, text.language) })}
      </strong>
      {complaint.description && <p className="incident-complaints__text">{complaint.description}</p>}
      <p className="incident-complaints__meta">{contact ? t('complaints.contact', { contact }) : t('complaints.noContact')}</p>
      {complaint.appReference && (
        <p className="incident-complaints__meta">{t('complaints.appReference', { reference: complaint.appReference })}</p>
      )}
      {complaint.photos.length > 0 && (
        <p className="incident-complaints__meta">{t('complaints.photos', { photos: complaint.photos.join(', ') })}</p>
      )}
      {complaint.camera && (
        <p className="incident-complaints__meta">
          {t('complaints.camera', { camera: complaint.camera.cameraId, clip: complaint.camera.clipRef })}
        </p>
      )}
    </>
  );
}
