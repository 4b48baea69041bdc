// One labelled field for every form of the console: its label, its control, an optional hint and the field's
// problem in words. The ids and the accessibility wiring are made here once: while there is a problem the control
// is aria-invalid, and its aria-describedby names the problem (an id ending in '-error', which the e2e helpers
// read), the hint and any description the form shares between fields.
//
// Three layouts: 'stacked' (the label above the control), 'check' (a checkbox before its label) and 'group' (a
// fieldset whose legend names several controls answering one question — weekdays, codes, a composite value; the
// wiring is then on the fieldset and the messages follow the legend, where the group starts). Styles: forms.css.
import type { ReactNode } from 'react';

/** What a field's control takes from it: spread it onto the input, select or textarea. */
export interface FieldControl {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

interface FormFieldCommon {
  /** The control's id (the fieldset's in a group); the hint's and the problem's ids are made from it. */
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** The field's problem in words; nothing is shown, and the control is valid, while it is null or absent. */
  readonly problem?: string | null;
  readonly problemTestId?: string;
  /** Ids of descriptions outside the field that also describe the control (one hint for all number inputs). */
  readonly describedBy?: string;
  /** The field takes a whole row of a two-column form. */
  readonly wide?: boolean;
  /** The form's own classes for this field (layout, width). */
  readonly className?: string;
  readonly testId?: string;
}

type FormFieldProps = FormFieldCommon &
  (
    | { readonly layout?: 'stacked' | 'check'; readonly children: (control: FieldControl) => ReactNode }
    | { readonly layout: 'group'; readonly children: ReactNode }
  );

export function FormField(props: FormFieldProps) {
  const { id, label, hint, problem, problemTestId, describedBy, wide, className, testId } = props;
  const hintId = `${id}-hint`;
  const problemId = `${id}-error`;
  const control: FieldControl = {
    id,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': [problem ? problemId : null, hint ? hintId : null, describedBy ?? null].filter(Boolean).join(' ') || undefined,
  };
  const classes = ['form-field', props.layout === 'check' && 'form-field--check', wide && 'form-field--wide', className]
    .filter(Boolean)
    .join(' ');
  const messages = (
    <>
      {hint && (
        <span className="form-field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {problem && (
        <span className="form-field__error" id={problemId} data-testid={problemTestId}>
          {problem}
        </span>
      )}
    </>
  );

  if (props.layout === 'group') {
    return (
      <fieldset className={classes} data-testid={testId} {...control}>
        <legend className="form-field__label">{label}</legend>
        {messages}
        {props.children}
      </fieldset>
    );
  }
  return (
    <div className={classes} data-testid={testId}>
      {props.layout === 'check' ? (
        <label className="form-check" htmlFor={id}>
          {props.children(control)} {label}
        </label>
      ) : (
        <>
          <label className="form-field__label" htmlFor={id}>
            {label}
          </label>
          {props.children(control)}
        </>
      )}
      {messages}
    </div>
  );
}
