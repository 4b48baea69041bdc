// The dashboard's filters: the period (Córdoba days, the last 12 whole months to start with) and the barrios, CPCs,
// operation types, offence categories and complaint channels to count — none chosen means all. Edits a plain
// DashboardFilterForm; the panel turns it into the core's filter. A period the core cannot take is said in words.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CHANNELS } from '../../../../shared/dispatch/codes.ts';
import { BARRIO_NAMES } from '../../../../shared/geo/barrios.ts';
import { OPERATION_TYPES } from '../../../../shared/operations/codes.ts';
import { OFFENCE_CATEGORIES } from '../../../../shared/settings/catalogue.ts';
import { FormField } from '../../../components/FormField.tsx';
import { MultiSelectFilter } from '../../../components/MultiSelectFilter.tsx';
import { INSIGHTS_NAMESPACES } from '../insights-t.ts';
import type { DashboardFilterForm, FilterProblem } from './dashboard-filter.ts';

interface DashboardFilterBarProps {
  readonly form: DashboardFilterForm;
  readonly onChange: (form: DashboardFilterForm) => void;
  /** Back to the last 12 whole months, every other choice cleared. */
  readonly onReset: () => void;
  readonly problem: FilterProblem | null;
  readonly cpcs: readonly string[];
}

export function DashboardFilterBar({ form, onChange, onReset, problem, cpcs }: DashboardFilterBarProps) {
  const { t } = useTranslation(INSIGHTS_NAMESPACES);
  const id = useId();
  const set = <K extends keyof DashboardFilterForm>(key: K, value: DashboardFilterForm[K]) => onChange({ ...form, [key]: value });
  // A missing start is said at the start; every other problem of the period at its end.
  const problemAt: 'from' | 'to' = problem === 'invalidDate' && form.from === '' ? 'from' : 'to';
  const dateField = (key: 'from' | 'to') => (
    <FormField id={`${id}-${key}`} label={t(`filter.${key}`)} problem={problem && key === problemAt ? t(`filter.${problem}`) : null}>
      {(control) => (
        <input
          {...control}
          type="date"
          className="filter-control"
          value={form[key]}
          min={key === 'to' ? form.from || undefined : undefined}
          max={key === 'from' ? form.to || undefined : undefined}
          required
          onChange={(event) => set(key, event.target.value)}
          data-testid={`insights-filter-${key}`}
        />
      )}
    </FormField>
  );

  return (
    <form
      className="filter-bar insights-filters"
      role="search"
      aria-label={t('filter.label')}
      // Filters apply as they change; Enter must not try to submit (the CSP forbids form actions anyway).
      onSubmit={(event) => event.preventDefault()}
    >
      {dateField('from')}
      {dateField('to')}
      <MultiSelectFilter
        label={t('filter.barrios')}
        options={BARRIO_NAMES.map((value) => ({ value, label: value }))}
        selected={form.barrios}
        onChange={(barrios) => set('barrios', barrios)}
        testId="insights-filter-barrios"
      />
      <MultiSelectFilter
        label={t('filter.cpcs')}
        options={cpcs.map((value) => ({ value, label: value }))}
        selected={form.cpcs}
        onChange={(chosen) => set('cpcs', chosen)}
        testId="insights-filter-cpcs"
      />
      <MultiSelectFilter
        label={t('filter.operationTypes')}
        options={OPERATION_TYPES.map((value) => ({ value, label: t(`ui:operationType.${value}`) }))}
        selected={form.operationTypes}
        onChange={(operationTypes) => set('operationTypes', operationTypes)}
        testId="insights-filter-types"
      />
      <MultiSelectFilter
        label={t('filter.categories')}
        options={OFFENCE_CATEGORIES.map((value) => ({ value, label: t(`datedSettings:field.${value}`) }))}
        selected={form.categories}
        onChange={(categories) => set('categories', categories)}
        testId="insights-filter-categories"
      />
      <MultiSelectFilter
        label={t('filter.channels')}
        options={COMPLAINT_CHANNELS.map((value) => ({ value, label: t(`incidents:channel.${value}`) }))}
        selected={form.channels}
        onChange={(channels) => set('channels', channels)}
        testId="insights-filter-channels"
      />
      <button type="button" className="button filter-bar__clear" onClick={onReset} data-testid="insights-filter-reset">
        {t('filter.lastYear')}
      </button>
    </form>
  );
}
