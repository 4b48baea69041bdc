// Which dispatch hub the console follows and who is signed in to it. Three ways to go: the built-in demo hub (as
// one of its demo accounts), a remote hub (address, username, password — checked field by field before anything is
// sent; the core logs in first and changes nothing when that fails), or no hub. When a command-line flag decides
// the hub for this run, only signing in to that hub and signing out are offered.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/session.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { EmbeddedHubSection } from './EmbeddedHubSection.tsx';
import { RemoteHubSection } from './RemoteHubSection.tsx';

type Outcome = { readonly kind: 'done'; readonly message: string } | { readonly kind: 'failed'; readonly error: unknown } | null;

export function HubSettings() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  /** One session change at a time; resolves true when it was made. */
  const run = async (work: () => Promise<SessionInfo>, done: (info: SessionInfo) => string): Promise<boolean> => {
    setBusy(true);
    setOutcome(null);
    try {
      const info = await work();
      setOutcome({ kind: 'done', message: done(info) });
      return true;
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const signedInMessage = (info: SessionInfo) =>
    info.user
      ? t('consoleConfig.signedIn', { name: info.user.displayName, role: t(`role.${info.user.role}`) })
      : t('consoleConfig.signedOut');

  if (!session) return <p role="status">{t('sync.unknown')}</p>;
  const { hub, user } = session;
  const byFlag = hub.decidedBy === 'flag';
  const kindText = t(`consoleConfig.hubKind.${hub.kind}`);

  return (
    <>
      <section className="console-config__section" aria-labelledby={`${id}-current`}>
        <h3 id={`${id}-current`}>{t('consoleConfig.current')}</h3>
        <dl className="console-config__facts">
          <dt>{t('consoleConfig.hub')}</dt>
          <dd data-testid="settings-hub" data-kind={hub.kind}>
            {hub.url ? t('consoleConfig.hubAt', { kind: kindText, url: hub.url }) : kindText}
          </dd>
          <dt>{t('consoleConfig.person')}</dt>
          <dd data-testid="settings-user">
            {user
              ? t('consoleConfig.signedInAs', { name: user.displayName, username: user.username, role: t(`role.${user.role}`) })
              : t('consoleConfig.notSignedIn')}
          </dd>
        </dl>
        {byFlag && (
          <p className="notice notice--warning console-config__flag" data-testid="settings-flag">
            {t('consoleConfig.decidedByFlag')}
          </p>
        )}
        {user && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => api.call('session.signOut', {}), signedInMessage)}
            data-testid="settings-sign-out"
          >
            {t('consoleConfig.signOut')}
          </button>
        )}
      </section>

      {busy && (
        <p className="console-config__status" role="status">
          {t('consoleConfig.working')}
        </p>
      )}
      {outcome?.kind === 'done' && (
        <p className="notice notice--success" role="status" data-testid="settings-done">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <ApiErrorNotice error={outcome.error} title={t('consoleConfig.failed')} onDismiss={() => setOutcome(null)} />
      )}

      {!byFlag && (
        <EmbeddedHubSection
          session={session}
          busy={busy}
          onUse={(username) => void run(() => api.call('session.useEmbedded', username ? { username } : {}), signedInMessage)}
        />
      )}
      {!(byFlag && hub.kind === 'off') && (
        <RemoteHubSection
          session={session}
          busy={busy}
          onSubmit={(values, urlFixed) =>
            run(
              () =>
                api.call('session.signIn', {
                  ...(urlFixed ? {} : { url: values.url.trim() }),
                  username: values.username.trim(),
                  password: values.password,
                }),
              signedInMessage,
            )
          }
        />
      )}
      {!byFlag && hub.kind !== 'off' && (
        <section className="console-config__section" aria-labelledby={`${id}-none`}>
          <h3 id={`${id}-none`}>{t('consoleConfig.none.heading')}</h3>
          <p className="console-config__description">{t('consoleConfig.none.description')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(
                () => api.call('session.useNone', {}),
                () => t('consoleConfig.hubKind.off'),
              )
            }
            data-testid="settings-use-none"
          >
            {t('consoleConfig.none.use')}
          </button>
        </section>
      )}
    </>
  );
}
