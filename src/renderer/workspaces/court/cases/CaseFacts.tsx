// What the case view says about a case, in three blocks: where it stands (status, court and why), the acta it
// comes from, and its procedure (notification, term, the voluntary-payment offer, descargo, payment, closing) with
// the courts it has been at. Only reading here; the steps are CaseActions.
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/court.ts';
import type { CourtCase } from '../../../../shared/records/court-case-schema.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useRecordsText } from '../../../records-text/use-records-text.ts';
import { courtName, useCourts } from '../CourtsContext.tsx';
import { caseGroup } from './case-groups.ts';
import { articleText, caseTermText, competenceText, moneyText, offerText, uemText } from './case-text.ts';
import { offenderText } from '../../../records-text/offender-text.ts';
import { UnsyncedMark } from './UnsyncedMark.tsx';

/** Status, court and why, and the unsynced mark: the line under the case's title. */
export function CaseSummary({ detail }: { readonly detail: CaseDetail }) {
  const { t } = useTranslation('courtDesk');
  const courts = useCourts();
  const c = detail.case;
  const why = competenceText(t, c);
  return (
    <div className="case-summary">
      <dl className="case-summary__facts">
        <div className="case-summary__item">
          <dt>{t('view.status')}</dt>
          <dd data-testid="case-status" data-status={detail.status}>
            <span className={`case-status case-status--${caseGroup(detail.status)}`}>{t(`status.${detail.status}`)}</span>
          </dd>
        </div>
        <div className="case-summary__item">
          <dt>{t('view.court')}</dt>
          <dd data-testid="case-court">
            {c.courtId ? courtName(courts, c.courtId) : c.status === 'incoming' ? t('view.noCourtYet') : t('view.noCourt')}
            {why && (
              <span className={c.competence?.uncertain ? 'case-summary__why case-summary__why--uncertain' : 'case-summary__why'}>
                {' '}
                — {why}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <UnsyncedMark state={detail.unsynced} withText />
    </div>
  );
}

/** The acta (or notice) as the promoter wrote it, and where the case came from. */
export function ActaFacts({ courtCase }: { readonly courtCase: CourtCase }) {
  const { t, i18n } = useTranslation('courtDesk');
  const { t: tRecords } = useTranslation('records');
  const { t: tUi } = useTranslation();
  const records = useRecordsText();
  const { record } = courtCase;
  const date = (epochMs: number) => formatDateTime(epochMs, i18n.language);
  const offenderAddress = record.offender.kind === 'vehicle' ? undefined : record.offender.address;
  return (
    <section className="case-block" aria-labelledby="case-acta-title" data-testid="case-acta">
      <h3 id="case-acta-title">{t('acta.heading')}</h3>
      <dl className="court-facts">
        <dt>{t('acta.kind')}</dt>
        <dd>{t(`kind.${record.kind}`)}</dd>
        <dt>{t('acta.origin')}</dt>
        <dd>{t(`origin.${courtCase.origin}`)}</dd>
        <dt>{t('acta.occurredAt')}</dt>
        <dd>{date(record.occurredAt)}</dd>
        {record.kind === 'notice' && (
          <>
            <dt>{t('acta.deadline')}</dt>
            <dd>{date(record.deadline)}</dd>
          </>
        )}
        <dt>{t('acta.offender')}</dt>
        <dd>{offenderText(tRecords, record.offender)}</dd>
        {offenderAddress && (
          <>
            <dt>{t('acta.offenderAddress')}</dt>
            <dd>{offenderAddress}</dd>
          </>
        )}
        <dt>{t('acta.article')}</dt>
        <dd>{articleText(t, record.legalBasis, records.code)}</dd>
        <dt>{t('acta.place')}</dt>
        <dd>{courtCase.barrio ? `${record.place.address} (${courtCase.barrio})` : record.place.address}</dd>
        <dt>{t('acta.promoter')}</dt>
        <dd>{courtCase.promoterName ? `${courtCase.promoterName} · ${record.promoterId}` : record.promoterId}</dd>
        {courtCase.operationType && (
          <>
            <dt>{t('acta.operation')}</dt>
            <dd>
              {tUi(`operationType.${courtCase.operationType}`)} ·{' '}
              <span className="court-table__id">{courtCase.operationId?.slice(0, 8)}</span>
            </dd>
          </>
        )}
        <dt>{t('acta.description')}</dt>
        <dd className="court-facts__text">{record.description}</dd>
        <dt>{t('acta.evidence')}</dt>
        <dd>
          {record.evidence.length === 0 ? (
            t('acta.noEvidence')
          ) : (
            <ul>
              {record.evidence.map((e, i) => (
                <li key={i}>
                  {records.code(e.kind)}: {e.ref}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('acta.receivedAt')}</dt>
        <dd>{date(courtCase.createdAt)}</dd>
      </dl>
    </section>
  );
}

/** Notification, the defence term, the offer (or why there is none), descargo, payment and closing. */
export function ProcedureFacts({ detail }: { readonly detail: CaseDetail }) {
  const { t, i18n } = useTranslation('courtDesk');
  const locale = i18n.language;
  const { notification, defence, voluntaryPayment, settlement } = detail.case;
  const day = (iso: string) => formatIsoDate(iso, locale);
  return (
    <section className="case-block" aria-labelledby="case-procedure-title">
      <h3 id="case-procedure-title">{t('procedure.heading')}</h3>
      <dl className="court-facts">
        <dt>{t('procedure.notification')}</dt>
        <dd data-testid="case-notification">
          {notification
            ? t('procedure.notified', { channel: t(`procedure.channel.${notification.channel}`), date: day(notification.notifiedOn) })
            : t('procedure.notNotified')}
        </dd>
        <dt>{t('procedure.term')}</dt>
        <dd data-testid="case-term">{caseTermText(t, detail, notification?.due ?? null, locale)}</dd>
        <dt>{t('procedure.offer')}</dt>
        <dd data-testid="case-offer">
          {offerText(t, detail, locale)}
          {notification && (
            <span className="court-facts__note">
              {t('procedure.offerBasis', {
                uem: uemText(t, notification.offerUem, locale),
                value: moneyText(t, Math.round(notification.uemValueArs * 100), locale),
              })}
            </span>
          )}
        </dd>
        <dt>{t('procedure.defence')}</dt>
        <dd data-testid="case-defence">
          {defence ? (
            <>
              {t('procedure.defenceFiled', { date: day(defence.filedOn) })}
              <span className="court-facts__text court-facts__note">{defence.statement}</span>
            </>
          ) : (
            t('procedure.noDefence')
          )}
        </dd>
        {voluntaryPayment && (
          <>
            <dt>{t('procedure.payment')}</dt>
            <dd data-testid="case-payment">
              {t('procedure.paymentText', {
                amount: moneyText(t, voluntaryPayment.amountCents, locale),
                date: day(voluntaryPayment.paidOn),
                receipt: voluntaryPayment.receipt,
              })}
            </dd>
          </>
        )}
        {settlement && (
          <>
            <dt>{t('procedure.settlement')}</dt>
            <dd data-testid="case-settlement">
              {t('procedure.settlementText', { how: t(`procedure.settlementHow.${settlement.how}`), date: day(settlement.on) })}
              {settlement.note && <span className="court-facts__text court-facts__note">{settlement.note}</span>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** Every court the case has been at, with when it moved there and why. */
export function CourtHistory({ courtCase }: { readonly courtCase: CourtCase }) {
  const { t, i18n } = useTranslation('courtDesk');
  const courts = useCourts();
  return (
    <section className="case-block" aria-labelledby="case-courts-title" data-testid="case-courts">
      <h3 id="case-courts-title">{t('courts.heading')}</h3>
      {courtCase.courtHistory.length === 0 ? (
        <p>{t('courts.empty')}</p>
      ) : (
        <ol className="court-history">
          {courtCase.courtHistory.map((entry, index) => (
            <li key={index}>
              {t('courts.entry', { court: courtName(courts, entry.courtId), date: formatDateTime(entry.at, i18n.language) })}
              {entry.by && ` · ${entry.by}`}
              <span className="court-facts__note">{entry.reason ? t('courts.reason', { reason: entry.reason }) : t('courts.initial')}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
