// «Configuración» → «Relojes de los equipos de patrulla», for administrators only (as the core and the hub allow):
// per unit, the device reports the hub refused because the device's clock was out of its tolerance
// (field.clockTolerance) since the hub started — which tablets need their date and time looked at. The hub does
// not stream it: it is asked when the section opens, after the page reconnects and on «Actualizar»; the core
// answers 'hub_unavailable' while it is not connected to a hub.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldHealth } from '../../shared/hub-protocol/field-health.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { useReconnectEpoch } from '../hooks/use-reconnect-epoch.ts';
import { formatDateTime, formatInteger } from '../i18n/format.ts';
import { useSession } from '../session/SessionContext.tsx';

/** The answer to one request (requests are numbered: a newer one makes an older answer stale). */
type Answer = { readonly request: number } & ({ readonly health: FieldHealth } | { readonly error: unknown });

export function FieldHealthSection() {
  const session = useSession();
  return session?.user?.role === 'administrator' ? <FieldHealthPanel /> : null;
}

function FieldHealthPanel() {
  const { t, i18n } = useTranslation('fieldHealth');
  const id = useId();
  const api = useApi();
  const reconnectEpoch = useReconnectEpoch();
  const [request, setRequest] = useState(1);
  const [answer, setAnswer] = useState<Answer | null>(null);

  // reconnectEpoch is a dependency on purpose: ask again once the page is back with its host.
  useEffect(() => {
    let current = true;
    api.call('field.health', {}).then(
      (health) => current && setAnswer({ request, health }),
      (error: unknown) => current && setAnswer({ request, error }),
    );
    return () => {
      current = false;
    };
  }, [api, request, reconnectEpoch]);

  const loading = answer?.request !== request;
  const locale = i18n.language;
  return (
    <section className="console-config__section" aria-labelledby={`${id}-heading`} data-testid="field-health">
      <h3 id={`${id}-heading`}>{t('heading')}</h3>
      <p className="console-config__description">{t('description')}</p>
      {loading && (
        <p className="console-config__status" role="status" data-testid="field-health-loading">
          {t('loading')}
        </p>
      )}
      {answer && 'error' in answer && <ApiErrorNotice error={answer.error} title={t('loadFailed')} />}
      {answer && 'health' in answer && <FieldHealthReport health={answer.health} locale={locale} />}
      <button
        type="button"
        className="button"
        disabled={loading}
        onClick={() => setRequest(request + 1)}
        data-testid="field-health-refresh"
      >
        {t('refresh')}
      </button>
    </section>
  );
}

function FieldHealthReport({ health, locale }: { readonly health: FieldHealth; readonly locale: string }) {
  const { t } = useTranslation('fieldHealth');
  const { tolerance } = health;
  return (
    <>
      <p data-testid="field-health-tolerance">
        {tolerance
          ? t('tolerance', { ahead: formatInteger(tolerance.aheadSeconds, locale), behind: formatInteger(tolerance.behindSeconds, locale) })
          : t('noTolerance')}{' '}
        {t('since', { since: formatDateTime(health.since, locale) })}
      </p>
      {health.units.length === 0 ? (
        <p data-testid="field-health-none">{t('none')}</p>
      ) : (
        <table className="console-config__table" aria-label={t('tableLabel')} data-testid="field-health-table">
          <thead>
            <tr>
              <th scope="col">{t('column.unit')}</th>
              <th scope="col">{t('column.ahead')}</th>
              <th scope="col">{t('column.behind')}</th>
              <th scope="col">{t('column.lastDeviceTime')}</th>
              <th scope="col">{t('column.lastRefusedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {health.units.map((unit) => (
              <tr key={unit.unitId} data-unit={unit.unitId}>
                <th scope="row">{unit.callSign ?? unit.unitId}</th>
                <td>{formatInteger(unit.ahead, locale)}</td>
                <td>{formatInteger(unit.behind, locale)}</td>
                <td>{formatDateTime(unit.lastDeviceTime, locale)}</td>
                <td>{formatDateTime(unit.lastRefusedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
