// The inputs of a value, generated from its FieldSpec: a text input per number (the language's decimal
// separator), a time input per time of day, a checkbox per yes/no and per value that may be empty ("Domingos:
// Sin trabajo"), a fieldset per object, and a fieldset per list with "Agregar tramo" / "Quitar tramo n". Each is a
// FormField, so its problem is next to it and linked to it.
import { useTranslation } from 'react-i18next';
import { FormField } from '../components/FormField.tsx';
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

export function ValueEditor(props: ValueEditorProps) {
  const { t } = useTranslation('datedSettings');
  const { context, spec, draft, onChange, path, label, name } = props;
  const problem = context.problems[path];
  const field = {
    id: inputId(context, path),
    label,
    problem: problem && context.problemText(problem),
    problemTestId: 'norm-problem',
  };

  switch (spec.kind) {
    case 'number':
    case 'time':
    case 'json': {
      const text = typeof draft === 'string' ? draft : '';
      return (
        <FormField {...field} describedBy={spec.kind === 'number' ? `${context.formId}-number-hint` : undefined}>
          {(control) =>
            spec.kind === 'json' ? (
              <textarea
                className="form-control"
                rows={6}
                value={text}
                disabled={context.disabled}
                onChange={(e) => onChange(e.target.value)}
                spellCheck={false}
                {...control}
              />
            ) : (
              <input
                className="form-control"
                type={spec.kind === 'time' ? 'time' : 'text'}
                inputMode={spec.kind === 'number' ? (spec.integer ? 'numeric' : 'decimal') : undefined}
                value={text}
                disabled={context.disabled}
                onChange={(e) => onChange(e.target.value)}
                autoComplete="off"
                {...control}
              />
            )
          }
        </FormField>
      );
    }
    case 'boolean':
      return (
        <FormField {...field} layout="check">
          {(control) => (
            <input
              type="checkbox"
              checked={draft === true}
              disabled={context.disabled}
              onChange={(e) => onChange(e.target.checked)}
              {...control}
            />
          )}
        </FormField>
      );
    case 'nullable': {
      const current =
        typeof draft === 'object' && draft.kind === 'nullable'
          ? draft
          : { kind: 'nullable' as const, isNull: false, inner: emptyDraft(spec.inner) };
      return (
        <div className="dated-setting-nullable">
          <FormField id={`${field.id}-null`} label={t('form.nullChoice', { field: label, meaning: nullLabel(t, name) })} layout="check">
            {(control) => (
              <input
                type="checkbox"
                checked={current.isNull}
                disabled={context.disabled}
                onChange={(e) => onChange({ ...current, isNull: e.target.checked })}
                {...control}
              />
            )}
          </FormField>
          {!current.isNull && (
            <ValueEditor {...props} spec={spec.inner} draft={current.inner} onChange={(inner) => onChange({ ...current, inner })} />
          )}
        </div>
      );
    }
    case 'object': {
      const fields = typeof draft === 'object' && draft.kind === 'object' ? draft.fields : {};
      return (
        <FormField {...field} layout="group" className={`dated-setting-fieldset${isWindow(spec) ? ' dated-setting-fieldset--window' : ''}`}>
          {spec.fields.map(([fieldName, fieldSpec]) => (
            <ValueEditor
              key={fieldName}
              context={context}
              spec={fieldSpec}
              draft={fields[fieldName] ?? emptyDraft(fieldSpec)}
              onChange={(next) => onChange({ kind: 'object', fields: { ...fields, [fieldName]: next } })}
              path={`${path}.${fieldName}`}
              label={fieldLabel(t, fieldName)}
              name={fieldName}
            />
          ))}
        </FormField>
      );
    }
    case 'list': {
      const items = typeof draft === 'object' && draft.kind === 'list' ? draft.items : [];
      const replace = (next: readonly Draft[]) => onChange({ kind: 'list', items: next });
      return (
        <FormField {...field} layout="group" className="dated-setting-fieldset dated-setting-fieldset--list">
          {items.map((item, i) => (
            <div key={i} className="dated-setting-list-item">
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
        </FormField>
      );
    }
  }
}
