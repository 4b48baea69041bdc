// «Nueva cuenta»: a username (checked as the hub checks it), the person's name and a role (account-form.ts), asked
// of the hub; its answer, the password it generated, goes to the owner to be shown once. A username already taken
// is refused by the hub ('already_exists'), said in this dialog's words.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/auth/roles.ts';
import type { PasswordAnswer } from '../../../../shared/hub-protocol/admin.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { AdminCallDialog } from '../AdminCallDialog.tsx';
import { SelectField } from '../SelectField.tsx';
import { TextField } from '../TextField.tsx';
import { checkAccount, INITIAL_ACCOUNT, type AccountField } from './account-form.ts';

interface CreateAccountDialogProps {
  readonly onClose: () => void;
  /** The account was created: the hub's answer and the person's name. */
  readonly onCreated: (answer: PasswordAnswer, displayName: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

export function CreateAccountDialog({ onClose, onCreated, focusAfterDone }: CreateAccountDialogProps) {
  const { t } = useTranslation('admin');
  const { t: tUi } = useTranslation();
  const api = useApi();
  const id = useId().replace(/:/g, '');
  const form = useCheckedForm(INITIAL_ACCOUNT, checkAccount);
  const problem = (field: AccountField) => (form.problems[field] ? t(`problem.${form.problems[field]}`) : null);
  return (
    <AdminCallDialog
      title={t('accounts.create.title')}
      explain={t('accounts.create.explain')}
      submitLabel={t('accounts.create.submit')}
      testId="create-account-dialog"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
      ask={(request) => api.call('admin.createAccount', request)}
      onAnswer={(answer) => onCreated(answer, form.values.displayName.trim())}
      onClose={onClose}
      focusAfterDone={focusAfterDone}
      refusal={(reason) => (reason === 'already_exists' ? t('accounts.create.exists') : undefined)}
    >
      <TextField
        id={`${id}-username`}
        label={t('accounts.create.username')}
        hint={t('accounts.create.usernameHint')}
        problem={problem('username')}
        value={form.values.username}
        onChange={form.set('username')}
        maxLength={64}
        spellCheck={false}
        testId="create-account-username"
      />
      <TextField
        id={`${id}-displayName`}
        label={t('accounts.create.displayName')}
        problem={problem('displayName')}
        value={form.values.displayName}
        onChange={form.set('displayName')}
        maxLength={120}
        testId="create-account-displayName"
      />
      <SelectField
        id={`${id}-role`}
        label={t('accounts.create.role')}
        problem={problem('role')}
        placeholder={t('accounts.create.chooseRole')}
        options={ROLES.map((role) => ({ value: role, label: tUi(`role.${role}`) }))}
        value={form.values.role}
        onChange={form.set('role')}
        testId="create-account-role"
      />
    </AdminCallDialog>
  );
}
