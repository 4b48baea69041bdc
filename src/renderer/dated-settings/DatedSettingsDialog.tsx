// "Normativa y parámetros": the dated settings (limits, deadlines, fine ranges) by area — every key with its
// label and unit, the value in force today and its history, newest first. Everyone reads them; an administrator
// (the role that may make 'setting.add') adds a new value with its effective date: a write through the outbox
// like any other, marked "pendiente" or "rechazado" from settings.list's per-entry sync state until the hub has it
// (docs/ARCHITECTURE.md, "Local writes in the interface"). Not to be confused with the console's own
// configuration (hub, language, map tiles: console-config/, «Configuración»).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnsyncedState } from '../../shared/operations/types.ts';
import type { SettingRecord } from '../../shared/records/setting.ts';
import type { SettingKey } from '../../shared/settings/catalogue.ts';
import { canMutate } from '../../shared/records/permissions.ts';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { ModalDialog } from '../components/ModalDialog.tsx';
import { Notice } from '../components/Notice.tsx';
import { useNow } from '../hooks/use-now.ts';
import { useLiveQuery } from '../live/use-live-query.ts';
import { useSession } from '../session/SessionContext.tsx';
import { formatIsoDate } from '../i18n/format.ts';
import { NewValueForm } from './NewValueForm.tsx';
import { settingAreas, type HistoryRow, type KeyView } from './setting-areas.ts';
import { specOfKey } from './value-form.ts';
import { ValueView } from './ValueView.tsx';
import '../styles/dated-settings.css';

/** Entries added from this page (this session): once with the hub they say so ("sincronizado"). */
const addedHere = new Set<string>();

/** An entry not yet with the hub, or one added here that now is; nothing for the others. */
type SyncMark = UnsyncedState | 'synced' | null;

export function DatedSettingsButton() {
  const { t } = useTranslation('datedSettings');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="header-button" onClick={() => setOpen(true)} aria-haspopup="dialog" data-testid="open-norms">
        <span aria-hidden="true">§ </span>
        {t('open')}
      </button>
      <ModalDialog
        open={open}
        title={t('title')}
        closeLabel={t('close')}
        onClose={() => setOpen(false)}
        className="dated-settings-dialog"
        testId="norms-dialog"
      >
        <DatedSettingsContent />
      </ModalDialog>
    </>
  );
}

function DatedSettingsContent() {
  const { t } = useTranslation('datedSettings');
  const user = useSession()?.user ?? null;
  const mayAdd = user !== null && canMutate(user.role, 'setting.add');
  // Read again whenever a setting or the outbox changes (an entry added, synced or refused) — useLiveQuery.
  const { value, error, loading, refresh } = useLiveQuery('settings.list', {});
  const [added, setAdded] = useState<{ readonly key: SettingKey; readonly date: string } | null>(null);
  const now = useNow(60_000); // "in force today" turns over at midnight

  const syncMark = (record: SettingRecord): SyncMark => value?.unsynced[record.id] ?? (addedHere.has(record.id) ? 'synced' : null);

  return (
    <div className="dated-settings" data-testid="norms">
      <p className="dated-settings__intro">{t('intro')}</p>
      {!mayAdd && (
        <p className="notice notice--warning" data-testid="norms-read-only">
          {t('readOnly')}
        </p>
      )}
      {added && (
        <Notice tone="success" onDismiss={() => setAdded(null)} testId="norms-added">
          {t('form.added', { date: added.date })}
        </Notice>
      )}
      {loading && <p role="status">{t('loading')}</p>}
      {!loading && !value && <ApiErrorNotice error={error} title={t('loadFailed')} />}
      {value?.entries.length === 0 && <p role="status">{t('empty')}</p>}
      {value &&
        value.entries.length > 0 &&
        settingAreas(value.entries, now).map((area) => (
          <section
            key={area.area}
            className="dated-settings__area"
            aria-labelledby={`dated-settings-area-${area.area}`}
            data-area={area.area}
          >
            <h3 id={`dated-settings-area-${area.area}`}>{t(`area.${area.area}`)}</h3>
            {area.keys.map((view) => (
              <KeyCard
                key={view.key}
                view={view}
                mayAdd={mayAdd}
                syncMark={syncMark}
                onAdded={(record, date) => {
                  addedHere.add(record.id);
                  setAdded({ key: view.key, date });
                  refresh();
                }}
              />
            ))}
          </section>
        ))}
    </div>
  );
}

interface KeyCardProps {
  readonly view: KeyView;
  readonly mayAdd: boolean;
  readonly syncMark: (record: SettingRecord) => SyncMark;
  readonly onAdded: (record: SettingRecord, date: string) => void;
}

function KeyCard({ view, mayAdd, syncMark, onAdded }: KeyCardProps) {
  const { t, i18n } = useTranslation('datedSettings');
  const id = useId();
  const spec = specOfKey(view.key);
  const label = t(`setting.${view.key}.label`);
  const [formOpen, setFormOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);

  return (
    <article className="dated-setting" aria-labelledby={`${id}-label`} data-key={view.key} data-testid={`norm-${view.key}`}>
      <div className="dated-setting__header">
        <h4 id={`${id}-label`} className="dated-setting__label">
          {label}
        </h4>
        <span className="dated-setting__unit">{t('unit', { unit: t(`setting.${view.key}.unit`) })}</span>
      </div>
      <div className="dated-setting__current" data-testid="norm-current">
        <span className="dated-setting__current-title">{t('inForceToday')}</span>
        {view.inForce ? (
          <>
            <span className="dated-setting__since">({formatIsoDate(view.inForce.entry.effectiveFrom, i18n.language)})</span>
            <ValueView spec={spec} value={view.inForce.entry.value} />
          </>
        ) : (
          <span className="dated-setting-value__none">{t('noValueInForce')}</span>
        )}
      </div>
      <details className="dated-setting__history" open={historyOpen} onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
        <summary>{t('history', { count: view.history.length })}</summary>
        <table className="dated-setting-history" data-testid="norm-history">
          <caption className="visually-hidden">{t('historyCaption', { label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.effectiveFrom')}</th>
              <th scope="col">{t('column.value')}</th>
              <th scope="col">{t('column.note')}</th>
              <th scope="col">{t('column.state')}</th>
            </tr>
          </thead>
          <tbody>
            {view.history.map((row) => (
              <HistoryLine key={row.record.id} row={row} spec={spec} mark={syncMark(row.record)} />
            ))}
          </tbody>
        </table>
      </details>
      {mayAdd &&
        (formOpen ? (
          <NewValueForm
            settingKey={view.key}
            label={label}
            startFrom={view.inForce?.entry.value}
            onCancel={() => setFormOpen(false)}
            onAdded={(record) => {
              setFormOpen(false);
              setHistoryOpen(true);
              onAdded(record, formatIsoDate(record.entry.effectiveFrom, i18n.language));
            }}
          />
        ) : (
          <button type="button" className="button" onClick={() => setFormOpen(true)} data-testid="norm-new-value">
            {t('form.open')}
            <span className="visually-hidden">: {label}</span>
          </button>
        ))}
    </article>
  );
}

function HistoryLine({
  row,
  spec,
  mark,
}: {
  readonly row: HistoryRow;
  readonly spec: ReturnType<typeof specOfKey>;
  readonly mark: SyncMark;
}) {
  const { t, i18n } = useTranslation('datedSettings');
  const { entry } = row.record;
  return (
    <tr data-state={row.state} data-sync={mark ?? 'synced'} data-id={row.record.id} data-effective-from={entry.effectiveFrom}>
      <td className="dated-setting-history__date">{formatIsoDate(entry.effectiveFrom, i18n.language)}</td>
      <td>
        <ValueView spec={spec} value={entry.value} />
      </td>
      <td className="dated-setting-history__note">{entry.note ?? <span className="dated-setting-value__none">{t('noNote')}</span>}</td>
      <td>
        <span className={`dated-setting-state dated-setting-state--${row.state}`}>{t(`state.${row.state}`)}</span>
        {mark && (
          <span className={`dated-setting-sync dated-setting-sync--${mark}`} data-testid="norm-sync">
            {t(`sync.${mark}`)}
          </span>
        )}
      </td>
    </tr>
  );
}
