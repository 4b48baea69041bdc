// The case's hearings, cancelled ones and amendments too: when, where, the judge and how each stands, a button to
// open it (the hearing record panel) and its document — the citation while it is scheduled, the acta de audiencia
// once held.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { courtName, useCourts } from '../CourtsContext.tsx';
import { HearingDocumentButton } from '../hearings/HearingDocumentButton.tsx';
import { HearingRecordPanel } from '../hearings/HearingRecordPanel.tsx';

/** Which document a hearing prints now: none once cancelled. */
function documentOf(hearing: Hearing): 'citation' | 'hearing_record' | null {
  if (hearing.status === 'scheduled') return 'citation';
  return hearing.status === 'cancelled' ? null : 'hearing_record';
}

export function CaseHearings({ hearings }: { readonly hearings: readonly Hearing[] }) {
  const { t } = useTranslation('courtDesk');
  const [open, setOpen] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const [lastOpen, setLastOpen] = useState<string | null>(null);
  if (open !== null && open !== lastOpen) setLastOpen(open);

  // The panel closed: back to the button that opened it.
  useEffect(() => {
    if (open === null && lastOpen !== null)
      table.current?.querySelector<HTMLElement>(`[data-hearing-id="${CSS.escape(lastOpen)}"] [data-open-hearing]`)?.focus();
  }, [open, lastOpen]);

  return (
    <section className="case-block" aria-labelledby="case-hearings-title" data-testid="case-hearings">
      <h3 id="case-hearings-title">{t('hearings.heading')}</h3>
      {hearings.length === 0 ? (
        <p>{t('hearings.empty')}</p>
      ) : (
        <div className="list-table-wrap court-list__table-wrap">
          <table ref={table} className="list-table court-table">
            <caption className="visually-hidden">{t('hearings.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hearings.column.when')}</th>
                <th scope="col">{t('hearings.column.place')}</th>
                <th scope="col">{t('hearings.column.judge')}</th>
                <th scope="col">{t('hearings.column.status')}</th>
                <th scope="col">{t('hearings.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {hearings.map((hearing) => (
                <HearingRow key={hearing.id} hearing={hearing} onOpen={() => setOpen(hearing.id)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open !== null && <HearingRecordPanel hearingId={open} onClose={() => setOpen(null)} />}
    </section>
  );
}

function HearingRow({ hearing, onOpen }: { readonly hearing: Hearing; readonly onOpen: () => void }) {
  const { t, i18n } = useTranslation('courtDesk');
  const courts = useCourts();
  const when = formatDateTime(hearing.start, i18n.language);
  const document = documentOf(hearing);
  return (
    <tr data-hearing-id={hearing.id} className={hearing.status === 'cancelled' ? 'court-table__row--cancelled' : undefined}>
      <td>{when}</td>
      <td>{t('hearings.place', { court: courtName(courts, hearing.courtId), room: hearing.room })}</td>
      <td>{hearing.judge}</td>
      <td>
        {t(`hearings.status.${hearing.status}`)}
        {hearing.signed && <span className="court-table__tag">{t('hearings.signed')}</span>}
        {hearing.amends && <span className="court-table__tag">{t('hearings.amends')}</span>}
      </td>
      <td className="court-table__actions">
        <button type="button" className="button" data-open-hearing onClick={onOpen} aria-label={t('hearings.openLabel', { when })}>
          {t('hearings.open')}
        </button>
        {document && <HearingDocumentButton hearingId={hearing.id} document={document} />}
      </td>
    </tr>
  );
}
