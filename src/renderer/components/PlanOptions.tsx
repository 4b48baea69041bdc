// The <option> lists every plan form offers — operation types, barrios, shifts — after an empty "choose" entry,
// labelled through i18n; one place for them, so the operation form and the recurring-template form agree.
import { useTranslation } from 'react-i18next';
import { BARRIO_NAMES } from '../../shared/geo/barrios.ts';
import { OPERATION_TYPES, SHIFTS } from '../../shared/operations/codes.ts';

type Choice = 'type' | 'barrio' | 'shift';

export function PlanOptions({ of, choose }: { readonly of: Choice; readonly choose?: string }) {
  const { t } = useTranslation();
  const options: readonly (readonly [string, string])[] =
    of === 'type'
      ? OPERATION_TYPES.map((type) => [type, t(`operationType.${type}`)])
      : of === 'shift'
        ? SHIFTS.map((shift) => [shift, t(`shift.${shift}`)])
        : BARRIO_NAMES.map((name) => [name, name]);
  return (
    <>
      {choose !== undefined && <option value="">{choose}</option>}
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
