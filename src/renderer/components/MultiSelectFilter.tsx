// A compact multi-choice filter: a button showing the current choice that opens a list of checkboxes.
// Built on the native popover API, which gives light dismiss, Escape and focus order for free. Chromium does
// not expose the invoker's expanded state to assistive technology, so aria-expanded follows the toggle event.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleSelection } from './toggle-selection.ts';

export interface FilterOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface MultiSelectFilterProps<T extends string> {
  readonly label: string;
  readonly options: readonly FilterOption<T>[];
  readonly selected: readonly T[];
  readonly onChange: (selected: T[]) => void;
  readonly testId: string;
  /** What the button says when nothing is chosen; "Todos" (a filter's "no restriction") by default. */
  readonly emptyLabel?: string;
}

export function MultiSelectFilter<T extends string>({ label, options, selected, onChange, testId, emptyLabel }: MultiSelectFilterProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [labelId, summaryId, panelId] = [`${id}-label`, `${id}-summary`, `${id}-panel`];
  const values = options.map((option) => option.value);

  const first = selected[0];
  const summary =
    selected.length === 0 || first === undefined
      ? (emptyLabel ?? t('filter.all'))
      : selected.length === 1
        ? (options.find((option) => option.value === first)?.label ?? first)
        : t('filter.selectedCount', { count: selected.length });

  return (
    // Laid out like a FormField; its label names a button together with the current choice (aria-labelledby).
    <div className="form-field">
      <span className="form-field__label" id={labelId}>
        {label}
      </span>
      <button
        type="button"
        className="filter-control multi-select__button"
        popoverTarget={panelId}
        aria-expanded={open}
        aria-labelledby={`${labelId} ${summaryId}`}
        data-testid={testId}
      >
        <span id={summaryId} className="multi-select__summary">
          {summary}
        </span>
        <span aria-hidden="true" className="multi-select__chevron">
          ▾
        </span>
      </button>
      <div
        id={panelId}
        popover="auto"
        className="multi-select__panel"
        role="group"
        aria-labelledby={labelId}
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        {options.map((option) => (
          <label key={option.value} className="multi-select__option">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => onChange(toggleSelection(values, selected, option.value, event.target.checked))}
            />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
