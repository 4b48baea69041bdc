// Today's hearings, where the desk starts its morning: every court's (or one court's) hearings of the Córdoba day
// by time, with their status and conflicts. A row's "Abrir acta" opens the hearing record; the case number opens
// the case. Read live from 'court.calendar', so a hearing scheduled or held at another desk shows up by itself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { clockTime, formatLongDay } from './hearing-format.ts';
import { ConflictList, StatusBadge, useConflictContext } from './HearingParts.tsx';
import { HearingRecordPanel } from './HearingRecordPanel.tsx';
import { CourtSelect } from './CourtSelect.tsx';
import './hearings.css';

export function TodayHearings({ onOpenCase }: { readonly onOpenCase: (caseId: string) => void }) {
  const { t, i18n } = useTranslation('hearings');
  const [courtId, setCourtId] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  // The Córdoba day when the view was opened; the answer's own 'today' is the one shown.
  const [today] = useState(() => cordobaIsoDate(Date.now()));
  const { value, error, loading, refresh } = useLiveQuery('court.calendar', { courtId, from: today, days: 1 }, { keepPrevious: true });
  const context = useConflictContext(value?.hearings ?? [], value?.days ?? []);

  if (!value) return loading ? <p role="status">{t('loading')}</p> : <ApiErrorNotice error={error} title={t('loadFailed')} />;
  const courts = new Map(value.courts.map((c) => [c.id, c]));
  // Amendments stand in for their signed original: the list shows each hearing once.
  const hearings = value.hearings.filter((h) => h.amends === null);
  const caption = t('today.caption', { date: formatLongDay(value.today, i18n.language) });

  return (
    <section className="today-hearings" aria-labelledby="today-hearings-title" data-testid="today-hearings">
      <div className="hearings-toolbar">
        <h2 id="today-hearings-title">{t('today.title')}</h2>
        <CourtSelect id="today-hearings-court" courts={value.courts} value={courtId} onChange={setCourtId} allowAll />
        <span role="status" className="hearings-toolbar__count">
          {t('today.count', { count: hearings.length })}
        </span>
        <button type="button" className="button" onClick={refresh}>
          {t('refresh')}
        </button>
      </div>
      {hearings.length === 0 ? (
        <p className="hearings-empty" data-testid="today-hearings-empty">
          {t('today.empty')}
        </p>
      ) : (
        <div className="hearings-table-wrap">
          <table className="hearings-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('today.time')}</th>
                <th scope="col">{t('today.place')}</th>
                <th scope="col">{t('today.case')}</th>
                <th scope="col">{t('today.offender')}</th>
                <th scope="col">{t('today.judge')}</th>
                <th scope="col">{t('today.status')}</th>
                <th scope="col">{t('conflicts.label')}</th>
                <th scope="col">{t('today.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {hearings.map((hearing) => {
                const time = clockTime(hearing.start);
                const caseNumber = hearing.caseNumber || t('noNumber');
                return (
                  <tr
                    key={hearing.id}
                    data-testid="today-hearing"
                    data-hearing-id={hearing.id}
                    className={`hearings-table__row--${hearing.status}`}
                  >
                    <th scope="row" className="hearings-table__time">
                      {time}–{clockTime(hearing.end)}
                    </th>
                    <td>{t('place', { court: courts.get(hearing.courtId)?.name ?? hearing.courtId, room: hearing.room })}</td>
                    <td>
                      <button
                        type="button"
                        className="hearing-link"
                        aria-label={t('today.openCase', { caseNumber })}
                        onClick={() => onOpenCase(hearing.caseId)}
                      >
                        {caseNumber}
                      </button>
                    </td>
                    <td>{hearing.offenderName}</td>
                    <td>{hearing.judge}</td>
                    <td>
                      <StatusBadge hearing={hearing} unsynced={value.unsynced[hearing.id]} />
                    </td>
                    <td>
                      <ConflictList hearing={hearing} conflicts={value.conflicts} context={context} />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--primary"
                        aria-label={t('today.openLabel', { time, caseNumber })}
                        onClick={() => setOpen(hearing.id)}
                        data-testid="today-open-record"
                      >
                        {t('today.open')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open !== null && <HearingRecordPanel hearingId={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
