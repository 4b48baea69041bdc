// Planificación → Emplazamientos: the coordinators' follow-up of every notice — how many re-inspections fall due this
// week (the prominent count, also a filter), the notices by stage with their counts, the table, and the two steps:
// «Registrar notificación» and «Resultado de la re-inspección». Live ('notices.list': notices, operations, settings
// and the outbox), so a re-inspection moved in Turnos or a result from another console shows here without a reload.
import { useDeferredValue, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../../shared/api/insights.ts';
import { NOTICE_STAGES } from '../../../../shared/notices/stage.ts';
import type { Notice as NoticeRecord } from '../../../../shared/records/notice-schema.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { SearchField } from '../../../components/SearchField.tsx';
import { describeApiError } from '../../../errors/describe-api-error.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { useItemDialog } from '../../../hooks/use-item-dialog.ts';
import type { NoticeDialogDone } from './NoticeDialog.tsx';
import { NoticesTable, type NoticeStep } from './NoticesTable.tsx';
import { NotifyDialog } from './NotifyDialog.tsx';
import { ReinspectDialog } from './ReinspectDialog.tsx';
import './notices.css';

/** "This week": the re-inspections due from today to a week ahead (and those already overdue). */
const WEEK_DAYS = 7;
const FILTERS = ['due_week', 'all', ...NOTICE_STAGES] as const;
type Filter = (typeof FILTERS)[number];

const filterQuery = (filter: Filter) =>
  filter === 'due_week' ? { dueWithinDays: WEEK_DAYS } : filter === 'all' ? {} : { stages: [filter] };
const queryOf = (filter: Filter, search: string) => ({ ...filterQuery(filter), ...(search.trim() ? { search } : {}) });

export function NoticesView() {
  const { t, i18n } = useTranslation('notices');
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query);
  const list = useLiveQuery('notices.list', queryOf(filter, search), { keepPrevious: true });
  const dueWeek = useLiveQuery('notices.list', { dueWithinDays: WEEK_DAYS, limit: 1 });
  const signedIn = useSignedInUser();
  const may = { notify: mayMutate(signedIn, 'notice.notify'), reinspect: mayMutate(signedIn, 'notice.reinspect') };
  const dialog = useItemDialog<{ readonly step: NoticeStep; readonly view: NoticeView }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const searchId = useId();

  const error = list.error ?? dueWeek.error;
  if (error && describeApiError(error).code === 'forbidden')
    return (
      <Notice tone="warning" testId="notices-forbidden">
        {t('forbidden')}
      </Notice>
    );

  const number = (n: number) => formatNumber(n, i18n.language);
  const byStage = list.value?.byStage;
  const countOf = (f: Filter): number | null => {
    if (f === 'due_week') return dueWeek.value?.matched ?? null;
    if (!byStage) return null;
    return f === 'all' ? NOTICE_STAGES.reduce((sum, stage) => sum + byStage[stage], 0) : byStage[f];
  };
  const due = countOf('due_week');
  const label = (f: Filter) => (f === 'due_week' ? t('filter.due_week') : f === 'all' ? t('filter.all') : t(`stage.${f}`));

  return (
    <section className="notices" aria-labelledby="notices-title" data-testid="notices-view">
      <div className="notices__header">
        <h2 id="notices-title" ref={heading} tabIndex={-1}>
          {t('heading')}
        </h2>
        <button type="button" className="button" onClick={list.refresh}>
          {t('refresh')}
        </button>
      </div>
      <p className="notices__intro">{t('intro')}</p>
      {due !== null && (
        <button
          type="button"
          className={`notices__due${due > 0 ? ' notices__due--some' : ''}`}
          aria-pressed={filter === 'due_week'}
          onClick={() => setFilter('due_week')}
          data-testid="notices-due-week"
        >
          {due > 0 ? t('dueWeek', { count: due, formatted: number(due) }) : t('dueWeekNone')}
        </button>
      )}
      <fieldset className="notices__filter">
        <legend className="notices__filter-legend">{t('filter.legend')}</legend>
        {FILTERS.map((f) => {
          const n = countOf(f);
          return (
            <label key={f} className={`filter-chip${f === 'due_week' ? ' filter-chip--warning' : ''}`}>
              <input type="radio" name={`${searchId}-filter`} value={f} checked={filter === f} onChange={() => setFilter(f)} />
              {n === null ? label(f) : t('filter.option', { label: label(f), n: number(n) })}
            </label>
          );
        })}
      </fieldset>
      {dialog.done && (
        <Notice tone="success" onDismiss={dialog.dismiss} testId="notices-done">
          {dialog.done}
        </Notice>
      )}
      <SearchField
        id={searchId}
        label={t('search')}
        hint={t('searchHint')}
        value={query}
        onChange={setQuery}
        className="notices__search"
        testId="notices-search"
      />
      {list.value === null ? (
        list.loading ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <ApiErrorNotice error={list.error} title={t('loadFailed')} />
        )
      ) : (
        <>
          <NoticesCount shown={list.value.notices.length} matched={list.value.matched} />
          {list.value.notices.length > 0 && (
            <NoticesTable views={list.value.notices} may={may} onStep={(step, view) => dialog.openFor({ step, view })} />
          )}
        </>
      )}
      {dialog.open && (
        <StepDialog
          step={dialog.open.step}
          notice={dialog.open.view.notice}
          onClose={dialog.close}
          onDone={dialog.finished}
          focusAfterDone={() => heading.current}
        />
      )}
    </section>
  );
}

/** How many notices the filter and search found, and how many of them the table shows. */
function NoticesCount({ shown, matched }: { readonly shown: number; readonly matched: number }) {
  const { t, i18n } = useTranslation('notices');
  const number = (n: number) => formatNumber(n, i18n.language);
  return (
    <p role="status" className="notices__count" data-testid="notices-count">
      {matched === 0
        ? t('empty')
        : matched > shown
          ? t('countShown', { count: matched, shown: number(shown), total: number(matched) })
          : t('count', { count: matched, total: number(matched) })}
    </p>
  );
}

/** The dialog of the step a notice's button opened. */
function StepDialog({ step, ...dialog }: NoticeDialogDone & { readonly step: NoticeStep; readonly notice: NoticeRecord }) {
  return step === 'notify' ? <NotifyDialog {...dialog} /> : <ReinspectDialog {...dialog} />;
}
