// «Nueva unidad» (administrators): a call sign, vehicle or on foot, and its crew (unit-form.ts), sent through
// 'records.mutate' as unit.create — a record of the hub's like any other, queued if the hub is away. A call sign
// whose id a unit the console holds already has is said in the form; one the hub has and this console not yet is
// refused ('already_exists'), said in this dialog's words. The new unit is out of service until it reports.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS } from '../../../../shared/live/units.ts';
import { FormField } from '../../../components/FormField.tsx';
import { MutationDialog } from '../../../components/MutationDialog.tsx';
import { dialogLabels } from '../../../components/dialog-labels.ts';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { TextField } from '../TextField.tsx';
import type { CallSigns } from './PairDeviceDialog.tsx';
import { checkUnit, INITIAL_UNIT, type UnitField } from './unit-form.ts';

interface NewUnitDialogProps {
  readonly callSigns: CallSigns;
  readonly onClose: () => void;
  /** The unit was added: the sentence saying so. */
  readonly onDone: (message: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

export function NewUnitDialog({ callSigns, onClose, onDone, focusAfterDone }: NewUnitDialogProps) {
  const { t } = useTranslation('admin');
  const id = useId().replace(/:/g, '');
  const form = useCheckedForm(INITIAL_UNIT, (values) => checkUnit(values, new Set(callSigns.keys())));
  const problem = (field: UnitField) => (form.problems[field] ? t(`devices.unit.problem.${form.problems[field]}`) : null);
  const exists = t('devices.unit.problem.already_exists');
  return (
    <MutationDialog
      title={t('devices.unit.title')}
      explain={t('devices.unit.explain')}
      labels={dialogLabels(t, 'dialog', t('devices.unit.submit'))}
      className="admin-dialog"
      testId="new-unit-dialog"
      submitTestId="new-unit-dialog-submit"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
      failure={{
        failed: t('dialog.failed'),
        refused: t('dialog.refused'),
        forbidden: t('dialog.forbidden'),
        refusal: (reason) => (reason === 'already_exists' ? exists : undefined),
      }}
      failureTestId="new-unit-dialog-refused"
      onClose={onClose}
      onDone={() => onDone(t('devices.unit.done', { callSign: form.values.callSign.trim() }))}
      focusAfterDone={focusAfterDone}
    >
      <TextField
        id={`${id}-callSign`}
        label={t('devices.unit.callSign')}
        hint={t('devices.unit.callSignHint')}
        problem={problem('callSign')}
        value={form.values.callSign}
        onChange={form.set('callSign')}
        maxLength={64}
        testId="new-unit-call-sign"
      />
      <FormField id={`${id}-kind`} label={t('devices.unit.kind')} problem={problem('unitKind')}>
        {(control) => (
          <select
            className="form-control"
            value={form.values.unitKind}
            onChange={(event) => form.set('unitKind')(event.target.value)}
            data-testid="new-unit-kind"
            {...control}
          >
            {UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`devices.unit.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-crew`} label={t('devices.unit.crew')} hint={t('devices.unit.crewHint')} problem={problem('crew')}>
        {(control) => (
          <textarea
            className="form-control"
            rows={3}
            value={form.values.crew}
            onChange={(event) => form.set('crew')(event.target.value)}
            data-testid="new-unit-crew"
            {...control}
          />
        )}
      </FormField>
    </MutationDialog>
  );
}
