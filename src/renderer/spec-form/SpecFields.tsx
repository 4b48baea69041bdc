// The controls of a spec form (spec-form.ts): one FormField per visible field (label, hint, message), lists of rows
// as fieldsets with add/remove. Shared by the closing step and the typed plan of the operation dialog.
// Numbers are text inputs (inputmode=decimal) so that a decimal comma, a minus sign or a word reach the checks
// and get a clear message instead of being silently dropped by the browser.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyRow, isVisible, type FieldSpec, type RowValues, type SpecProblem, type SpecProblems, type SpecValues } from './spec-form.ts';
import { FormField } from '../components/FormField.tsx';
import { useRecordsText } from '../records-text/use-records-text.ts';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SpecFieldsProps {
  /** The label scope: an operation type or 'finding'. */
  readonly scope: string;
  readonly specs: readonly FieldSpec[];
  readonly values: SpecValues;
  readonly onChange: (path: string, value: string | readonly RowValues[]) => void;
  readonly problems: SpecProblems;
  /** Whether to show a field's problem now (e.g. 'required' only after a first attempt to close). */
  readonly showProblem: (problem: SpecProblem) => boolean;
  /** Unique id prefix of the controls. */
  readonly idPrefix: string;
  /** Options of selects that have none in their spec (e.g. the reserved promoters). */
  readonly optionsFor?: (path: string) => readonly SelectOption[];
  /** Field paths in `problems` are prefixed with this (rows: 'tests.0.'). */
  readonly problemPrefix?: string;
  /** Label prefix inside rows ('tests_'). */
  readonly labelPrefix?: string;
  /** Custom list editors by rows path (the alcohol tests). */
  readonly renderRows?: (spec: FieldSpec) => ReactNode | null;
}

const controlId = (idPrefix: string, path: string) => `${idPrefix}-${path.replace(/\./g, '-')}`;

export function SpecFields(props: SpecFieldsProps) {
  const { specs, values } = props;
  return (
    <>
      {specs
        .filter((spec) => isVisible(spec, values))
        .map((spec) =>
          spec.kind === 'rows' ? (
            (props.renderRows?.(spec) ?? <RowsField key={spec.path} {...props} spec={spec} />)
          ) : (
            <SpecField key={spec.path} {...props} spec={spec} />
          ),
        )}
    </>
  );
}

function SpecField({
  scope,
  spec,
  values,
  onChange,
  problems,
  showProblem,
  idPrefix,
  optionsFor,
  problemPrefix = '',
  labelPrefix = '',
}: SpecFieldsProps & { readonly spec: FieldSpec }) {
  const { t } = useTranslation();
  const text = useRecordsText();
  const fieldPath = `${problemPrefix}${spec.path}`;
  const raw = values[spec.path];
  const value = typeof raw === 'string' ? raw : '';
  const problem = problems[fieldPath];
  const id = controlId(idPrefix, fieldPath);
  const field = {
    id,
    label: text.label(scope, `${labelPrefix}${spec.path}`),
    hint: text.hint(spec),
    problem: problem !== undefined && showProblem(problem) ? text.problem(problem, spec) : null,
    problemTestId: `problem-${id}`,
    wide: spec.wide || spec.kind === 'textarea',
  };
  const set = (next: string) => onChange(spec.path, next);

  switch (spec.kind) {
    case 'boolean':
      return (
        <FormField {...field} layout="check">
          {(control) => (
            <input type="checkbox" checked={value === 'true'} onChange={(e) => set(e.target.checked ? 'true' : '')} {...control} />
          )}
        </FormField>
      );
    case 'codes': {
      const ticked = value === '' ? [] : value.split(',');
      const toggle = (code: string, on: boolean) =>
        set((spec.options ?? []).filter((c) => (c === code ? on : ticked.includes(c))).join(','));
      return (
        <FormField {...field} layout="group">
          <div className="form-codes__options">
            {(spec.options ?? []).map((code) => (
              <label key={code} className="form-check">
                <input type="checkbox" checked={ticked.includes(code)} onChange={(e) => toggle(code, e.target.checked)} /> {text.code(code)}
              </label>
            ))}
          </div>
        </FormField>
      );
    }
    case 'select': {
      const options = spec.options
        ? spec.options.map((code) => ({ value: code, label: text.code(code) }))
        : (optionsFor?.(spec.path) ?? []);
      return (
        <FormField {...field}>
          {(control) => (
            <select className="form-control" value={value} onChange={(e) => set(e.target.value)} {...control}>
              <option value="">{t('operationForm.choose')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      );
    }
    case 'textarea':
    case 'lines':
    case 'numberLines':
      return (
        <FormField {...field}>
          {(control) => (
            <textarea
              className="form-control"
              rows={spec.kind === 'textarea' ? 2 : 3}
              value={value}
              onChange={(e) => set(e.target.value)}
              {...control}
            />
          )}
        </FormField>
      );
    default:
      return (
        <FormField {...field}>
          {(control) => (
            <input className="form-control" value={value} onChange={(e) => set(e.target.value)} {...inputKind(spec)} {...control} />
          )}
        </FormField>
      );
  }
}

/** The input's type for a one-line field. */
function inputKind(spec: FieldSpec) {
  switch (spec.kind) {
    case 'datetime':
      return { type: 'datetime-local' } as const;
    case 'date':
      return { type: 'date' } as const;
    case 'number':
    case 'integer':
      return { type: 'text', inputMode: spec.kind === 'integer' ? 'numeric' : 'decimal', autoComplete: 'off' } as const;
    default:
      return { type: 'text', autoComplete: 'off' } as const;
  }
}

interface RowsFieldProps extends Omit<SpecFieldsProps, 'specs'> {
  readonly spec: FieldSpec;
  readonly rowTitle?: (n: number) => string;
  readonly addLabel?: string;
  readonly removeLabel?: (n: number) => string;
  readonly newRow?: () => Record<string, string>;
  readonly rowExtra?: (row: RowValues, index: number) => ReactNode;
  readonly testId?: string;
}

/** A list of rows, each a fieldset of the row's fields, with add and remove buttons. */
export function RowsField(props: RowsFieldProps) {
  const { scope, spec, values, onChange, problems, showProblem, idPrefix, optionsFor, problemPrefix = '', labelPrefix = '' } = props;
  const text = useRecordsText();
  const rows = (Array.isArray(values[spec.path]) ? values[spec.path] : []) as readonly RowValues[];
  const fieldPath = `${problemPrefix}${spec.path}`;
  const listLabel = text.label(scope, `${labelPrefix}${spec.path}`);
  const listProblem = problems[fieldPath];
  const shown = listProblem !== undefined && showProblem(listProblem) ? listProblem : null;
  const id = controlId(idPrefix, fieldPath);
  const update = (index: number, path: string, value: string) =>
    onChange(
      spec.path,
      rows.map((row, i) => (i === index ? { ...row, [path]: value } : row)),
    );
  const add = () => onChange(spec.path, [...rows, { ...(props.newRow?.() ?? emptyRow(spec)), __key: crypto.randomUUID() }]);
  const remove = (index: number) =>
    onChange(
      spec.path,
      rows.filter((_, i) => i !== index),
    );
  return (
    <FormField
      id={id}
      label={listLabel}
      problem={shown && text.problem(shown, spec)}
      problemTestId={`problem-${id}`}
      wide
      className="form-rows"
      testId={props.testId}
      layout="group"
    >
      {rows.length === 0 && <p className="form-rows__empty">{text.t('rows.empty')}</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        const title = props.rowTitle?.(n) ?? text.t('rows.row', { list: listLabel, n });
        return (
          <fieldset key={row.__key ?? index} className="form-rows__row" data-row={index}>
            <legend className="form-rows__row-title">{title}</legend>
            <div className="form-rows__fields">
              <SpecFields
                scope={scope}
                specs={spec.fields ?? []}
                values={row}
                onChange={(path, value) => update(index, path, String(value))}
                problems={problems}
                showProblem={showProblem}
                idPrefix={idPrefix}
                optionsFor={optionsFor}
                problemPrefix={`${fieldPath}.${index}.`}
                labelPrefix={`${labelPrefix}${spec.path}_`}
              />
            </div>
            {props.rowExtra?.(row, index)}
            <div className="form-rows__row-actions">
              <button type="button" className="button" onClick={() => remove(index)}>
                {props.removeLabel?.(n) ?? text.t('rows.removeRow', { list: listLabel, n })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <button type="button" className="button" onClick={add}>
          {props.addLabel ?? `${text.t('rows.add')}: ${listLabel}`}
        </button>
      </div>
    </FormField>
  );
}
