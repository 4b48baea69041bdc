// Full-page explanation when the local cache cannot be opened, with the one safe repair: move the file
// aside (never delete it) and build a fresh cache.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodResult } from '../../shared/api/contract.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import type { UnavailableCache } from './use-cache-gate.ts';

interface CacheUnavailableScreenProps {
  readonly status: UnavailableCache;
  readonly onRebuilt: (result: MethodResult<'cache.rebuild'>) => void;
}

export function CacheUnavailableScreen({ status, onRebuilt }: CacheUnavailableScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const rebuild = () => {
    setBusy(true);
    setError(null);
    api
      .call('cache.rebuild', {})
      .then(onRebuilt, setError)
      .finally(() => setBusy(false));
  };

  return (
    <section className="full-page-message" aria-labelledby="cache-unavailable-title" data-testid="cache-unavailable">
      <h1 id="cache-unavailable-title">{t('cache.unavailableTitle')}</h1>
      <p className="full-page-message__lead">{t(`cache.reason.${status.reason}`)}</p>
      <dl className="file-path">
        <dt>{t('cache.file')}</dt>
        <dd>
          <code>{status.path}</code>
        </dd>
      </dl>
      <p>{t('cache.explanation')}</p>
      {status.reason === 'too_new' && <p>{t('cache.tooNewHint')}</p>}
      {error !== null && <ApiErrorNotice error={error} title={t('cache.rebuildFailed')} />}
      <button type="button" className="button button--primary" onClick={rebuild} disabled={busy} aria-busy={busy}>
        {busy ? t('cache.rebuilding') : t('cache.rebuild')}
      </button>
    </section>
  );
}
