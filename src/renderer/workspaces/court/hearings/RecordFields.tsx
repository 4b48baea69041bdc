// The record form's controls: each a FormField (label, problem, accessibility wiring) around one input, so the
// sections read as a list of fields. Ids come from the field's path in the record ('parties.0.dni'), which is also
// where checkRecord reports its problem.
import type { ReactNode } from 'react';
import { FormField } from '../../../components/FormField.tsx';

/** Field path → its problem in words (null: none). */
export type ProblemOf = (path: string) => string | null;

export const fieldId = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

interface Common {
  readonly prefix: string;
  readonly path: string;
  readonly label: ReactNode;
  readonly problemOf: ProblemOf;
  readonly hint?: ReactNode;
  readonly wide?: boolean;
  readonly testId?: string;
}

interface TextFieldProps extends Common {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'date';
  readonly multiline?: number;
  readonly maxLength?: number;
  readonly inputMode?: 'decimal' | 'numeric';
}

export function TextField({
  prefix,
  path,
  label,
  problemOf,
  hint,
  wide,
  testId,
  value,
  onChange,
  type = 'text',
  multiline,
  maxLength,
  inputMode,
}: TextFieldProps) {
  return (
    <FormField id={fieldId(prefix, path)} label={label} hint={hint} problem={problemOf(path)} wide={wide} testId={testId}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className="form-control"
            rows={multiline}
            maxLength={maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            className="form-control"
            type={type}
            inputMode={inputMode}
            maxLength={maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FormField>
  );
}

interface SelectFieldProps<V extends string> extends Common {
  readonly value: V;
  readonly options: readonly V[];
  readonly optionLabel: (value: V) => string;
  readonly onChange: (value: V) => void;
}

export function SelectField<V extends string>({
  prefix,
  path,
  label,
  problemOf,
  hint,
  wide,
  testId,
  value,
  options,
  optionLabel,
  onChange,
}: SelectFieldProps<V>) {
  return (
    <FormField id={fieldId(prefix, path)} label={label} hint={hint} problem={problemOf(path)} wide={wide} testId={testId}>
      {(control) => (
        <select {...control} className="form-control" value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

export function CheckField({
  prefix,
  path,
  label,
  checked,
  onChange,
}: Pick<Common, 'prefix' | 'path' | 'label'> & { readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  return (
    <FormField id={fieldId(prefix, path)} label={label} layout="check" wide>
      {(control) => <input {...control} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />}
    </FormField>
  );
}

/** A problem of a whole list (no parties, measures that do not go together), under the list's heading. */
export function GroupProblem({ problem }: { readonly problem: string | null }) {
  return problem ? <p className="form-field__error hearing-record__group-problem">{problem}</p> : null;
}

/** The list helpers every section uses: a copy with one item replaced, or without it. */
export const replaceAt = <T,>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));
export const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
