// «Configuración» → «Mapa base»: which vector basemap the console serves to the Despacho map (the project's demo
// tileset or the city's own MBTiles file), a warning when the chosen file could not be opened, and — for
// administrators only, as the core allows only them — the path to another file or the way back to the demo.
// The core opens and checks the file before accepting it; its refusals are explained next to the field. The map
// reads the same store (basemap-store.ts), so an accepted choice shows there at once.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BASEMAP_FILE_MAX_LENGTH, type BasemapInfo } from '../../shared/geo/basemap-info.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { FormField } from '../components/FormField.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { basemapErrorProblem, checkBasemapFile, type BasemapFileProblem } from './basemap-form.ts';
import { basemapStoreFor, useBasemap, type BasemapStore } from './basemap-store.ts';

type Outcome =
  | { readonly kind: 'city'; readonly name: string }
  | { readonly kind: 'demo' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | null;

export function BasemapSection() {
  const { t } = useTranslation('basemapSettings');
  const id = useId();
  const store = basemapStoreFor(useApi());
  const snapshot = useBasemap(store);
  // null until the core first answered: neither the form nor the read-only note flashes up meanwhile.
  const session = useSession();
  const isAdministrator = session?.user?.role === 'administrator';

  return (
    <section className="console-config__section" aria-labelledby={`${id}-heading`} data-testid="basemap-settings">
      <h3 id={`${id}-heading`}>{t('heading')}</h3>
      <p className="console-config__description">{t('description')}</p>
      {snapshot.state === 'loading' && (
        <p role="status" data-testid="basemap-state">
          {t('loading')}
        </p>
      )}
      {snapshot.state === 'failed' && (
        <>
          <ApiErrorNotice error={snapshot.error} title={t('loadFailed')} />
          <button type="button" className="button" onClick={store.reload} data-testid="basemap-retry">
            {t('retry')}
          </button>
        </>
      )}
      {snapshot.state === 'ready' && <BasemapState info={snapshot.info} />}
      {isAdministrator && snapshot.state === 'ready' && <BasemapForm store={store} info={snapshot.info} />}
      {session !== null && !isAdministrator && (
        <p className="notice notice--warning" data-testid="basemap-read-only">
          {t('readOnly')}
        </p>
      )}
    </section>
  );
}

function BasemapState({ info }: { readonly info: BasemapInfo }) {
  const { t } = useTranslation('basemapSettings');
  const state =
    info.source === 'city'
      ? info.name
        ? t('inUse.city', { file: info.cityFile ?? '', name: info.name })
        : t('inUse.cityUnnamed', { file: info.cityFile ?? '' })
      : info.name
        ? t('inUse.demo', { name: info.name })
        : t('inUse.demoUnnamed');
  return (
    <>
      <p data-testid="basemap-state">{state}</p>
      {info.attribution && <p className="console-config__description">{t('attribution', { attribution: info.attribution })}</p>}
      {info.problem && (
        <p className="notice notice--warning" data-testid="basemap-problem">
          {t('problem', { file: info.cityFile ?? '', reason: t(`reason.${info.problem}`) })}
        </p>
      )}
    </>
  );
}

interface BasemapFormProps {
  readonly store: BasemapStore;
  readonly info: BasemapInfo;
}

function BasemapForm({ store, info }: BasemapFormProps) {
  const { t } = useTranslation('basemapSettings');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [edited, setEdited] = useState<string | null>(null);
  const [problem, setProblem] = useState<BasemapFileProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const value = edited ?? info.cityFile ?? '';

  const showProblem = (next: BasemapFileProblem) => {
    setProblem(next);
    input.current?.focus();
  };

  const apply = async (file: string | null) => {
    setBusy(true);
    setOutcome(null);
    try {
      const chosen = await store.choose(file);
      setEdited(null);
      setProblem(null);
      setOutcome(file === null ? { kind: 'demo' } : { kind: 'city', name: chosen.name });
    } catch (error) {
      const fieldProblem = basemapErrorProblem(error);
      if (fieldProblem) showProblem(fieldProblem);
      else setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkBasemapFile(value);
    if ('problem' in checked) {
      showProblem(checked.problem);
      return;
    }
    setProblem(null);
    void apply(checked.file);
  };

  return (
    <>
      {busy && (
        <p className="console-config__status" role="status">
          {t('working')}
        </p>
      )}
      {(outcome?.kind === 'city' || outcome?.kind === 'demo') && (
        <p className="notice notice--success" role="status" data-testid="basemap-done">
          {outcome.kind === 'city' ? t('done.city', { name: outcome.name }) : t('done.demo')}
        </p>
      )}
      {outcome?.kind === 'failed' && <ApiErrorNotice error={outcome.error} title={t('setFailed')} onDismiss={() => setOutcome(null)} />}
      <form className="console-config__form" onSubmit={submit} noValidate>
        <FormField
          id={`${id}-file`}
          label={t('file')}
          hint={t('fileHint')}
          problem={problem && t(`fileProblem.${problem}`, { max: BASEMAP_FILE_MAX_LENGTH })}
          problemTestId="basemap-file-problem"
        >
          {(control) => (
            <input
              ref={input}
              className="form-control"
              type="text"
              value={value}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => {
                setEdited(event.target.value);
                if (problem) setProblem(null);
              }}
              data-testid="basemap-file"
              {...control}
            />
          )}
        </FormField>
        <div className="console-config__row">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="basemap-use">
            {t('use')}
          </button>
          {info.cityFile !== null && (
            <button type="button" className="button" disabled={busy} onClick={() => void apply(null)} data-testid="basemap-demo">
              {t('demo')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
