// Administración → Cuentas: every account of the hub with its role, whether it is enabled, its open sessions and
// its last sign-in; «Nueva cuenta», and per account «Deshabilitar» / «Habilitar», «Restablecer contraseña» and
// «Cerrar todas las sesiones», each confirmed first. A password the hub generates is shown once (ShownOnceDialog).
// The list is read again after each action. The person's own account is marked and offers no action: the hub
// refuses disabling it and resetting its password (own_account: either would end the session asking).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, PasswordAnswer } from '../../../../shared/hub-protocol/admin.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { useItemDialog } from '../../../hooks/use-item-dialog.ts';
import { formatDateTime, formatNumber } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { AdminList } from '../AdminList.tsx';
import { ShownOnceDialog } from '../ShownOnceDialog.tsx';
import { AccountActionDialog, type AccountAction } from './AccountActionDialog.tsx';
import { CreateAccountDialog } from './CreateAccountDialog.tsx';

const COLUMNS = ['username', 'displayName', 'role', 'state', 'sessions', 'lastLogin', 'actions'] as const;

type Open =
  | { readonly kind: 'create' }
  | { readonly kind: 'action'; readonly action: AccountAction; readonly account: Account }
  | { readonly kind: 'password'; readonly title: 'createdTitle' | 'resetTitle'; readonly name: string; readonly answer: PasswordAnswer };

export function AccountsView() {
  const { t } = useTranslation('admin');
  const list = useLiveQuery('admin.accounts', {});
  const me = useSignedInUser().user?.username ?? null;
  const dialog = useItemDialog<Open>();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => heading.current;
  const changed = (message: string) => {
    list.refresh();
    dialog.finished(message);
  };
  const showPassword = (title: 'createdTitle' | 'resetTitle', name: string) => (answer: PasswordAnswer) => {
    list.refresh();
    dialog.openFor({ kind: 'password', title, name, answer });
  };
  const accounts = list.value?.accounts ?? null;
  return (
    <AdminList
      name="accounts"
      heading={heading}
      action={
        <button
          type="button"
          className="button button--primary"
          onClick={() => dialog.openFor({ kind: 'create' })}
          data-testid="accounts-create"
        >
          {t('accounts.create.action')}
        </button>
      }
      list={list}
      done={dialog.done}
      onDismissDone={dialog.dismiss}
    >
      {accounts &&
        (accounts.length === 0 ? (
          <p>{t('accounts.none')}</p>
        ) : (
          <ListTable
            className="admin-table"
            testId="accounts-table"
            caption={t('accounts.caption')}
            columns={COLUMNS}
            columnLabel={(column) => t(`accounts.column.${column}`)}
          >
            {accounts.map((account) => (
              <AccountRow
                key={account.username}
                account={account}
                own={account.username === me}
                onAction={(action) => dialog.openFor({ kind: 'action', action, account })}
              />
            ))}
          </ListTable>
        ))}
      {dialog.open?.kind === 'create' && (
        <CreateAccountDialog
          onClose={dialog.close}
          onCreated={(answer, name) => showPassword('createdTitle', name)(answer)}
          focusAfterDone={focusHeading}
        />
      )}
      {dialog.open?.kind === 'action' && (
        <AccountActionDialog
          action={dialog.open.action}
          account={dialog.open.account}
          onClose={dialog.close}
          onDone={changed}
          onPassword={showPassword('resetTitle', dialog.open.account.displayName)}
          focusAfterDone={focusHeading}
        />
      )}
      {dialog.open?.kind === 'password' && (
        <ShownOnceDialog
          title={t(`accounts.password.${dialog.open.title}`)}
          explain={t('accounts.password.explain', { name: dialog.open.name, username: dialog.open.answer.username })}
          label={t('accounts.password.label')}
          secret={dialog.open.answer.password}
          testId="account-password"
          onClose={dialog.close}
          returnFocusTo={focusHeading}
        />
      )}
    </AdminList>
  );
}

interface AccountRowProps {
  readonly account: Account;
  readonly own: boolean;
  readonly onAction: (action: AccountAction) => void;
}

function AccountRow({ account, own, onAction }: AccountRowProps) {
  const { t, i18n } = useTranslation('admin');
  const { t: tUi } = useTranslation();
  const state = account.disabled ? 'disabled' : 'active';
  const button = (action: AccountAction) => (
    <button
      type="button"
      className="button"
      onClick={() => onAction(action)}
      aria-label={t(`accounts.${action}.actionFor`, { name: account.displayName })}
      data-testid={`account-${action}`}
    >
      {t(`accounts.${action}.action`)}
    </button>
  );
  return (
    <tr data-testid="account-row" data-username={account.username} data-state={state}>
      <th scope="row">
        {account.username} {own && <span className="admin-you">{t('accounts.you')}</span>}
      </th>
      <td>{account.displayName}</td>
      <td>{tUi(`role.${account.role}`)}</td>
      <td>
        <span className={`admin-state admin-state--${state}`} data-testid="account-state">
          {t(`accounts.state.${state}`)}
        </span>
      </td>
      <td>{formatNumber(account.sessions, i18n.language)}</td>
      <td className="admin-table__when">
        {account.lastLoginAt === null ? t('never') : formatDateTime(account.lastLoginAt, i18n.language)}
      </td>
      <td>
        {!own && (
          <div className="admin-actions">
            {button(account.disabled ? 'enable' : 'disable')}
            {button('reset')}
            {account.sessions > 0 && button('endSessions')}
          </div>
        )}
      </td>
    </tr>
  );
}
