import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedT } from '../i18n/test-support/fixed-t.ts';
import type { Offender } from '../../shared/rules/findings.ts';
import { offenderText } from './offender-text.ts';

let es: TFunction<'records'>;
let en: TFunction<'records'>;
beforeAll(async () => {
  es = await fixedT('es-AR', 'records');
  en = await fixedT('en', 'records');
});

describe('offender text', () => {
  it.each<[Offender, string, string]>([
    [{ kind: 'person', dni: '30111222', fullName: 'Juan Pérez' }, 'Juan Pérez (DNI 30111222)', 'Juan Pérez (DNI 30111222)'],
    [
      { kind: 'company', cuit: '20123456786', name: 'Corralón Norte SRL' },
      'Corralón Norte SRL (CUIT 20123456786)',
      'Corralón Norte SRL (CUIT 20123456786)',
    ],
    [
      { kind: 'property', cadastralId: '03-12-045-017', address: 'J. L. de Cabrera 1450' },
      'Inmueble J. L. de Cabrera 1450 (catastro 03-12-045-017)',
      'Property J. L. de Cabrera 1450 (cadastral id 03-12-045-017)',
    ],
    [{ kind: 'vehicle', plate: 'AB123CD' }, 'Dominio AB123CD', 'Plate AB123CD'],
  ])('names %j', (offender, spanish, english) => {
    expect(offenderText(es, offender)).toBe(spanish);
    expect(offenderText(en, offender)).toBe(english);
  });
});
