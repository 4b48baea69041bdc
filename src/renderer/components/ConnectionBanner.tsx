import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/ApiContext.tsx';

/**
 * Shown while the host cannot be reached (browser mode: the web host stopped or the network dropped), or
 * for good once it refused this page's secret (restarted host, stale address): then retrying cannot help.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { state } = useConnection();
  if (state !== 'disconnected' && state !== 'refused') return null;
  const refused = state === 'refused';
  return (
    <div className="connection-banner" role="alert" data-testid="connection-banner" data-state={state}>
      <strong>{refused ? t('connection.refusedTitle') : t('connection.lost')}</strong>{' '}
      <span>{refused ? t('connection.refused') : t('connection.retrying')}</span>
    </div>
  );
}
