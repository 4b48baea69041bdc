// Planificación → Equipamiento: every breathalyser and sound meter with its last calibration, its certificate and
// until when it is valid — lapsed and due first, with how many are due in the next 30 days — and «Registrar
// calibración» for the roles that may; then the vehicles (VehiclesSection.tsx). The states are the core's (shared/roster/instrument-states.ts).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterInstruments } from '../../../../shared/api/planning.ts';
import type { Instrument, InstrumentRow } from '../../../../shared/roster/instrument-states.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { describeApiError } from '../../../errors/describe-api-error.ts';
import { formatIsoDate, formatNumber } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { useItemDialog } from '../../../hooks/use-item-dialog.ts';
import { AddInstrumentDialog } from './AddInstrumentDialog.tsx';
import { CalibrateDialog } from './CalibrateDialog.tsx';
import { VehiclesSection } from './VehiclesSection.tsx';
import './instruments.css';

const COLUMNS = ['label', 'kind', 'serial', 'calibratedOn', 'certificate', 'validUntil', 'state', 'action'] as const;

export function InstrumentsView() {
  const { t, i18n } = useTranslation('instruments');
  const list = useLiveQuery('roster.instruments', {});
  const signedIn = useSignedInUser();
  const may = { calibrate: mayMutate(signedIn, 'resource.calibrate'), add: mayMutate(signedIn, 'resource.create') };
  // Open for one instrument (a calibration) or for a new one.
  const dialog = useItemDialog<Instrument | 'new'>();
  const heading = useRef<HTMLHeadingElement>(null);

  if (list.error && describeApiError(list.error).code === 'forbidden')
    return (
      <Notice tone="warning" testId="instruments-forbidden">
        {t('forbidden')}
      </Notice>
    );
  const view = list.value;
  return (
    <div className="equipment">
      <section className="instruments" aria-labelledby="instruments-title" data-testid="instruments-view">
        <div className="instruments__header">
          <h2 id="instruments-title" ref={heading} tabIndex={-1}>
            {t('heading')}
          </h2>
          {may.add && (
            <button type="button" className="button" onClick={() => dialog.openFor('new')} data-testid="instruments-add">
              {t('add.action')}
            </button>
          )}
        </div>
        <p className="instruments__intro">{t('intro')}</p>
        {dialog.done && (
          <Notice tone="success" onDismiss={dialog.dismiss} testId="instruments-done">
            {dialog.done}
          </Notice>
        )}
        {view === null ? (
          list.loading ? (
            <p role="status">{t('loading')}</p>
          ) : (
            <ApiErrorNotice error={list.error} title={t('loadFailed')} />
          )
        ) : (
          <>
            <DueCount view={view} language={i18n.language} />
            {view.rows.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ListTable
                className="instruments-table"
                testId="instruments-table"
                caption={t('caption')}
                columns={COLUMNS}
                columnLabel={(column) => t(`column.${column}`)}
              >
                {view.rows.map((row) => (
                  <InstrumentTableRow key={row.instrument.id} row={row} onCalibrate={may.calibrate ? dialog.openFor : null} />
                ))}
              </ListTable>
            )}
          </>
        )}
        {dialog.open === 'new' && (
          <AddInstrumentDialog onClose={dialog.close} onDone={dialog.finished} focusAfterDone={() => heading.current} />
        )}
        {dialog.open && dialog.open !== 'new' && (
          <CalibrateDialog
            instrument={dialog.open}
            months={view?.calibrationMonths?.[dialog.open.kind] ?? null}
            onClose={dialog.close}
            onDone={dialog.finished}
            focusAfterDone={() => heading.current}
          />
        )}
      </section>
      <VehiclesSection />
    </div>
  );
}

function DueCount({ view, language }: { readonly view: RosterInstruments; readonly language: string }) {
  const { t } = useTranslation('instruments');
  const due = view.rows.filter((row) => row.state !== 'valid').length;
  return (
    <p className={`instruments__due${due > 0 ? ' instruments__due--some' : ''}`} data-testid="instruments-due">
      {due > 0
        ? t('due', { count: due, formatted: formatNumber(due, language), days: view.dueWithinDays })
        : t('dueNone', { days: view.dueWithinDays })}
    </p>
  );
}

/** The last valid day, as people say it: valid until the end of that day. */
const lastValidDay = (validUntil: number) => cordobaIsoDate(validUntil - 1);

function InstrumentTableRow({ row, onCalibrate }: { readonly row: InstrumentRow; readonly onCalibrate: ((i: Instrument) => void) | null }) {
  const { t, i18n } = useTranslation('instruments');
  const { instrument, state, validUntil } = row;
  const date = (iso: string) => formatIsoDate(iso, i18n.language);
  return (
    <tr data-testid="instrument-row" data-instrument-id={instrument.id} data-state={state}>
      <th scope="row">{instrument.label}</th>
      <td>{t(`kind.${instrument.kind}`)}</td>
      <td>{[instrument.serial, instrument.model].filter(Boolean).join(' · ') || t('never')}</td>
      <td>{instrument.calibratedOn === undefined ? t('never') : date(cordobaIsoDate(instrument.calibratedOn))}</td>
      <td>{instrument.certificate ?? t('never')}</td>
      <td>{validUntil === null ? t('never') : date(lastValidDay(validUntil))}</td>
      <td>
        <span className={`instrument-state instrument-state--${state}`}>{t(`state.${state}`)}</span>
      </td>
      <td>
        {onCalibrate && (
          <button
            type="button"
            className="button"
            onClick={() => onCalibrate(instrument)}
            aria-label={t('calibrate.actionFor', { label: instrument.label })}
            data-testid="instrument-calibrate"
          >
            {t('calibrate.action')}
          </button>
        )}
      </td>
    </tr>
  );
}
