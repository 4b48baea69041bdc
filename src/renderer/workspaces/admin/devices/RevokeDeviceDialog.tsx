// «Revocar»: confirmed first (it cannot be undone), then asked of the hub, which cuts the device's connection at
// once. A device revoked or gone meanwhile is refused ('already_revoked', 'not_found').
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/hub-protocol/admin.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { AdminCallDialog } from '../AdminCallDialog.tsx';

interface RevokeDeviceDialogProps {
  readonly device: Device;
  /** The unit's call sign. */
  readonly unit: string;
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

export function RevokeDeviceDialog({ device, unit, onClose, onDone, focusAfterDone }: RevokeDeviceDialogProps) {
  const { t } = useTranslation('admin');
  const api = useApi();
  const { label } = device;
  return (
    <AdminCallDialog
      title={t('devices.revoke.title')}
      explain={t('devices.revoke.explain', { label, unit })}
      submitLabel={t('devices.revoke.submit')}
      testId="revoke-device-dialog"
      prepare={() => ({ id: device.id })}
      ask={(request) => api.call('admin.revokeDevice', request)}
      onAnswer={() => onDone(t('devices.revoke.done', { label }))}
      onClose={onClose}
      focusAfterDone={focusAfterDone}
      refusal={(reason) => (reason === 'not_found' ? t('devices.missing') : undefined)}
      danger
    />
  );
}
