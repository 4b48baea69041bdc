// Administración → Equipos de patrulla: every device paired with the hub — its name, its unit (by call sign, from
// the cache), when and by whom it was paired, and whether it is connected now, disconnected or revoked — with
// «Vincular equipo» (its pairing code shown once, as a QR code and as text), «Nueva unidad» (a city starting from an
// empty hub adds its units here, then pairs their devices) and «Revocar» (confirmed first). Being connected changes
// without any event the console hears, so the list is also read again every few seconds.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairedDevice } from '../../../../shared/api/admin.ts';
import type { Device } from '../../../../shared/hub-protocol/admin.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { useItemDialog } from '../../../hooks/use-item-dialog.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { AdminList } from '../AdminList.tsx';
import { NewUnitDialog } from './NewUnitDialog.tsx';
import { PairDeviceDialog, type CallSigns } from './PairDeviceDialog.tsx';
import { PairedDeviceDialog } from './PairedDeviceDialog.tsx';
import { RevokeDeviceDialog } from './RevokeDeviceDialog.tsx';

const COLUMNS = ['label', 'unit', 'paired', 'state', 'actions'] as const;
const POLL_MS = 5_000;

type Open =
  | { readonly kind: 'pair' }
  | { readonly kind: 'unit' }
  | { readonly kind: 'paired'; readonly paired: PairedDevice }
  | { readonly kind: 'revoke'; readonly device: Device };

export function DevicesView() {
  const { t } = useTranslation('admin');
  const list = useLiveQuery('admin.devices', {});
  const { callSigns, reload: reloadCallSigns } = useCallSigns();
  const dialog = useItemDialog<Open>();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => heading.current;
  const { refresh } = list;
  useEffect(() => {
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  const devices = list.value?.devices ?? null;
  const unitName = (unitId: string) => callSigns.get(unitId) ?? unitId;
  return (
    <AdminList
      name="devices"
      heading={heading}
      action={
        <>
          <button type="button" className="button" onClick={() => dialog.openFor({ kind: 'unit' })} data-testid="devices-new-unit">
            {t('devices.unit.action')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => dialog.openFor({ kind: 'pair' })}
            data-testid="devices-pair"
          >
            {t('devices.pair.action')}
          </button>
        </>
      }
      list={list}
      done={dialog.done}
      onDismissDone={dialog.dismiss}
    >
      {devices &&
        (devices.length === 0 ? (
          <p>{t('devices.none')}</p>
        ) : (
          <ListTable
            className="admin-table"
            testId="devices-table"
            caption={t('devices.caption')}
            columns={COLUMNS}
            columnLabel={(column) => t(`devices.column.${column}`)}
          >
            {devices.map((device) => (
              <DeviceRow
                key={device.id}
                device={device}
                unit={unitName(device.unitId)}
                onRevoke={() => dialog.openFor({ kind: 'revoke', device })}
              />
            ))}
          </ListTable>
        ))}
      {dialog.open?.kind === 'unit' && (
        <NewUnitDialog
          callSigns={callSigns}
          onClose={dialog.close}
          onDone={(message) => {
            reloadCallSigns();
            dialog.finished(message);
          }}
          focusAfterDone={focusHeading}
        />
      )}
      {dialog.open?.kind === 'pair' && (
        <PairDeviceDialog
          callSigns={callSigns}
          onClose={dialog.close}
          onPaired={(paired) => {
            refresh();
            dialog.openFor({ kind: 'paired', paired });
          }}
          focusAfterDone={focusHeading}
        />
      )}
      {dialog.open?.kind === 'paired' && (
        <PairedDeviceDialog
          paired={dialog.open.paired}
          unit={unitName(dialog.open.paired.device.unitId)}
          onClose={dialog.close}
          returnFocusTo={focusHeading}
        />
      )}
      {dialog.open?.kind === 'revoke' && (
        <RevokeDeviceDialog
          device={dialog.open.device}
          unit={unitName(dialog.open.device.unitId)}
          onClose={dialog.close}
          onDone={(message) => {
            refresh();
            dialog.finished(message);
          }}
          focusAfterDone={focusHeading}
        />
      )}
    </AdminList>
  );
}

/** The units' call signs, read from the cache once (they hardly change while the list is open) and again after a
 * unit was added here. */
function useCallSigns(): { readonly callSigns: CallSigns; readonly reload: () => void } {
  const api = useApi();
  const [callSigns, setCallSigns] = useState<CallSigns>(() => new Map());
  const [reads, setReads] = useState(0);
  const reload = useCallback(() => setReads((n) => n + 1), []);
  useEffect(() => {
    let open = true;
    api.call('units.list', {}).then(
      ({ units }) => open && setCallSigns(new Map(units.map((unit) => [unit.id, unit.callSign]))),
      () => undefined, // without them, devices show their unit's id
    );
    return () => {
      open = false;
    };
  }, [api, reads]);
  return { callSigns, reload };
}

function DeviceRow({ device, unit, onRevoke }: { readonly device: Device; readonly unit: string; readonly onRevoke: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const state = device.revokedAt !== null ? 'revoked' : device.connected ? 'connected' : 'disconnected';
  const date = formatDateTime(device.createdAt, i18n.language);
  return (
    <tr data-testid="device-row" data-device-id={device.id} data-state={state}>
      <th scope="row">{device.label}</th>
      <td>{unit}</td>
      <td className="admin-table__when">{device.createdBy === null ? date : t('devices.pairedBy', { date, by: device.createdBy })}</td>
      <td>
        <span className={`admin-state admin-state--${state}`} data-testid="device-state">
          {t(`devices.state.${state}`)}
        </span>
      </td>
      <td>
        {state !== 'revoked' && (
          <button
            type="button"
            className="button button--danger"
            onClick={onRevoke}
            aria-label={t('devices.revoke.actionFor', { label: device.label })}
            data-testid="device-revoke"
          >
            {t('devices.revoke.action')}
          </button>
        )}
      </td>
    </tr>
  );
}
