// A set of Córdoba barrios chosen by ticking them (a comparison's groups, a trial's barrios): a group of checkboxes
// that a text box narrows, with how many are chosen, and the field's problem after the legend. Choices keep the
// list's order, so the same set always reads the same.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BARRIO_NAMES } from '../../../../shared/geo/barrios.ts';
import { FormField } from '../../../components/FormField.tsx';
import { toggleSelection } from '../../../components/toggle-selection.ts';
import './studies.css';

interface BarrioChecklistProps {
  readonly id: string;
  readonly label: string;
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly problem: string | null;
  readonly testId: string;
}

/** Lower case without accents: "cordoba" finds "Nueva Córdoba". */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function BarrioChecklist({ id, label, selected, onChange, problem, testId }: BarrioChecklistProps) {
  const { t } = useTranslation('insightsStudies');
  const [filter, setFilter] = useState('');
  const shown = BARRIO_NAMES.filter((name) => folded(name).includes(folded(filter.trim())));
  return (
    <FormField
      id={id}
      layout="group"
      label={label}
      hint={t('barrios.chosen', { count: selected.length })}
      problem={problem}
      problemTestId={`${testId}-error`}
      testId={testId}
      wide
    >
      <input
        type="search"
        className="form-control barrio-checklist__filter"
        aria-label={t('barrios.filter')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <div className="barrio-checklist">
        {shown.length === 0 && <p>{t('barrios.none')}</p>}
        {shown.map((name) => (
          <label key={name} className="form-check barrio-checklist__option">
            <input
              type="checkbox"
              checked={selected.includes(name)}
              onChange={(event) => onChange(toggleSelection(BARRIO_NAMES, selected, name, event.target.checked))}
            />
            {name}
          </label>
        ))}
      </div>
    </FormField>
  );
}
