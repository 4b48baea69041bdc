// The frame of each list of «Administración» (accounts, devices, the log): its heading with the list's main action
// and «Actualizar», a line on what it is, the sentence the last action left, and the list — or, until the hub
// answered, that it is loading or why it could not be read (no hub connected, most often).
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { Notice } from '../../components/Notice.tsx';
import type { LiveQuery } from '../../live/use-live-query.ts';

interface AdminListProps {
  /** The list's key in the dictionary and its ids' prefix ('accounts' → accounts-view, accounts-title). */
  readonly name: 'accounts' | 'devices' | 'log';
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly action?: ReactNode;
  readonly list: LiveQuery<unknown>;
  /** The sentence the last action left (lists with actions), until dismissed. */
  readonly done?: string | null;
  readonly onDismissDone?: () => void;
  /** The list, once the hub answered. */
  readonly children: ReactNode;
}

export function AdminList({ name, heading, action, list, done, onDismissDone, children }: AdminListProps) {
  const { t } = useTranslation('admin');
  return (
    <section className="admin-list" aria-labelledby={`${name}-title`} data-testid={`${name}-view`}>
      <div className="admin-list__header">
        <h2 id={`${name}-title`} ref={heading} tabIndex={-1}>
          {t(`${name}.heading`)}
        </h2>
        {action}
        <button type="button" className="button" onClick={list.refresh} data-testid={`${name}-refresh`}>
          {t('refresh')}
        </button>
      </div>
      <p className="admin-list__intro">{t(`${name}.intro`)}</p>
      {done && (
        <Notice tone="success" onDismiss={onDismissDone} testId={`${name}-done`}>
          {done}
        </Notice>
      )}
      {list.value === null && list.loading && <p role="status">{t(`${name}.loading`)}</p>}
      {list.error !== null && <ApiErrorNotice error={list.error} title={t(`${name}.loadFailed`)} />}
      {list.value !== null && children}
    </section>
  );
}
