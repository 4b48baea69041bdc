// A choice of the administration forms (a role, a unit): labelled, with its hint and its problem
// (components/FormField.tsx), starting on an empty "choose one" option so that nothing is chosen by default.
import { FormField } from '../../components/FormField.tsx';

interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly problem: string | null;
  /** The empty option's words ('Elija un rol'). */
  readonly placeholder: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId: string;
}

export function SelectField({ id, label, hint, problem, placeholder, options, value, onChange, testId }: SelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} problem={problem}>
      {(control) => (
        <select className="form-control" value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId} {...control}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
