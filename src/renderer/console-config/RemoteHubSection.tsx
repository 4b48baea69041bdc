// A remote hub: its address (fixed when a flag decides it), username and password, checked field by field before
// anything is sent (hub-form.ts). The password is never kept: it is emptied once signed in.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/session.ts';
import { FormField } from '../components/FormField.tsx';
import { firstProblemField, hubFormProblems, type HubFormField, type HubFormProblems, type HubFormValues } from './hub-form.ts';

interface RemoteHubSectionProps {
  readonly session: SessionInfo;
  readonly busy: boolean;
  /** Resolves true when signed in. */
  readonly onSubmit: (values: HubFormValues, urlFixed: boolean) => Promise<boolean>;
}

const INPUTS: Record<HubFormField, { readonly type: 'url' | 'text' | 'password'; readonly autoComplete: string }> = {
  url: { type: 'url', autoComplete: 'url' },
  username: { type: 'text', autoComplete: 'username' },
  password: { type: 'password', autoComplete: 'current-password' },
};

export function RemoteHubSection({ session, busy, onSubmit }: RemoteHubSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const { hub } = session;
  // A flag's remote hub cannot be changed here: only signed in to.
  const urlFixed = hub.decidedBy === 'flag' && hub.kind === 'remote';
  const [values, setValues] = useState<HubFormValues>({
    url: hub.kind === 'remote' && hub.url ? hub.url : '',
    username: session.lastUsername ?? '',
    password: '',
  });
  const [problems, setProblems] = useState<HubFormProblems>({});
  const inputs = useRef<Partial<Record<HubFormField, HTMLInputElement | null>>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = hubFormProblems(values, urlFixed);
    setProblems(found);
    const first = firstProblemField(found);
    if (first) return inputs.current[first]?.focus();
    if (await onSubmit(values, urlFixed)) setValues((v) => ({ ...v, password: '' }));
  };

  const field = (name: HubFormField) => {
    const problem = problems[name];
    return (
      <FormField
        id={`${id}-${name}`}
        label={t(`consoleConfig.remote.${name}`)}
        hint={name === 'url' ? t('consoleConfig.remote.urlHint') : undefined}
        problem={problem && t(`consoleConfig.problem.${problem}`)}
        problemTestId={`settings-${name}-problem`}
      >
        {(control) => (
          <input
            ref={(element) => {
              inputs.current[name] = element;
            }}
            className="form-control"
            {...INPUTS[name]}
            value={values[name]}
            spellCheck={false}
            onChange={(event) => {
              const value = event.target.value;
              setValues((v) => ({ ...v, [name]: value }));
              if (problem) setProblems((p) => ({ ...p, [name]: undefined }));
            }}
            data-testid={`settings-${name}`}
            {...control}
          />
        )}
      </FormField>
    );
  };

  return (
    <section className="console-config__section" aria-labelledby={`${id}-heading`} data-testid="settings-remote">
      <h3 id={`${id}-heading`}>{t('consoleConfig.remote.heading')}</h3>
      <p className="console-config__description">{t('consoleConfig.remote.description')}</p>
      <form className="console-config__form" onSubmit={(event) => void submit(event)} noValidate>
        {urlFixed ? (
          <p>
            <span>{t('consoleConfig.remote.url')}: </span>
            <code>{hub.url}</code>
          </p>
        ) : (
          field('url')
        )}
        {field('username')}
        {field('password')}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="settings-connect">
          {urlFixed ? t('consoleConfig.remote.signIn') : t('consoleConfig.remote.connect')}
        </button>
      </form>
    </section>
  );
}
