// «Registrar calibración» of one instrument: its day (today by default) and certificate, checked as the hub checks
// them (calibrate-form.ts), sent through 'records.mutate'. The roster's «fuera de calibración» reads the new date.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument } from '../../../../shared/roster/instrument-states.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { DateField } from '../../../components/DateField.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { MutationDialog } from '../../../components/MutationDialog.tsx';
import {
  checkCalibrate,
  initialCalibrateValues,
  type CalibrateField,
  type CalibrateProblem,
  type CalibrateValues,
} from './calibrate-form.ts';

interface CalibrateDialogProps {
  readonly instrument: Instrument;
  /** How many months a calibration of its kind is good for (null: no rule in force). */
  readonly months: number | null;
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

export function CalibrateDialog({ instrument, months, onClose, onDone, focusAfterDone }: CalibrateDialogProps) {
  const { t } = useTranslation('instruments');
  const id = useId().replace(/:/g, '');
  const [values, setValues] = useState<CalibrateValues>(() => initialCalibrateValues(Date.now()));
  const [today] = useState(() => cordobaIsoDate(Date.now()));
  const [problems, setProblems] = useState<Partial<Record<CalibrateField, CalibrateProblem>>>({});
  const set = (field: CalibrateField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== field)));
  };
  const problem = (field: CalibrateField) => (problems[field] ? t(`problem.${problems[field]}`) : null);
  const prepare = () => {
    const checked = checkCalibrate(instrument.id, values, Date.now());
    setProblems(checked.ok ? {} : checked.problems);
    return checked.ok ? checked.mutation : null;
  };
  const label = instrument.label;
  return (
    <MutationDialog
      title={t('calibrate.title')}
      explain={t('calibrate.explain', { label, months: months ?? '—' })}
      labels={{
        close: t('dialog.close'),
        submit: t('calibrate.submit'),
        saving: t('dialog.saving'),
        cancel: t('dialog.cancel'),
        problems: (count) => t('dialog.problems', { count }),
      }}
      className="calibrate-dialog"
      testId="calibrate-dialog"
      submitTestId="calibrate-dialog-submit"
      problemCount={Object.keys(problems).length}
      prepare={prepare}
      failure={{ failed: t('dialog.failed'), refused: t('dialog.refused'), forbidden: t('dialog.forbidden') }}
      failureTestId="calibrate-dialog-refused"
      onClose={onClose}
      onDone={() => onDone(t('calibrate.done', { label }))}
      focusAfterDone={focusAfterDone}
    >
      <DateField
        id={`${id}-date`}
        label={t('calibrate.date')}
        value={values.date}
        max={today}
        onChange={set('date')}
        className="form-control"
        problem={problem('date')}
        testId="calibrate-date"
      />
      <FormField
        id={`${id}-certificate`}
        label={t('calibrate.certificate')}
        hint={t('calibrate.certificateHint')}
        problem={problem('certificate')}
      >
        {(control) => (
          <input
            className="form-control"
            type="text"
            maxLength={200}
            value={values.certificate}
            onChange={(event) => set('certificate')(event.target.value)}
            data-testid="calibrate-certificate"
            {...control}
          />
        )}
      </FormField>
    </MutationDialog>
  );
}
