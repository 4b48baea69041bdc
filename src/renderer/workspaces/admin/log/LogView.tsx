// Administración → Registro: the hub's administration log, newest first — when, who (an administrator, or the hub's
// command line), what, on which account or device, and what else it took (a role, a unit) — with «Cargar más» for
// older entries (log-pages.ts). The newest page is read again with every refresh and whenever the hub connection
// changes; nothing of the log is kept in the console.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminLogEntry } from '../../../../shared/hub-protocol/admin.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { ROLES } from '../../../../shared/auth/roles.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { AdminList } from '../AdminList.tsx';
import { LOG_PAGE, oldestSeq, shownLog, withOlder, type LogList } from './log-pages.ts';

const COLUMNS = ['at', 'by', 'action', 'target', 'detail'] as const;
/** What the hub logs for its command line instead of a username. */
const CLI = 'cli';
/** What the hub's log details say (a role, a name, a unit…): any other is shown as it comes. */
const DETAIL_KEYS = ['role', 'displayName', 'endedSessions', 'unitId', 'label'] as const;

export function LogView() {
  const { t } = useTranslation('admin');
  const api = useApi();
  const newest = useLiveQuery('admin.log', { limit: LOG_PAGE });
  const [loaded, setLoaded] = useState<LogList | null>(null);
  const [older, setOlder] = useState<{ readonly busy: boolean; readonly error: unknown }>({ busy: false, error: null });
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = newest.value ? shownLog(newest.value.entries, loaded) : null;

  const loadMore = (list: LogList) => {
    const before = oldestSeq(list);
    if (before === null) return;
    setOlder({ busy: true, error: null });
    api.call('admin.log', { before, limit: LOG_PAGE }).then(
      (page) => {
        setLoaded(withOlder(list, page.entries));
        setOlder({ busy: false, error: null });
      },
      (error: unknown) => setOlder({ busy: false, error }),
    );
  };

  return (
    <AdminList name="log" heading={heading} list={newest}>
      {shown &&
        (shown.entries.length === 0 ? (
          <p>{t('log.none')}</p>
        ) : (
          <>
            <ListTable
              className="admin-table"
              testId="log-table"
              caption={t('log.caption')}
              columns={COLUMNS}
              columnLabel={(column) => t(`log.column.${column}`)}
            >
              {shown.entries.map((entry) => (
                <LogRow key={entry.seq} entry={entry} />
              ))}
            </ListTable>
            {older.error !== null && <ApiErrorNotice error={older.error} title={t('log.moreFailed')} />}
            {shown.more ? (
              <button
                type="button"
                className="button admin-list__more"
                disabled={older.busy}
                onClick={() => loadMore(shown)}
                data-testid="log-more"
              >
                {older.busy ? t('log.loadingMore') : t('log.more')}
              </button>
            ) : (
              <p className="admin-list__end">{t('log.end')}</p>
            )}
          </>
        ))}
    </AdminList>
  );
}

function LogRow({ entry }: { readonly entry: AdminLogEntry }) {
  const { t, i18n } = useTranslation('admin');
  const { t: tUi } = useTranslation();
  const detail = Object.entries(entry.detail).map(([key, value]) => {
    const text = key === 'role' && isOneOf(ROLES, value) ? tUi(`role.${value}`) : String(value);
    return isOneOf(DETAIL_KEYS, key) ? t(`log.detail.${key}`, { value: text }) : t('log.detail.other', { key, value: text });
  });
  return (
    <tr data-testid="log-row" data-action={entry.action}>
      <td className="admin-table__when">{formatDateTime(entry.at, i18n.language)}</td>
      <td>{entry.by === CLI ? t('log.cli') : entry.by}</td>
      <td>{t(`log.action.${entry.action}`)}</td>
      <td>{entry.target}</td>
      <td>{detail.join(' · ')}</td>
    </tr>
  );
}
