import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/ApiContext.tsx';

/** Shown while the host cannot be reached (browser mode: the web host stopped or the network dropped). */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { state } = useConnection();
  if (state !== 'disconnected') return null;
  return (
    <div className="connection-banner" role="alert" data-testid="connection-banner">
      <strong>{t('connection.lost')}</strong> <span>{t('connection.retrying')}</span>
    </div>
  );
}
