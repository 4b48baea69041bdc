// The court chooser of the hearings views: the courts in force (from the calendar answer), or all of them.
import { useTranslation } from 'react-i18next';
import type { Court } from '../../../../shared/settings/catalogue.ts';

interface CourtSelectProps {
  readonly id: string;
  readonly courts: readonly Court[];
  readonly value: string | null;
  readonly onChange: (courtId: string | null) => void;
  /** Offer "Todos los juzgados" (null). */
  readonly allowAll?: boolean;
}

export function CourtSelect({ id, courts, value, onChange, allowAll = false }: CourtSelectProps) {
  const { t } = useTranslation('hearings');
  return (
    <span className="hearings-toolbar__field">
      <label htmlFor={id}>{t('courtLabel')}</label>
      <select id={id} className="form-control" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        {allowAll && <option value="">{t('allCourts')}</option>}
        {courts.map((court) => (
          <option key={court.id} value={court.id}>
            {court.name}
          </option>
        ))}
      </select>
    </span>
  );
}
