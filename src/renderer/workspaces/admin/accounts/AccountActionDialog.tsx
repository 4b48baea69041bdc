// An action on one account, confirmed first: what it will do to whom, then asked of the hub. Disabling and ending
// the sessions say how many sessions were ended; a reset's new password goes to the owner to be shown once. An
// account gone meanwhile is 'not_found', said in this list's words.
import { useTranslation } from 'react-i18next';
import type { Account, EndedAnswer, PasswordAnswer } from '../../../../shared/hub-protocol/admin.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { AdminCallDialog } from '../AdminCallDialog.tsx';

export type AccountAction = 'disable' | 'enable' | 'reset' | 'endSessions';

interface AccountActionDialogProps {
  readonly action: AccountAction;
  readonly account: Account;
  readonly onClose: () => void;
  /** It went through: the sentence saying so. */
  readonly onDone: (message: string) => void;
  /** A reset went through: the new password. */
  readonly onPassword: (answer: PasswordAnswer) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

export function AccountActionDialog({ action, account, onClose, onDone, onPassword, focusAfterDone }: AccountActionDialogProps) {
  const { t } = useTranslation('admin');
  const api = useApi();
  const { username, displayName: name } = account;
  const ask = (): Promise<EndedAnswer | PasswordAnswer> => {
    switch (action) {
      case 'disable':
      case 'enable':
        return api.call('admin.setDisabled', { username, disabled: action === 'disable' });
      case 'reset':
        return api.call('admin.resetPassword', { username });
      case 'endSessions':
        return api.call('admin.endSessions', { username });
    }
  };
  const answered = (answer: EndedAnswer | PasswordAnswer) => {
    if ('password' in answer) return onPassword(answer);
    const count = answer.endedSessions;
    onDone(
      action === 'enable'
        ? t('accounts.enable.done', { name })
        : t(`accounts.${action === 'disable' ? 'disable' : 'endSessions'}.done`, { name, count }),
    );
  };
  return (
    <AdminCallDialog
      title={t(`accounts.${action}.title`)}
      explain={t(`accounts.${action}.explain`, { name, username })}
      submitLabel={t(`accounts.${action}.submit`)}
      testId={`account-${action}-dialog`}
      prepare={() => username}
      ask={ask}
      onAnswer={answered}
      onClose={onClose}
      focusAfterDone={focusAfterDone}
      refusal={(reason) => (reason === 'not_found' ? t('accounts.missing') : undefined)}
      danger={action === 'disable'}
    />
  );
}
