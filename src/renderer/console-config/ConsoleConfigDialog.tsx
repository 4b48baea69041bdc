// «Configuración»: the console's own configuration — which dispatch hub it follows and who is signed in to it
// (HubSettings), the Despacho map's basemap (BasemapSection) and its optional online tile source
// (MapTilesSection); for administrators, the patrol devices' clocks as the hub judged them (FieldHealthSection). Not to be confused with the dated settings of the program (limits, deadlines, UEM value:
// dated-settings/, «Normativa»).
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog.tsx';
import { BasemapSection } from './BasemapSection.tsx';
import { FieldHealthSection } from './FieldHealthSection.tsx';
import { HubSettings } from './HubSettings.tsx';
import { MapTilesSection } from './MapTilesSection.tsx';

interface ConsoleConfigDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

export function ConsoleConfigDialog({ open, onClose }: ConsoleConfigDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={open}
      title={t('consoleConfig.title')}
      onClose={onClose}
      closeLabel={t('consoleConfig.close')}
      className="console-config-dialog"
      testId="settings-dialog"
      closeTestId="settings-close"
    >
      <HubSettings />
      <BasemapSection />
      <MapTilesSection />
      <FieldHealthSection />
    </ModalDialog>
  );
}
