// A list's search box: its label, the box, and the hint saying what it searches by (the box is described by it).
interface SearchFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly className: string;
  readonly testId: string;
}

export function SearchField({ id, label, hint, value, onChange, className, testId }: SearchFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="form-control"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
        data-testid={testId}
      />
      <span id={`${id}-hint`} className="form-field__hint">
        {hint}
      </span>
    </div>
  );
}
