// The inputs of a value, generated from its FieldSpec: a text input per number (the language's decimal
// separator), a time input per time of day, a checkbox per yes/no and per value that may be empty ("Domingos:
// Sin trabajo"), a fieldset per object, and a fieldset per list with "Agregar tramo" / "Quitar tramo n". Each
// input carries its problem (aria-invalid, aria-describedby) next to it.
import { useTranslation } from 'react-i18next';
import { fieldLabel, nullLabel } from './labels.ts';
import { emptyDraft, isWindow, pathId, type Draft, type FieldSpec, type Problem, type Problems } from './value-form.ts';

export interface EditorContext {
  readonly formId: string;
  readonly problems: Problems;
  readonly problemText: (problem: Problem) => string;
  readonly disabled: boolean;
}

interface ValueEditorProps {
  readonly context: EditorContext;
  readonly spec: FieldSpec;
  readonly draft: Draft;
  readonly onChange: (draft: Draft) => void;
  /** Dotted path from 'value' (problems and ids). */
  readonly path: string;
  /** What the field is called on screen. */
  readonly label: string;
  /** The field's name in the schema (what a null means there). */
  readonly name: string;
}

const inputId = (context: EditorContext, path: string) => `${context.formId}-${pathId(path)}`;

function ProblemLine({ context, path }: { readonly context: EditorContext; readonly path: string }) {
  const problem = context.problems[path];
  if (!problem) return null;
  return (
    <p id={`${inputId(context, path)}-error`} className="norm-form__problem" data-testid="norm-problem" data-path={path}>
      {context.problemText(problem)}
    </p>
  );
}

const describedBy = (context: EditorContext, path: string, hint?: string) =>
  [hint, context.problems[path] ? `${inputId(context, path)}-error` : undefined].filter(Boolean).join(' ') || undefined;

export function ValueEditor(props: ValueEditorProps) {
  const { t } = useTranslation('norms');
  const { context, spec, draft, onChange, path, label, name } = props;
  const id = inputId(context, path);
  const invalid = context.problems[path] ? true : undefined;

  switch (spec.kind) {
    case 'number':
    case 'time':
    case 'json': {
      const text = typeof draft === 'string' ? draft : '';
      return (
        <div className={`norm-field norm-field--${spec.kind}`}>
          <label htmlFor={id}>{label}</label>
          {spec.kind === 'json' ? (
            <textarea
              id={id}
              rows={6}
              value={text}
              disabled={context.disabled}
              aria-invalid={invalid}
              aria-describedby={describedBy(context, path)}
              onChange={(e) => onChange(e.target.value)}
              spellCheck={false}
            />
          ) : (
            <input
              id={id}
              type={spec.kind === 'time' ? 'time' : 'text'}
              inputMode={spec.kind === 'number' ? (spec.integer ? 'numeric' : 'decimal') : undefined}
              value={text}
              disabled={context.disabled}
              aria-invalid={invalid}
              aria-describedby={describedBy(context, path, spec.kind === 'number' ? `${context.formId}-number-hint` : undefined)}
              onChange={(e) => onChange(e.target.value)}
              autoComplete="off"
            />
          )}
          <ProblemLine context={context} path={path} />
        </div>
      );
    }
    case 'boolean':
      return (
        <div className="norm-field norm-field--check">
          <input
            id={id}
            type="checkbox"
            checked={draft === true}
            disabled={context.disabled}
            onChange={(e) => onChange(e.target.checked)}
          />
          <label htmlFor={id}>{label}</label>
          <ProblemLine context={context} path={path} />
        </div>
      );
    case 'nullable': {
      const current =
        typeof draft === 'object' && draft.kind === 'nullable'
          ? draft
          : { kind: 'nullable' as const, isNull: false, inner: emptyDraft(spec.inner) };
      return (
        <div className="norm-field norm-field--nullable">
          <div className="norm-field norm-field--check">
            <input
              id={`${id}-null`}
              type="checkbox"
              checked={current.isNull}
              disabled={context.disabled}
              onChange={(e) => onChange({ ...current, isNull: e.target.checked })}
            />
            <label htmlFor={`${id}-null`}>{t('form.nullChoice', { field: label, meaning: nullLabel(t, name) })}</label>
          </div>
          {!current.isNull && (
            <ValueEditor {...props} spec={spec.inner} draft={current.inner} onChange={(inner) => onChange({ ...current, inner })} />
          )}
        </div>
      );
    }
    case 'object': {
      const fields = typeof draft === 'object' && draft.kind === 'object' ? draft.fields : {};
      return (
        <fieldset
          className={`norm-fieldset${isWindow(spec) ? ' norm-fieldset--window' : ''}`}
          aria-describedby={describedBy(context, path)}
          aria-invalid={invalid}
        >
          <legend>{label}</legend>
          <ProblemLine context={context} path={path} />
          {spec.fields.map(([field, fieldSpec]) => (
            <ValueEditor
              key={field}
              context={context}
              spec={fieldSpec}
              draft={fields[field] ?? emptyDraft(fieldSpec)}
              onChange={(next) => onChange({ kind: 'object', fields: { ...fields, [field]: next } })}
              path={`${path}.${field}`}
              label={fieldLabel(t, field)}
              name={field}
            />
          ))}
        </fieldset>
      );
    }
    case 'list': {
      const items = typeof draft === 'object' && draft.kind === 'list' ? draft.items : [];
      const replace = (next: readonly Draft[]) => onChange({ kind: 'list', items: next });
      return (
        <fieldset className="norm-fieldset norm-fieldset--list" aria-describedby={describedBy(context, path)} aria-invalid={invalid}>
          <legend>{label}</legend>
          <ProblemLine context={context} path={path} />
          {items.map((item, i) => (
            <div key={i} className="norm-list-item">
              <ValueEditor
                context={context}
                spec={spec.item}
                draft={item}
                onChange={(next) => replace(items.map((d, j) => (j === i ? next : d)))}
                path={`${path}.${i}`}
                label={fieldLabel(t, String(i))}
                name=""
              />
              <button type="button" className="button" disabled={context.disabled} onClick={() => replace(items.filter((_, j) => j !== i))}>
                {t('form.removeItem', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button type="button" className="button" disabled={context.disabled} onClick={() => replace([...items, emptyDraft(spec.item)])}>
            {t('form.addItem')}
          </button>
        </fieldset>
      );
    }
  }
}
