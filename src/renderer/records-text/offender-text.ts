// Who a warning, notice or acta names, in one line: the notices list and dialogs, the court's cases list and case
// view all say it the same way. Pure: t in, text out.
import type { TFunction } from 'i18next';
import type { Offender } from '../../shared/rules/findings.ts';

/** "Juan Pérez (DNI 30111222)", "Inmueble Av. Colón 1200 (catastro 04-05-012-003)", "Dominio AB123CD". */
export function offenderText(t: TFunction<'records'>, offender: Offender): string {
  switch (offender.kind) {
    case 'person':
      return t('offender.person', { name: offender.fullName, dni: offender.dni });
    case 'company':
      return t('offender.company', { name: offender.name, cuit: offender.cuit });
    case 'property':
      return t('offender.property', { address: offender.address, cadastralId: offender.cadastralId });
    case 'vehicle':
      return t('offender.vehicle', { plate: offender.plate });
  }
}
