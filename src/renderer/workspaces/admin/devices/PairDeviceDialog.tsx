// «Vincular equipo»: the unit the device belongs to (the units the cache holds, by call sign) and a name for it
// (pair-form.ts), asked of the hub; its answer — the token and the pairing text — goes to the owner to be shown
// once. A unit the hub does not know is refused ('unit_not_found').
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairedDevice } from '../../../../shared/api/admin.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { AdminCallDialog } from '../AdminCallDialog.tsx';
import { SelectField } from '../SelectField.tsx';
import { TextField } from '../TextField.tsx';
import { checkPair, INITIAL_PAIR, type PairField } from './pair-form.ts';

/** Call signs by unit id, from the units the cache holds (a unit not there yet shows its id). */
export type CallSigns = ReadonlyMap<string, string>;

interface PairDeviceDialogProps {
  readonly callSigns: CallSigns;
  readonly onClose: () => void;
  readonly onPaired: (paired: PairedDevice) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

export function PairDeviceDialog({ callSigns, onClose, onPaired, focusAfterDone }: PairDeviceDialogProps) {
  const { t } = useTranslation('admin');
  const api = useApi();
  const id = useId().replace(/:/g, '');
  const form = useCheckedForm(INITIAL_PAIR, checkPair);
  const problem = (field: PairField) => (form.problems[field] ? t(`problem.${form.problems[field]}`) : null);
  const units = [...callSigns]
    .map(([unitId, callSign]) => ({ value: unitId, label: callSign }))
    .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
  return (
    <AdminCallDialog
      title={t('devices.pair.title')}
      explain={t('devices.pair.explain')}
      submitLabel={t('devices.pair.submit')}
      testId="pair-device-dialog"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
      ask={(request) => api.call('admin.pairDevice', request)}
      onAnswer={onPaired}
      onClose={onClose}
      focusAfterDone={focusAfterDone}
      refusal={(reason) => (reason === 'unit_not_found' ? t('devices.pair.unknownUnit') : undefined)}
    >
      <SelectField
        id={`${id}-unit`}
        label={t('devices.pair.unit')}
        hint={units.length === 0 ? t('devices.pair.noUnits') : undefined}
        problem={problem('unitId')}
        placeholder={t('devices.pair.chooseUnit')}
        options={units}
        value={form.values.unitId}
        onChange={form.set('unitId')}
        testId="pair-device-unit"
      />
      <TextField
        id={`${id}-label`}
        label={t('devices.pair.label')}
        hint={t('devices.pair.labelHint')}
        problem={problem('label')}
        value={form.values.label}
        onChange={form.set('label')}
        maxLength={80}
        testId="pair-device-label"
      />
    </AdminCallDialog>
  );
}
