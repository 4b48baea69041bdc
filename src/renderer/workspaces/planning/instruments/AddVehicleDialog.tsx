// «Agregar vehículo» (administrators): plate, type, seats and an optional name, checked by the kind's schema
// (vehicle-form.ts) and sent through 'records.mutate'. A plate already added is refused by its id ('already_exists'),
// said in this dialog's words.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { normalisePlate } from '../../../../shared/roster/plate.ts';
import { VEHICLE_TYPES } from '../../../../shared/roster/types.ts';
import { FormField } from '../../../components/FormField.tsx';
import { useCheckedForm } from '../../../writes/use-checked-form.ts';
import { PlanningDialog, type PlanningDialogDone } from '../PlanningDialog.tsx';
import { checkVehicle, INITIAL_VEHICLE, type VehicleField } from './vehicle-form.ts';

export function AddVehicleDialog(done: PlanningDialogDone) {
  const { t } = useTranslation('instruments');
  const id = useId().replace(/:/g, '');
  const form = useCheckedForm(INITIAL_VEHICLE, checkVehicle);
  const problem = (field: VehicleField) => (form.problems[field] ? t(`problem.${form.problems[field]}`) : null);
  const text = (field: 'plate' | 'seats' | 'label', hint?: string) => (
    <FormField id={`${id}-${field}`} label={t(`vehicles.add.${field}`)} hint={hint} problem={problem(field)}>
      {(control) => (
        <input
          className="form-control"
          type={field === 'seats' ? 'number' : 'text'}
          inputMode={field === 'seats' ? 'numeric' : undefined}
          value={form.values[field]}
          onChange={(event) => form.set(field)(event.target.value)}
          data-testid={`add-vehicle-${field}`}
          {...control}
        />
      )}
    </FormField>
  );
  // Named by its plate as kept ('ab123cd' is «AB 123 CD») unless given a name.
  const label = form.values.label.trim() || (normalisePlate(form.values.plate.trim()) ?? form.values.plate.trim());
  return (
    <PlanningDialog
      namespace="instruments"
      {...done}
      title={t('vehicles.add.title')}
      explain={t('vehicles.add.explain')}
      submitLabel={t('vehicles.add.submit')}
      done={t('vehicles.add.done', { label })}
      testId="add-vehicle-dialog"
      problemCount={Object.keys(form.problems).length}
      prepare={form.prepare}
      refusal={(reason) => (reason === 'already_exists' ? t('vehicles.add.exists') : undefined)}
    >
      {text('plate', t('vehicles.add.plateHint'))}
      <FormField id={`${id}-type`} label={t('vehicles.add.type')} problem={problem('vehicleType')}>
        {(control) => (
          <select
            className="form-control"
            value={form.values.vehicleType}
            onChange={(event) => form.set('vehicleType')(event.target.value)}
            data-testid="add-vehicle-type"
            {...control}
          >
            {VEHICLE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`vehicles.type.${type}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {text('seats', t('vehicles.add.seatsHint'))}
      {text('label', t('vehicles.add.labelHint'))}
    </PlanningDialog>
  );
}
