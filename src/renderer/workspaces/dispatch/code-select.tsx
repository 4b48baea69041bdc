// A <select> of one of the dispatch code lists (categories, channels, barrios) for a FormField: a first option
// with the empty value ("Elegir…" in a form, "Todas"/"Todos" in a filter), then one option per code in the list's
// order, named by `label` (the code itself when absent, as barrio names are).
import type { FieldControl } from '../../components/FormField.tsx';

interface CodeSelectProps<C extends string> {
  /** The FormField's wiring (id, aria-invalid, aria-describedby). */
  readonly control: FieldControl;
  readonly codes: readonly C[];
  readonly value: C | '';
  readonly onChange: (value: C | '') => void;
  /** The first option's text: what the empty value means. */
  readonly empty: string;
  readonly label?: (code: C) => string;
}

export function CodeSelect<C extends string>({ control, codes, value, onChange, empty, label }: CodeSelectProps<C>) {
  return (
    <select className="form-control" {...control} value={value} onChange={(event) => onChange(event.target.value as C | '')}>
      <option value="">{empty}</option>
      {codes.map((code) => (
        <option key={code} value={code}>
          {label ? label(code) : code}
        </option>
      ))}
    </select>
  );
}
