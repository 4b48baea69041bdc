// The header's "En vivo / Poniéndose al día… / Sin conexión desde 14:05 · datos de hace 3 min" badge, shown
// in every workspace. The visible text ages every few seconds; a separate polite live region speaks only
// when the state itself changes, so a screen reader is not interrupted by the running age.
import { useTranslation } from 'react-i18next';
import { useNow } from '../hooks/use-now.ts';
import { useSyncStatus } from '../live/SyncStatusContext.tsx';
import { syncAnnouncement, syncMessageText } from '../live/sync-text.ts';
import { needsClock, syncView } from '../live/sync-view.ts';

const AGE_REFRESH_MS = 5_000;

/** onSignIn: opens the console configuration (offered while nobody is signed in to the chosen hub). */
export function SyncIndicator({ onSignIn }: { readonly onSignIn?: () => void }) {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const now = useNow(needsClock(status) ? AGE_REFRESH_MS : null);
  const view = syncView(status, now);
  const text = syncMessageText(view.message, t, i18n.language, now);

  return (
    <div className="sync-indicator-slot">
      <p
        className={`sync-indicator sync-indicator--${view.message.kind}`}
        data-testid="sync-indicator"
        data-state={view.state}
        data-hub={status?.hubUrl === null ? 'none' : undefined}
        data-error={view.unauthorized ? 'unauthorized' : undefined}
        title={[text, view.unauthorized ? t('sync.unauthorized') : null, status?.hubUrl ? t('sync.hubTitle', { url: status.hubUrl }) : null]
          .filter(Boolean)
          .join('\n')}
      >
        <span className="sync-indicator__dot" aria-hidden="true" />
        <span className="sync-indicator__lines">
          <span className="sync-indicator__text">{text}</span>
          {view.unauthorized && (
            <span className="sync-indicator__error" data-testid="sync-error">
              {t('sync.unauthorized')}
            </span>
          )}
        </span>
      </p>
      {view.state === 'signed_out' && onSignIn && (
        <button type="button" className="header-button" onClick={onSignIn} aria-haspopup="dialog" data-testid="sync-sign-in">
          {t('sync.signIn')}
        </button>
      )}
      <p className="visually-hidden" role="status" data-testid="sync-announcer">
        {syncAnnouncement(view, t)}
      </p>
    </div>
  );
}
