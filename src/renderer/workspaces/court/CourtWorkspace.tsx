// The court desk (Tribunal de Faltas): the incoming actas and notices that closed operations produced, newest
// first, with the details of the chosen one. The list is read from the local cache ('courtCases.list'), which
// the hub fills only for court roles (clerks, judges) and administrators; it is read again whenever court cases
// change in the cache (useLiveQuery: records.changed), when another person signs in and after a reconnect.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canRead } from '../../../shared/records/permissions.ts';
import type { CourtCase } from '../../../shared/records/court-case-schema.ts';
import type { Offender } from '../../../shared/rules/findings.ts';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { Notice } from '../../components/Notice.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLiveQuery } from '../../live/use-live-query.ts';
import { useSignedInUser } from '../../writes/use-signed-in-user.ts';
import { useRecordsText, type RecordsText } from '../../records-text/use-records-text.ts';
import './court.css';

export function CourtWorkspace() {
  const text = useRecordsText();
  const { known, user } = useSignedInUser();
  const allowed = user === null || canRead(user.role, 'court_case');
  return (
    <section className="court" aria-labelledby="court-title" data-testid="court-workspace">
      <h1 id="court-title">{text.t('court.title')}</h1>
      {known && !allowed ? (
        <Notice tone="warning" testId="court-not-allowed">
          {text.t('court.notAllowed')}
        </Notice>
      ) : (
        <>
          {known && user === null && <Notice tone="warning">{text.t('court.notSignedIn')}</Notice>}
          <CourtCases />
        </>
      )}
    </section>
  );
}

function CourtCases() {
  const text = useRecordsText();
  const { t: tUi } = useTranslation();
  const { value, error, loading, refresh } = useLiveQuery('courtCases.list', {});
  const [selected, setSelected] = useState<string | null>(null);
  const captionId = useId();

  if (loading) return <p role="status">{text.t('court.loading')}</p>;
  if (!value) return <ApiErrorNotice error={error} title={text.t('court.loadFailed')} />;
  const { cases } = value;
  const chosen = cases.find((c) => c.id === selected) ?? null;
  const date = (epochMs: number) => formatDateTime(epochMs, text.language);

  return (
    <div className="court__body">
      <div className="court__toolbar">
        <p className="court__intro">{text.t('court.intro')}</p>
        <p role="status" className="court__count" data-testid="court-count">
          {text.t('court.count', { count: cases.length })}
        </p>
        <button type="button" className="button" onClick={refresh}>
          {text.t('court.refresh')}
        </button>
      </div>
      {cases.length === 0 ? (
        <p className="court__empty">{text.t('court.empty')}</p>
      ) : (
        <div className="court__layout">
          <div className="court__table-wrap">
            <table className="court-table" data-testid="court-cases">
              <caption id={captionId} className="visually-hidden">
                {text.t('court.list')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{text.t('court.date')}</th>
                  <th scope="col">{text.t('court.kind')}</th>
                  <th scope="col">{text.t('court.operationType')}</th>
                  <th scope="col">{text.t('court.offender')}</th>
                  <th scope="col">{text.t('court.article')}</th>
                  <th scope="col">{text.t('court.place')}</th>
                  <th scope="col">{text.t('court.promoter')}</th>
                  <th scope="col">{text.t('court.operation')}</th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => {
                  const kind = kindText(text, c);
                  return (
                    <tr key={c.id} className={c.id === selected ? 'court-table__row--selected' : undefined} data-case-id={c.id}>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          aria-pressed={c.id === selected}
                          aria-label={text.t('court.select', { kind, date: date(c.record.occurredAt) })}
                          onClick={() => setSelected(c.id)}
                        >
                          {date(c.record.occurredAt)}
                        </button>
                      </td>
                      <td>{kind}</td>
                      <td>{c.operationType ? tUi(`operationType.${c.operationType}`) : '—'}</td>
                      <td>{offenderText(text, c.record.offender)}</td>
                      <td>{articleText(text, c)}</td>
                      <td>{c.record.place.address}</td>
                      <td>{c.promoterName ?? c.record.promoterId}</td>
                      <td className="court-table__id">{c.operationId?.slice(0, 8) ?? '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <CaseDetails chosen={chosen} />
        </div>
      )}
    </div>
  );
}

function CaseDetails({ chosen }: { readonly chosen: CourtCase | null }) {
  const text = useRecordsText();
  const { t: tUi } = useTranslation();
  const date = (epochMs: number) => formatDateTime(epochMs, text.language);
  return (
    <aside className="court__details" aria-labelledby="court-details-title" data-testid="court-details">
      <h2 id="court-details-title">{text.t('court.details')}</h2>
      {chosen === null ? (
        <p>{text.t('court.noneSelected')}</p>
      ) : (
        <dl className="court__facts">
          <dt>{text.t('court.kind')}</dt>
          <dd>{kindText(text, chosen)}</dd>
          <dt>{text.t('court.status')}</dt>
          <dd>{text.t('court.statusIncoming')}</dd>
          <dt>{text.t('court.date')}</dt>
          <dd>{date(chosen.record.occurredAt)}</dd>
          {chosen.record.kind === 'notice' && (
            <>
              <dt>{text.t('court.deadline')}</dt>
              <dd>{date(chosen.record.deadline)}</dd>
            </>
          )}
          <dt>{text.t('court.offender')}</dt>
          <dd>{offenderText(text, chosen.record.offender)}</dd>
          <dt>{text.t('court.article')}</dt>
          <dd>{articleText(text, chosen)}</dd>
          <dt>{text.t('court.place')}</dt>
          <dd>{chosen.record.place.address}</dd>
          <dt>{text.t('court.promoter')}</dt>
          <dd>{chosen.promoterName ? `${chosen.promoterName} · ${chosen.record.promoterId}` : chosen.record.promoterId}</dd>
          <dt>{text.t('court.operationType')}</dt>
          <dd>{chosen.operationType ? `${tUi(`operationType.${chosen.operationType}`)} · ${chosen.operationId}` : '—'}</dd>
          <dt>{text.t('court.description')}</dt>
          <dd className="court__description">{chosen.record.description}</dd>
          <dt>{text.t('court.evidence')}</dt>
          <dd>
            {chosen.record.evidence.length === 0 ? (
              text.t('court.noEvidence')
            ) : (
              <ul>
                {chosen.record.evidence.map((e, i) => (
                  <li key={i}>
                    {text.code(e.kind)}: {e.ref}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{text.t('court.receivedAt')}</dt>
          <dd>{date(chosen.createdAt)}</dd>
        </dl>
      )}
    </aside>
  );
}

const kindText = (text: RecordsText, c: CourtCase) => (c.record.kind === 'acta' ? text.t('court.kindActa') : text.t('court.kindNotice'));

function offenderText(text: RecordsText, offender: Offender): string {
  switch (offender.kind) {
    case 'person':
      return text.t('court.offenderPerson', { name: offender.fullName, dni: offender.dni });
    case 'company':
      return text.t('court.offenderCompany', { name: offender.name, cuit: offender.cuit });
    case 'vehicle':
      return text.t('court.offenderVehicle', { plate: offender.plate });
  }
}

function articleText(text: RecordsText, c: CourtCase): string {
  const { norm, article, suffix } = c.record.legalBasis;
  const art = suffix ? text.t('court.articleSuffix', { article, suffix }) : text.t('court.articleText', { article });
  return `${text.code(norm)}, ${art}`;
}
