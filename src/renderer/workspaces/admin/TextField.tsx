// A one-line text field of the administration forms (a username, a name, a device's name): labelled, with its hint
// and its problem (components/FormField.tsx); no browser autofill — these name someone else, not the person typing.
import { FormField } from '../../components/FormField.tsx';

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly problem: string | null;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  readonly testId: string;
  readonly spellCheck?: boolean;
}

export function TextField({ id, label, hint, problem, value, onChange, maxLength, testId, spellCheck }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} problem={problem}>
      {(control) => (
        <input
          className="form-control"
          type="text"
          autoComplete="off"
          spellCheck={spellCheck}
          maxLength={maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
          {...control}
        />
      )}
    </FormField>
  );
}
