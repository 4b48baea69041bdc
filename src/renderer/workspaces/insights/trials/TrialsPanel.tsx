// «Pruebas de redacción»: the notice-wording trials (records.list, live), each with where it stands today; the
// report of the one chosen; and, for administrators, «Nueva prueba» and «Detener». Coordinators read trials and
// reports; the roles the trial kind does not name are told they cannot.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeTrial } from '../../../../shared/records/notice-trial-schema.ts';
import { canRead } from '../../../../shared/records/permissions.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { NewTrialDialog } from './NewTrialDialog.tsx';
import { StopTrialDialog } from './StopTrialDialog.tsx';
import { byNewest, canStop, trialStatus } from './trial-status.ts';
import { TrialReportView } from './TrialReportView.tsx';
import '../compare/studies.css';
import './trials.css';

export function TrialsPanel() {
  const { t } = useTranslation('insightsStudies');
  const signedIn = useSignedInUser();
  const allowed = signedIn.user === null || canRead(signedIn.user.role, 'notice_trial');
  return (
    <section className="studies" aria-labelledby="trials-title" data-testid="trials-panel">
      <h2 id="trials-title">{t('trials.title')}</h2>
      <p className="studies__intro">{t('trials.intro')}</p>
      {signedIn.known && !allowed ? (
        <Notice tone="warning" testId="trials-not-allowed">
          {t('trials.notAllowed')}
        </Notice>
      ) : (
        <Trials />
      )}
    </section>
  );
}

function Trials() {
  const { t, i18n } = useTranslation('insightsStudies');
  const { t: tSettings } = useTranslation('datedSettings');
  const signedIn = useSignedInUser();
  const trials = useLiveQuery('records.list', { entity: 'notice_trial' });
  const today = cordobaIsoDate(useNow(60_000));
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [stopping, setStopping] = useState<NoticeTrial | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const list = useMemo(() => ([...(trials.value?.records ?? [])] as NoticeTrial[]).sort(byNewest), [trials.value]);
  const mayDefine = mayMutate(signedIn, 'notice_trial.define');
  const mayStop = mayMutate(signedIn, 'notice_trial.stop');
  const open = list.find((trial) => trial.id === openId) ?? null;
  const day = (iso: string) => formatIsoDate(iso, i18n.language);
  const viewButton = (trialId: string) =>
    table.current?.querySelector<HTMLElement>(`[data-trial-id="${CSS.escape(trialId)}"] .trial-view`) ?? null;

  return (
    <>
      {signedIn.known && !mayDefine && <p>{t('trials.readOnly')}</p>}
      {mayDefine && (
        <div className="studies__actions">
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="trial-new">
            {t('trials.new')}
          </button>
        </div>
      )}
      {saved !== null && (
        <Notice tone="success" onDismiss={() => setSaved(null)} testId="trial-saved">
          {saved}
        </Notice>
      )}
      {trials.error !== null ? (
        <ApiErrorNotice error={trials.error} title={t('trials.loadFailed')} />
      ) : trials.value === null ? (
        <p role="status">{t('trials.loading')}</p>
      ) : list.length === 0 ? (
        <p data-testid="trials-empty">{t('trials.none')}</p>
      ) : (
        <table ref={table} className="studies__table trials-table" data-testid="trials-table">
          <caption className="visually-hidden">{t('trials.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trials.column.name')}</th>
              <th scope="col">{t('trials.column.category')}</th>
              <th scope="col">{t('trials.column.barrios')}</th>
              <th scope="col">{t('trials.column.period')}</th>
              <th scope="col">{t('trials.column.status')}</th>
              <th scope="col">{t('trials.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((trial) => {
              const { definition: d } = trial;
              const status = trialStatus(trial, today);
              const isOpen = trial.id === openId;
              return (
                <tr key={trial.id} data-trial-id={trial.id} data-testid="trial-row" aria-current={isOpen ? 'true' : undefined}>
                  <th scope="row">{d.name}</th>
                  <td>{tSettings(`field.${d.category}`)}</td>
                  <td>{d.barrios.join(', ')}</td>
                  <td>{t('trials.period', { start: day(d.start), end: day(d.end) })}</td>
                  <td data-testid="trial-status" data-status={status}>
                    {t(`trials.status.${status}`)}
                    {trial.stoppedAt !== null && (
                      <span className="trials-table__note">{t('trials.stoppedAt', { date: day(cordobaIsoDate(trial.stoppedAt)) })}</span>
                    )}
                  </td>
                  <td className="trials-table__actions">
                    <button
                      type="button"
                      className="button trial-view"
                      aria-pressed={isOpen}
                      onClick={() => setOpenId(isOpen ? null : trial.id)}
                      data-testid="trial-view"
                    >
                      {t('trials.view')}
                    </button>
                    {mayStop && canStop(status) && (
                      <button type="button" className="button button--danger" onClick={() => setStopping(trial)} data-testid="trial-stop">
                        {t('trials.stop')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {open && <TrialReportView key={open.id} trial={open} />}
      {creating && (
        <NewTrialDialog
          today={today}
          onClose={() => setCreating(false)}
          onDone={(id, name) => {
            setCreating(false);
            setOpenId(id);
            setSaved(t('trials.saved', { name }));
          }}
        />
      )}
      {stopping && (
        <StopTrialDialog
          trial={stopping}
          onClose={() => setStopping(null)}
          onDone={() => {
            setStopping(null);
            setSaved(t('trials.stopped', { name: stopping.definition.name }));
          }}
          focusAfterDone={() => viewButton(stopping.id)}
        />
      )}
    </>
  );
}
