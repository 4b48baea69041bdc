// Full-page explanation when the local cache cannot be opened, per reason. Only a corrupt file gets the
// repair: move it aside (never delete it) and build a fresh cache. For the other reasons (in use, unreadable,
// too new) the file is left alone and the one button just tries to open it again.
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

// Both actions call cache.rebuild: the host moves the file aside only when it is corrupt.
const REBUILD = { label: 'cache.rebuild', busy: 'cache.rebuilding', failed: 'cache.rebuildFailed' } as const;
const RETRY = { label: 'cache.retry', busy: 'cache.retrying', failed: 'cache.retryFailed' } as const;

export function CacheUnavailableScreen({ status, onRebuilt }: CacheUnavailableScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [stillUnavailable, setStillUnavailable] = useState(false);
  const action = status.reason === 'corrupt' ? REBUILD : RETRY;

  const run = () => {
    setBusy(true);
    setError(null);
    setStillUnavailable(false);
    api
      .call('cache.rebuild', {})
      .then((result) => {
        setStillUnavailable(result.state === 'unavailable');
        onRebuilt(result);
      }, setError)
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
      <p>{t(`cache.hint.${status.reason}`)}</p>
      {error !== null && <ApiErrorNotice error={error} title={t(action.failed)} />}
      {stillUnavailable && <p role="status">{t('cache.stillUnavailable')}</p>}
      <button type="button" className="button button--primary" onClick={run} disabled={busy} aria-busy={busy}>
        {busy ? t(action.busy) : t(action.label)}
      </button>
    </section>
  );
}
