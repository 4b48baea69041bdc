// A device just paired: its pairing text shown once, as a QR code the device scans and as text to type or copy.
import { useTranslation } from 'react-i18next';
import type { PairedDevice } from '../../../../shared/api/admin.ts';
import { ShownOnceDialog } from '../ShownOnceDialog.tsx';
import { PairingQr } from './PairingQr.tsx';

interface PairedDeviceDialogProps {
  readonly paired: PairedDevice;
  /** The unit's call sign. */
  readonly unit: string;
  readonly onClose: () => void;
  readonly returnFocusTo: () => HTMLElement | null;
}

export function PairedDeviceDialog({ paired, unit, onClose, returnFocusTo }: PairedDeviceDialogProps) {
  const { t } = useTranslation('admin');
  const { label } = paired.device;
  return (
    <ShownOnceDialog
      title={t('devices.paired.title')}
      explain={t('devices.paired.explain', { label, unit })}
      label={t('devices.paired.label')}
      secret={paired.pairingText}
      testId="paired-device"
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    >
      <PairingQr text={paired.pairingText} label={t('devices.paired.qr', { label })} />
    </ShownOnceDialog>
  );
}
