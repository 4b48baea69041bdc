// «Configuración» → «Mapa: mosaicos en línea»: the map's optional online tile source (off by default). A URL
// template and the provider's attribution, checked field by field before saving (the contract checks them again).
// A new source's origin enters the page's CSP only when the page is loaded again, so the section then offers to
// reload; clearing applies at once. The Despacho map reads the same store (tile-source-store.ts).
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tileOrigin, type TileSource } from '../../shared/geo/tile-source.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { FormField } from '../components/FormField.tsx';
import { checkTileForm, type TileFormField, type TileFormProblems, type TileFormValues } from './tile-form.ts';
import { tileSourceStoreFor, useTileSource } from './tile-source-store.ts';

type Outcome = { readonly kind: 'saved' | 'cleared' } | { readonly kind: 'failed'; readonly error: unknown } | null;

const valuesOf = (source: TileSource | null): TileFormValues => ({
  urlTemplate: source?.urlTemplate ?? '',
  attribution: source?.attribution ?? '',
});

export function MapTilesSection() {
  const { t } = useTranslation();
  const id = useId();
  const store = tileSourceStoreFor(useApi());
  const snapshot = useTileSource(store);
  const [edited, setEdited] = useState<TileFormValues | null>(null);
  const [problems, setProblems] = useState<TileFormProblems>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const inputs = useRef<Partial<Record<TileFormField, HTMLInputElement | null>>>({});
  const values = edited ?? valuesOf(snapshot.saved);

  const apply = async (source: TileSource | null) => {
    setBusy(true);
    setOutcome(null);
    try {
      await store.save(source);
      setEdited(null);
      setOutcome({ kind: source ? 'saved' : 'cleared' });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkTileForm(values);
    if ('problems' in checked) {
      setProblems(checked.problems);
      inputs.current[checked.problems.urlTemplate ? 'urlTemplate' : 'attribution']?.focus();
      return;
    }
    setProblems({});
    void apply(checked.source);
  };

  const field = (name: TileFormField) => {
    const problem = problems[name];
    return (
      <FormField
        id={`${id}-${name}`}
        label={t(`map.tiles.${name}`)}
        hint={t(`map.tiles.${name}Hint`)}
        problem={problem && t(`map.tiles.problem.${problem}`)}
        problemTestId={`map-tiles-${name}-problem`}
      >
        {(control) => (
          <input
            ref={(element) => {
              inputs.current[name] = element;
            }}
            className="form-control"
            type={name === 'urlTemplate' ? 'url' : 'text'}
            value={values[name]}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => {
              const value = event.target.value;
              setEdited({ ...values, [name]: value });
              if (problem) setProblems((p) => ({ ...p, [name]: undefined }));
            }}
            data-testid={`map-tiles-${name}`}
            {...control}
          />
        )}
      </FormField>
    );
  };

  const activeOrigin = snapshot.active && tileOrigin(snapshot.active.urlTemplate);
  return (
    <section className="console-config__section" aria-labelledby={`${id}-heading`} data-testid="map-tiles-settings">
      <h3 id={`${id}-heading`}>{t('map.tiles.heading')}</h3>
      <p className="console-config__description">{t('map.tiles.description')}</p>
      <p data-testid="map-tiles-state">
        {activeOrigin
          ? t('map.tiles.inUse', { origin: activeOrigin })
          : snapshot.reloadNeeded
            ? t('map.tiles.savedNotInUse')
            : t('map.tiles.none')}
      </p>
      {snapshot.reloadNeeded && (
        <div className="notice notice--warning console-config__row" data-testid="map-tiles-reload-needed">
          <span>{t('map.tiles.reloadNeeded')}</span>
          <button type="button" className="button" onClick={() => window.location.reload()} data-testid="map-tiles-reload">
            {t('map.tiles.reload')}
          </button>
        </div>
      )}
      {busy && (
        <p className="console-config__status" role="status">
          {t('consoleConfig.working')}
        </p>
      )}
      {(outcome?.kind === 'saved' || outcome?.kind === 'cleared') && (
        <p className="notice notice--success" role="status" data-testid="map-tiles-done">
          {t(`map.tiles.${outcome.kind}`)}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <ApiErrorNotice error={outcome.error} title={t('map.tiles.saveFailed')} onDismiss={() => setOutcome(null)} />
      )}
      <form className="console-config__form" onSubmit={submit} noValidate>
        {field('urlTemplate')}
        {field('attribution')}
        <div className="console-config__row">
          <button type="submit" className="button button--primary" disabled={busy || !snapshot.loaded} data-testid="map-tiles-save">
            {t('map.tiles.save')}
          </button>
          {snapshot.saved && (
            <button type="button" className="button" disabled={busy} onClick={() => void apply(null)} data-testid="map-tiles-clear">
              {t('map.tiles.clear')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
