// The court's cases as a table, newest first: number, kind, status, offender, article, place, court, the defence
// term while it runs, and a mark for changes not yet with the hub. Filtered by status group and searched by number,
// name or document (case-groups.ts). Each row's number is a button: Tab reaches it, Enter or a click opens the case.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../shared/api/court.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { SearchField } from '../../../components/SearchField.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { useRecordsText } from '../../../records-text/use-records-text.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { courtName, useCourts } from '../CourtsContext.tsx';
import { CASE_GROUPS, caseGroup, filterCases, groupCounts, type CaseGroup } from './case-groups.ts';
import { articleText, caseNumberText, listTermText } from './case-text.ts';
import { offenderText } from '../../../records-text/offender-text.ts';
import { UnsyncedMark } from './UnsyncedMark.tsx';

interface CasesListProps {
  readonly onOpen: (caseId: string) => void;
  readonly onEnter: () => void;
  /** The case last opened, marked in the list. */
  readonly selected: string | null;
}

export function CasesList({ onOpen, onEnter, selected }: CasesListProps) {
  const { t, i18n } = useTranslation('courtDesk');
  const { value, error, loading, refresh } = useLiveQuery('court.cases', {});
  const [group, setGroup] = useState<CaseGroup>('all');
  const [query, setQuery] = useState('');
  const searchId = useId();
  const may = mayMutate(useSignedInUser(), 'court_case.enter');
  const all = useMemo(() => value?.cases ?? [], [value]);
  const shown = useMemo(() => filterCases(all, group, query), [all, group, query]);
  const counts = useMemo(() => groupCounts(all), [all]);

  return (
    <section className="court-list" aria-labelledby="court-list-title">
      <div className="court-list__header">
        <h2 id="court-list-title">{t('list.heading')}</h2>
        {may && (
          <button type="button" className="button button--primary" onClick={onEnter} data-testid="enter-acta">
            {t('enter.button')}
          </button>
        )}
        <button type="button" className="button" onClick={refresh}>
          {t('list.refresh')}
        </button>
      </div>
      <div className="court-list__filters">
        <fieldset className="court-filter">
          <legend className="court-filter__legend">{t('list.filter')}</legend>
          {CASE_GROUPS.map((g) => (
            <label key={g} className="filter-chip">
              <input type="radio" name={`${searchId}-group`} value={g} checked={group === g} onChange={() => setGroup(g)} />
              {t('groupCount', { group: t(`group.${g}`), n: formatNumber(counts[g], i18n.language) })}
            </label>
          ))}
        </fieldset>
        <SearchField
          id={searchId}
          label={t('list.search')}
          hint={t('list.searchHint')}
          value={query}
          onChange={setQuery}
          className="court-list__search"
          testId="court-search"
        />
      </div>
      {loading ? (
        <p role="status">{t('list.loading')}</p>
      ) : !value ? (
        <ApiErrorNotice error={error} title={t('list.loadFailed')} />
      ) : (
        <>
          <p role="status" className="court-list__count" data-testid="court-count">
            {all.length === 0
              ? t('list.empty')
              : shown.length === 0
                ? t('list.noMatch')
                : t('list.count', { count: shown.length, total: formatNumber(all.length, i18n.language) })}
          </p>
          {shown.length > 0 && <CasesTable views={shown} onOpen={onOpen} selected={selected} />}
        </>
      )}
    </section>
  );
}

const COLUMNS = ['number', 'kind', 'status', 'offender', 'article', 'place', 'court', 'term', 'sync'] as const;

function CasesTable({
  views,
  onOpen,
  selected,
}: {
  readonly views: readonly CaseView[];
  readonly onOpen: (caseId: string) => void;
  readonly selected: string | null;
}) {
  const { t } = useTranslation('courtDesk');
  return (
    <ListTable
      wrapClassName="court-list__table-wrap"
      className="court-table"
      testId="court-cases"
      caption={t('list.caption')}
      columns={COLUMNS}
      columnLabel={(column) => t(`list.column.${column}`)}
    >
      {views.map((view) => (
        <CaseRow key={view.case.id} view={view} onOpen={onOpen} selected={view.case.id === selected} />
      ))}
    </ListTable>
  );
}

function CaseRow({
  view,
  onOpen,
  selected,
}: {
  readonly view: CaseView;
  readonly onOpen: (caseId: string) => void;
  readonly selected: boolean;
}) {
  const { t, i18n } = useTranslation('courtDesk');
  const { t: tRecords } = useTranslation('records');
  const records = useRecordsText();
  const courts = useCourts();
  const c = view.case;
  const number = caseNumberText(t, c.number);
  const offender = offenderText(tRecords, c.record.offender);
  const open = () => onOpen(c.id);
  return (
    // The row answers a click anywhere (a mouse convenience); the keyboard's way in is the number's button.
    <tr className={selected ? 'court-table__row court-table__row--selected' : 'court-table__row'} data-case-id={c.id} onClick={open}>
      <td className="court-table__number">
        <button type="button" className="link-button" aria-label={t('list.open', { number, offender })} onClick={open}>
          {number}
        </button>
      </td>
      <td>{t(`kind.${c.record.kind}`)}</td>
      <td>
        <span className={`case-status case-status--${caseGroup(view.status)}`}>{t(`status.${view.status}`)}</span>
      </td>
      <td>{offender}</td>
      <td>{articleText(t, c.record.legalBasis, records.code)}</td>
      <td>
        {c.barrio && <span className="court-table__barrio">{c.barrio}</span>} {c.record.place.address}
      </td>
      <td>{c.courtId ? courtName(courts, c.courtId) : t('list.noCourt')}</td>
      <td>{listTermText(t, view, i18n.language)}</td>
      <td>
        <UnsyncedMark state={view.unsynced} />
      </td>
    </tr>
  );
}
