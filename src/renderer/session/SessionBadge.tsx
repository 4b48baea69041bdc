// The header's "Martín Sosa · Despacho" and the gear button that opens the console configuration («Configuración»).
import { useTranslation } from 'react-i18next';
import { useSession } from './SessionContext.tsx';

export function SessionBadge({ onOpenConsoleConfig }: { readonly onOpenConsoleConfig: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const user = session?.user ?? null;

  return (
    <div className="session-badge">
      <span className="visually-hidden">{t('session.label')}: </span>
      <span className="session-badge__user" data-testid="session-user" data-role={user?.role}>
        {user ? t('session.user', { name: user.displayName, role: t(`role.${user.role}`) }) : t('session.noUser')}
      </span>
      <button type="button" className="header-button" onClick={onOpenConsoleConfig} aria-haspopup="dialog" data-testid="open-settings">
        <span aria-hidden="true">⚙ </span>
        {t('session.openConsoleConfig')}
      </button>
    </div>
  );
}
