// The built-in demo hub: use it, or — while following it — enter as another of its demo accounts.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/session.ts';
import { FormField } from '../components/FormField.tsx';

interface EmbeddedHubSectionProps {
  readonly session: SessionInfo;
  readonly busy: boolean;
  readonly onUse: (username?: string) => void;
}

export function EmbeddedHubSection({ session, busy, onUse }: EmbeddedHubSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const accounts = session.demoAccounts;
  const [chosen, setChosen] = useState(session.user?.username ?? accounts.find((a) => a.role === 'dispatcher')?.username ?? '');
  const following = session.hub.kind === 'embedded' && accounts.length > 0;
  const account = accounts.some((a) => a.username === chosen) ? chosen : (accounts[0]?.username ?? '');

  return (
    <section className="console-config__section" aria-labelledby={`${id}-heading`} data-testid="settings-embedded">
      <h3 id={`${id}-heading`}>{t('consoleConfig.embedded.heading')}</h3>
      <p className="console-config__description">{t('consoleConfig.embedded.description')}</p>
      {following ? (
        <div className="console-config__row">
          <FormField id={`${id}-account`} label={t('consoleConfig.embedded.account')}>
            {(control) => (
              <select
                className="form-control"
                value={account}
                onChange={(event) => setChosen(event.target.value)}
                data-testid="settings-demo-account"
                {...control}
              >
                {accounts.map((a) => (
                  <option key={a.username} value={a.username}>
                    {t('consoleConfig.embedded.accountOption', { name: a.displayName, role: t(`role.${a.role}`) })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => onUse(account)}
            data-testid="settings-use-embedded"
          >
            {t('consoleConfig.embedded.switchAccount')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => onUse()}
          data-testid="settings-use-embedded"
        >
          {t('consoleConfig.embedded.use')}
        </button>
      )}
    </section>
  );
}
