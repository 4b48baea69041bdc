// Settings: which dispatch hub the console follows and who is signed in to it. A modal <dialog> (focus moves in
// on open, Escape closes, focus returns to the button that opened it). Three ways to go: the built-in demo hub (as
// one of its demo accounts), a remote hub (address, username, password — checked field by field before anything is
// sent; the core logs in first and changes nothing when that fails), or no hub. When a command-line flag decides
// the hub for this run, only signing in to that hub and signing out are offered. Below, the map's optional online
// tile source (workspaces/dispatch/map/MapTilesSettings.tsx).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/session.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { MapTilesSettings } from '../workspaces/dispatch/map/MapTilesSettings.tsx';
import { firstProblemField, hubFormProblems, type HubFormField, type HubFormProblems, type HubFormValues } from './hub-form.ts';
import { useSession } from './SessionContext.tsx';

interface SettingsDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

type Outcome = { readonly kind: 'done'; readonly message: string } | { readonly kind: 'failed'; readonly error: unknown } | null;

export function SettingsDialog({ open, onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    } else if (!open && element.open) element.close();
  }, [open]);

  const onDialogClose = () => {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };

  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby={`${id}-title`} onClose={onDialogClose} data-testid="settings-dialog">
      <div className="settings-dialog__header">
        <h2 id={`${id}-title`}>{t('settings.title')}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()} data-testid="settings-close">
          {t('settings.close')}
        </button>
      </div>
      {open && <SettingsContent />}
      {open && <MapTilesSettings />}
    </dialog>
  );
}

function SettingsContent() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

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
    info.user ? t('settings.signedIn', { name: info.user.displayName, role: t(`role.${info.user.role}`) }) : t('settings.signedOut');

  if (!session) return <p role="status">{t('sync.unknown')}</p>;
  const { hub, user } = session;
  const byFlag = hub.decidedBy === 'flag';
  const kindText = t(`settings.hubKind.${hub.kind}`);

  return (
    <div className="settings-dialog__body">
      <section className="settings-section" aria-labelledby={`${id}-current`}>
        <h3 id={`${id}-current`}>{t('settings.current')}</h3>
        <dl className="settings-facts">
          <dt>{t('settings.hub')}</dt>
          <dd data-testid="settings-hub" data-kind={hub.kind}>
            {hub.url ? t('settings.hubAt', { kind: kindText, url: hub.url }) : kindText}
          </dd>
          <dt>{t('settings.person')}</dt>
          <dd data-testid="settings-user">
            {user
              ? t('settings.signedInAs', { name: user.displayName, username: user.username, role: t(`role.${user.role}`) })
              : t('settings.notSignedIn')}
          </dd>
        </dl>
        {byFlag && (
          <p className="notice notice--warning settings-flag" data-testid="settings-flag">
            {t('settings.decidedByFlag')}
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
            {t('settings.signOut')}
          </button>
        )}
      </section>

      {busy && (
        <p className="settings-dialog__status" role="status">
          {t('settings.working')}
        </p>
      )}
      {outcome?.kind === 'done' && (
        <p className="notice notice--success" role="status" data-testid="settings-done">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <ApiErrorNotice error={outcome.error} title={t('settings.failed')} onDismiss={() => setOutcome(null)} />
      )}

      {!byFlag && (
        <EmbeddedSection
          session={session}
          busy={busy}
          onUse={(username) => void run(() => api.call('session.useEmbedded', username ? { username } : {}), signedInMessage)}
        />
      )}
      {!(byFlag && hub.kind === 'off') ? (
        <RemoteSection
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
      ) : null}
      {!byFlag && hub.kind !== 'off' && (
        <section className="settings-section" aria-labelledby={`${id}-none`}>
          <h3 id={`${id}-none`}>{t('settings.none.heading')}</h3>
          <p className="settings-section__description">{t('settings.none.description')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(
                () => api.call('session.useNone', {}),
                () => t('settings.hubKind.off'),
              )
            }
            data-testid="settings-use-none"
          >
            {t('settings.none.use')}
          </button>
        </section>
      )}
    </div>
  );
}

function EmbeddedSection({
  session,
  busy,
  onUse,
}: {
  readonly session: SessionInfo;
  readonly busy: boolean;
  readonly onUse: (username?: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const accounts = session.demoAccounts;
  const [chosen, setChosen] = useState(session.user?.username ?? accounts.find((a) => a.role === 'dispatcher')?.username ?? '');
  const following = session.hub.kind === 'embedded' && accounts.length > 0;
  const account = accounts.some((a) => a.username === chosen) ? chosen : (accounts[0]?.username ?? '');

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`} data-testid="settings-embedded">
      <h3 id={`${id}-heading`}>{t('settings.embedded.heading')}</h3>
      <p className="settings-section__description">{t('settings.embedded.description')}</p>
      {following ? (
        <div className="settings-row">
          <div className="settings-field">
            <label htmlFor={`${id}-account`}>{t('settings.embedded.account')}</label>
            <select
              id={`${id}-account`}
              value={account}
              onChange={(event) => setChosen(event.target.value)}
              data-testid="settings-demo-account"
            >
              {accounts.map((a) => (
                <option key={a.username} value={a.username}>
                  {t('settings.embedded.accountOption', { name: a.displayName, role: t(`role.${a.role}`) })}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => onUse(account)}
            data-testid="settings-use-embedded"
          >
            {t('settings.embedded.switchAccount')}
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
          {t('settings.embedded.use')}
        </button>
      )}
    </section>
  );
}

interface RemoteSectionProps {
  readonly session: SessionInfo;
  readonly busy: boolean;
  /** Resolves true when signed in. */
  readonly onSubmit: (values: HubFormValues, urlFixed: boolean) => Promise<boolean>;
}

function RemoteSection({ session, busy, onSubmit }: RemoteSectionProps) {
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

  const field = (name: HubFormField, type: 'url' | 'text' | 'password', autoComplete: string) => {
    const problem = problems[name];
    const hint = name === 'url' ? `${id}-url-hint` : undefined;
    const describedBy = [hint, problem ? `${id}-${name}-problem` : undefined].filter(Boolean).join(' ') || undefined;
    return (
      <div className="settings-field">
        <label htmlFor={`${id}-${name}`}>{t(`settings.remote.${name}`)}</label>
        <input
          ref={(element) => {
            inputs.current[name] = element;
          }}
          id={`${id}-${name}`}
          type={type}
          value={values[name]}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const value = event.target.value;
            setValues((v) => ({ ...v, [name]: value }));
            if (problem) setProblems((p) => ({ ...p, [name]: undefined }));
          }}
          data-testid={`settings-${name}`}
        />
        {hint && (
          <p id={hint} className="form-field__hint">
            {t('settings.remote.urlHint')}
          </p>
        )}
        {problem && (
          <p id={`${id}-${name}-problem`} className="form-field__error" data-testid={`settings-${name}-problem`}>
            {t(`settings.problem.${problem}`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`} data-testid="settings-remote">
      <h3 id={`${id}-heading`}>{t('settings.remote.heading')}</h3>
      <p className="settings-section__description">{t('settings.remote.description')}</p>
      <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
        {urlFixed ? (
          <p className="settings-field">
            <span>{t('settings.remote.url')}: </span>
            <code>{hub.url}</code>
          </p>
        ) : (
          field('url', 'url', 'url')
        )}
        {field('username', 'text', 'username')}
        {field('password', 'password', 'current-password')}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="settings-connect">
          {urlFixed ? t('settings.remote.signIn') : t('settings.remote.connect')}
        </button>
      </form>
    </section>
  );
}
