import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/api/prefs.ts';
import { resources } from '../../../../shared/i18n/resources.ts';
import { NOTIFIED, noticeAt } from '../../../../shared/records/test-support/notices.ts';
import type { Offender } from '../../../../shared/rules/findings.ts';
import { deadlineText, offenderText, placeText } from './notice-text.ts';

async function noticesT(language: Language): Promise<TFunction<'notices'>> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, defaultNS: 'notices', ns: ['notices'], interpolation: { escapeValue: false } });
  return instance.getFixedT(language, 'notices') as TFunction<'notices'>;
}

let es: TFunction<'notices'>;
let en: TFunction<'notices'>;
beforeAll(async () => {
  es = await noticesT('es-AR');
  en = await noticesT('en');
});

const NOTICE = noticeAt('0190a8c0-0000-7000-8000-0000000000a1');

describe('notice texts', () => {
  it.each<[Offender, string, string]>([
    [{ kind: 'person', dni: '30111222', fullName: 'Juan Pérez' }, 'Juan Pérez (DNI 30111222)', 'Juan Pérez (DNI 30111222)'],
    [
      { kind: 'company', cuit: '20123456786', name: 'Corralón Norte SRL' },
      'Corralón Norte SRL (CUIT 20123456786)',
      'Corralón Norte SRL (CUIT 20123456786)',
    ],
    [
      { kind: 'property', cadastralId: '03-12-045-017', address: 'J. L. de Cabrera 1450' },
      'J. L. de Cabrera 1450 (catastro 03-12-045-017)',
      'J. L. de Cabrera 1450 (cadastral id 03-12-045-017)',
    ],
    [{ kind: 'vehicle', plate: 'AB123CD' }, 'Dominio AB123CD', 'Plate AB123CD'],
  ])('names %j', (offender, spanish, english) => {
    expect(offenderText(es, offender)).toBe(spanish);
    expect(offenderText(en, offender)).toBe(english);
  });

  it('says the place with its barrio, and the deadline once notified', () => {
    expect(placeText(es, NOTICE)).toBe('Jerónimo Luis de Cabrera 1450 (Alta Córdoba)');
    expect(deadlineText(es, NOTICE, 'es-AR')).toBe('—');
    expect(deadlineText(es, { ...NOTICE, notification: NOTIFIED }, 'es-AR')).toBe('Hasta el 03/12/2026');
    expect(deadlineText(en, { ...NOTICE, notification: NOTIFIED }, 'en')).toBe('Until 12/03/2026');
  });
});
