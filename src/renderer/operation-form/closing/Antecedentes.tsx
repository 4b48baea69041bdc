// «Antecedentes» beside a warning, notice or acta being written: the identity's earlier warnings, notices, actas and
// court cases, the latest few, and what "warn first, sanction on repeat" suggests (the core's rule,
// shared/notices/antecedentes.ts). Announced politely as it arrives; nothing at all for a role that may not read it.
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '../../../shared/api/insights.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import type { RowValues } from '../../spec-form/spec-form.ts';
import { findingIdentity } from './finding-identity.ts';
import { useAntecedentes } from './use-antecedentes.ts';

const IDENTIFIED = ['warning', 'notice', 'acta'];

export function Antecedentes({ values }: { readonly values: Readonly<Record<string, string | readonly RowValues[]>> }) {
  const { t, i18n } = useTranslation('notices');
  const state = useAntecedentes(findingIdentity(values));
  if (!IDENTIFIED.includes(String(values.outcome)) || state.kind === 'forbidden') return null;
  const number = (n: number) => formatNumber(n, i18n.language);

  let body;
  switch (state.kind) {
    case 'none':
      body = <p className="form-field__hint">{t('antecedentes.hint')}</p>;
      break;
    case 'loading':
      body = <p>{t('antecedentes.loading')}</p>;
      break;
    case 'failed':
      body = <p>{t('antecedentes.failed')}</p>;
      break;
    case 'found': {
      const { counts, latest, suggestion } = state.antecedentes;
      body = (
        <>
          <p className={`antecedentes__suggestion antecedentes__suggestion--${suggestion}`} data-testid="antecedentes-suggestion">
            <strong>{t(`antecedentes.suggestion.${suggestion}`)}</strong>
          </p>
          <p data-testid="antecedentes-counts">
            {t('antecedentes.counts', {
              warnings: number(counts.warnings),
              notices: number(counts.notices),
              actas: number(counts.actas),
              cases: number(counts.cases),
            })}
          </p>
          {latest.length === 0 ? (
            <p>{t('antecedentes.none')}</p>
          ) : (
            <>
              <p className="antecedentes__latest">{t('antecedentes.latest')}</p>
              <ul className="antecedentes__list">
                {latest.map((item) => (
                  <li key={item.findingId}>
                    <HistoryLine item={item} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      );
    }
  }
  return (
    <div className="antecedentes" data-testid="antecedentes" data-state={state.kind}>
      <p className="antecedentes__title">{t('antecedentes.title')}</p>
      <div aria-live="polite">{body}</div>
    </div>
  );
}

function HistoryLine({ item }: { readonly item: HistoryItem }) {
  const { t, i18n } = useTranslation('notices');
  const { t: tUi } = useTranslation();
  const facts = {
    date: formatDateTime(item.at, i18n.language),
    outcome: t(`antecedentes.outcome.${item.outcome}`),
    what: item.operationType ? tUi(`operationType.${item.operationType}`) : t(`category.${item.category}`),
    barrio: item.barrio ?? '',
  };
  return <>{item.barrio ? t('antecedentes.itemBarrio', facts) : t('antecedentes.item', facts)}</>;
}
