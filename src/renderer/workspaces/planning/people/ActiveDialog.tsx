// «Dar de baja» / «Reactivar» one person: what it means for the roster, then person.setActive through
// 'records.mutate'. Nobody is deleted: their past operations keep their name.
import { useTranslation } from 'react-i18next';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import { isActive } from '../../../../shared/records/person-schema.ts';
import { PlanningDialog, type PlanningDialogDone } from '../PlanningDialog.tsx';

export function ActiveDialog({ person, ...done }: PlanningDialogDone & { readonly person: PersonRecord }) {
  const { t } = useTranslation('people');
  const leaving = isActive(person);
  const name = person.name;
  return (
    <PlanningDialog
      namespace="people"
      {...done}
      title={leaving ? t('active.deactivateTitle') : t('active.reactivateTitle')}
      explain={leaving ? t('active.deactivateExplain', { name }) : t('active.reactivateExplain', { name })}
      submitLabel={leaving ? t('active.deactivate') : t('active.reactivate')}
      done={leaving ? t('active.deactivateDone', { name }) : t('active.reactivateDone', { name })}
      testId="person-active-dialog"
      problemCount={0}
      prepare={() => ({ kind: 'person.setActive', id: person.id, active: !leaving })}
    />
  );
}
