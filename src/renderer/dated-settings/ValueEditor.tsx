// The inputs of a value, generated from its FieldSpec: a text input per number (the language's decimal
// separator), a time input per time of day, a date input per calendar date, a text input per other text (as long as
// the schema allows), a select per choice, a checkbox per yes/no and per value that may be empty ("Domingos: Sin
// trabajo"; a text that may be empty is simply left blank), a fieldset per object, and a fieldset per list with
// "Agregar …" / "Quitar … n". Long lists stay readable: a list of small objects (a barrio, its CPC, "dato a
// confirmar") is a table, one row per item under one line of column names; a list of dates or texts is a row of
// inputs. Each control is a FormField, so its problem is next to it and linked to it; in a table row or a row of
// inputs the label is only read out (the column or the list names it on screen).
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../components/FormField.tsx';
import { fieldLabel, listTexts, nullLabel, optionLabel } from './labels.ts';
import {
  blankIsNull,
  emptyDraft,
  isScalar,
  isTable,
  isWindow,
  pathId,
  type Draft,
  type FieldSpec,
  type Problem,
  type Problems,
} from './value-form.ts';

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
  /** What the field is called (read out; shown unless `compact`). */
  readonly label: string;
  /** The field's name in the schema (what a null means there, what a list's items are called). */
  readonly name: string;
  /** In a table row or a row of inputs: the label is only read out, the column or the list shows it. */
  readonly compact?: boolean;
  readonly hint?: string;
  /** The end of an object's group (its "Quitar" button in a list). */
  readonly trailing?: ReactNode;
}

const inputId = (context: EditorContext, path: string) => `${context.formId}-${pathId(path)}`;

const INPUT_TYPE = { number: 'text', time: 'time', date: 'date', text: 'text' } as const;

/** A table's column widths, by the kind of its fields (the line of names and every row share them). */
const COLUMN_WIDTH: Partial<Record<FieldSpec['kind'], string>> = {
  number: '8em',
  boolean: '9em',
  time: '7em',
  date: '11em',
  choice: 'minmax(14em, 1fr)',
};
const columnWidth = (spec: FieldSpec) => COLUMN_WIDTH[spec.kind] ?? 'minmax(10em, 1fr)';

export function ValueEditor(props: ValueEditorProps) {
  const { t } = useTranslation('datedSettings');
  const { context, spec, draft, onChange, path, label, name, compact = false, hint, trailing } = props;
  const problem = context.problems[path];
  const field = {
    id: inputId(context, path),
    label: compact ? <span className="visually-hidden">{label}</span> : label,
    hint,
    problem: problem && context.problemText(problem),
    problemTestId: 'norm-problem',
  };
  const text = typeof draft === 'string' ? draft : '';
  const bound = { value: text, disabled: context.disabled, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };

  switch (spec.kind) {
    case 'number':
    case 'time':
    case 'date':
    case 'text': {
      const long = spec.kind === 'text' && (spec.maxLength === null || spec.maxLength > 80);
      return (
        <FormField {...field} describedBy={spec.kind === 'number' ? `${context.formId}-number-hint` : undefined}>
          {(control) => (
            <input
              className={`form-control dated-setting-input--${spec.kind}${long ? ' dated-setting-input--long' : ''}`}
              type={INPUT_TYPE[spec.kind]}
              inputMode={spec.kind === 'number' ? (spec.integer ? 'numeric' : 'decimal') : undefined}
              maxLength={spec.kind === 'text' ? (spec.maxLength ?? undefined) : undefined}
              autoComplete="off"
              {...bound}
              {...control}
            />
          )}
        </FormField>
      );
    }
    case 'choice':
      return (
        <FormField {...field}>
          {(control) => (
            <select className="form-control" {...bound} {...control}>
              {!spec.options.includes(text) && <option value="">{t('form.choose')}</option>}
              {spec.options.map((option) => (
                <option key={option} value={option}>
                  {optionLabel(t, option)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      );
    case 'json':
      return (
        <FormField {...field}>
          {(control) => <textarea className="form-control" rows={6} spellCheck={false} {...bound} {...control} />}
        </FormField>
      );
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
      const meaning = nullLabel(t, name);
      if (blankIsNull(spec)) {
        // No checkbox: the text left blank is the null, and says so while it is blank.
        const blank = (d: Draft) => typeof d !== 'string' || d.trim() === '';
        const shown = current.isNull ? '' : current.inner;
        return (
          <ValueEditor
            {...props}
            spec={spec.inner}
            draft={shown}
            onChange={(inner) => onChange({ kind: 'nullable', isNull: blank(inner), inner })}
            hint={blank(shown) ? t('form.blankIsNull', { meaning }) : undefined}
          />
        );
      }
      return (
        <div className="dated-setting-nullable">
          <FormField id={`${field.id}-null`} label={t('form.nullChoice', { field: label, meaning })} layout="check">
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
      const className = compact
        ? 'dated-setting-table__row'
        : `dated-setting-fieldset${isWindow(spec) ? ' dated-setting-fieldset--window' : ''}`;
      return (
        <FormField {...field} layout="group" className={className}>
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
              compact={compact}
            />
          ))}
          {trailing}
        </FormField>
      );
    }
    case 'list': {
      const items = typeof draft === 'object' && draft.kind === 'list' ? draft.items : [];
      const replace = (next: readonly Draft[]) => onChange({ kind: 'list', items: next });
      const texts = listTexts(t, name);
      // The fields of a table's rows, or null.
      const row = spec.item.kind === 'object' && isTable(spec) ? spec.item : null;
      // Rows of a table and inputs of a row: a small "×" (its name read out); a block of fields: a button in words.
      const small = row !== null || isScalar(spec.item);
      const remove = (i: number) => (
        <button
          type="button"
          className={small ? 'button dated-setting-remove' : 'button dated-setting-remove-item'}
          title={small ? texts.remove(i + 1) : undefined}
          disabled={context.disabled}
          onClick={() => replace(items.filter((_, j) => j !== i))}
        >
          {small ? (
            <>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{texts.remove(i + 1)}</span>
            </>
          ) : (
            texts.remove(i + 1)
          )}
        </button>
      );
      const editors = items.map((item, i) => {
        const editor = (trailingButton?: ReactNode) => (
          <ValueEditor
            key={i}
            context={context}
            spec={spec.item}
            draft={item}
            onChange={(next) => replace(items.map((d, j) => (j === i ? next : d)))}
            path={`${path}.${i}`}
            label={texts.item(i + 1)}
            name=""
            compact={small}
            trailing={trailingButton}
          />
        );
        if (spec.item.kind === 'object') return editor(remove(i));
        return (
          <div key={i} className={small ? 'dated-setting-inputs__item' : 'dated-setting-list-item'}>
            {editor()}
            {remove(i)}
          </div>
        );
      });
      let body: ReactNode = editors;
      if (row && items.length > 0) {
        const columns = [...row.fields.map(([, f]) => columnWidth(f)), '2.5em'].join(' ');
        body = (
          <div className="dated-setting-table" style={{ '--dated-setting-columns': columns } as CSSProperties}>
            <div className="dated-setting-table__head" aria-hidden="true">
              {row.fields.map(([fieldName]) => (
                <span key={fieldName}>{fieldLabel(t, fieldName)}</span>
              ))}
            </div>
            {editors}
          </div>
        );
      } else if (small) body = <div className="dated-setting-inputs">{editors}</div>;
      return (
        <FormField {...field} layout="group" className="dated-setting-fieldset dated-setting-fieldset--list">
          {body}
          <button type="button" className="button" disabled={context.disabled} onClick={() => replace([...items, emptyDraft(spec.item)])}>
            {texts.add}
          </button>
        </FormField>
      );
    }
  }
}
