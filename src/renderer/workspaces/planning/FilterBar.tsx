// The filters above the operations grid. Edits a plain FilterForm; the workspace turns it into a query. Ends with
// "Exportar CSV": the current filter's rows as a file (the workspace runs it).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BARRIO_NAMES } from '../../../shared/geo/barrios.ts';
import { MAX_TEXT_FILTER } from '../../../shared/operations/query.ts';
import { OPERATION_STATUSES, OPERATION_TYPES } from '../../../shared/operations/codes.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormField } from '../../components/FormField.tsx';
import { MultiSelectFilter } from '../../components/MultiSelectFilter.tsx';
import { EMPTY_FILTER_FORM, type FilterForm } from './filter-form.ts';

interface FilterBarProps {
  readonly form: FilterForm;
  readonly onChange: (form: FilterForm) => void;
  /** Exports the current filter as CSV; absent: no button. */
  readonly onExport?: () => void;
  readonly exporting?: boolean;
}

export function FilterBar({ form, onChange, onExport, exporting = false }: FilterBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]) => onChange({ ...form, [key]: value });

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('planning.filters')}
      // Filters apply as they change; Enter must not try to submit (the CSP forbids form actions anyway).
      onSubmit={(event) => event.preventDefault()}
    >
      <MultiSelectFilter
        label={t('filter.type')}
        options={OPERATION_TYPES.map((value) => ({ value, label: t(`operationType.${value}`) }))}
        selected={form.types}
        onChange={(types) => set('types', types)}
        testId="filter-types"
      />
      <MultiSelectFilter
        label={t('filter.status')}
        options={OPERATION_STATUSES.map((value) => ({ value, label: t(`operationStatus.${value}`) }))}
        selected={form.statuses}
        onChange={(statuses) => set('statuses', statuses)}
        testId="filter-statuses"
      />
      <FormField id={`${id}-barrio`} label={t('filter.barrio')}>
        {(control) => (
          <select
            {...control}
            className="filter-control"
            value={form.barrio}
            onChange={(event) => set('barrio', event.target.value)}
            data-testid="filter-barrio"
          >
            <option value="">{t('filter.all')}</option>
            {BARRIO_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {/* Each date bounds the other's picker, so an inverted range is hard to enter by accident. */}
      <DateField
        id={`${id}-from`}
        label={t('filter.from')}
        value={form.from}
        max={form.to}
        onChange={(from) => set('from', from)}
        className="filter-control"
        testId="filter-from"
      />
      <DateField
        id={`${id}-to`}
        label={t('filter.to')}
        value={form.to}
        min={form.from}
        onChange={(to) => set('to', to)}
        className="filter-control"
        testId="filter-to"
      />
      <FormField id={`${id}-text`} label={t('filter.text')} className="filter-bar__grow">
        {(control) => (
          <input
            {...control}
            type="search"
            className="filter-control"
            value={form.text}
            maxLength={MAX_TEXT_FILTER}
            placeholder={t('filter.textPlaceholder')}
            autoComplete="off"
            onChange={(event) => set('text', event.target.value)}
            data-testid="filter-text"
          />
        )}
      </FormField>
      <button type="button" className="button filter-bar__clear" onClick={() => onChange(EMPTY_FILTER_FORM)} data-testid="filter-clear">
        {t('filter.clear')}
      </button>
      {onExport && (
        <button
          type="button"
          className="button filter-bar__export"
          onClick={onExport}
          disabled={exporting}
          aria-busy={exporting}
          title={t('csvExport.hint')}
          data-testid="export-csv"
        >
          {exporting ? t('csvExport.busy') : t('csvExport.button')}
        </button>
      )}
    </form>
  );
}
