// A labelled date field (FormField with a native date picker): a filter's bounds, a comparison's period, a trial's
// days. The value is yyyy-mm-dd, or '' for no date.
import { FormField } from './FormField.tsx';

interface DateFieldProps {
  readonly id: string;
  readonly label: string;
  /** yyyy-mm-dd, or '' for no date. */
  readonly value: string;
  /** Bounds for the picker; '' for none. */
  readonly min?: string;
  readonly max?: string;
  readonly onChange: (value: string) => void;
  /** The control's class: 'form-control' in a form, 'filter-control' in a filter bar. */
  readonly className: string;
  readonly problem?: string | null;
  readonly testId: string;
}

export function DateField({ id, label, value, min, max, onChange, className, problem, testId }: DateFieldProps) {
  return (
    <FormField id={id} label={label} problem={problem}>
      {(control) => (
        <input
          {...control}
          type="date"
          className={className}
          value={value}
          min={min || undefined}
          max={max || undefined}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}
