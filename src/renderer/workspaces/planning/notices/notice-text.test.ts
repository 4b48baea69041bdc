import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedT } from '../../../i18n/test-support/fixed-t.ts';
import { NOTIFIED, noticeAt } from '../../../../shared/records/test-support/notices.ts';
import { deadlineText, placeText } from './notice-text.ts';

let es: TFunction<'notices'>;
let en: TFunction<'notices'>;
beforeAll(async () => {
  es = await fixedT('es-AR', 'notices');
  en = await fixedT('en', 'notices');
});

const NOTICE = noticeAt('0190a8c0-0000-7000-8000-0000000000a1');

describe('notice texts', () => {
  it('says the place with its barrio, and the deadline once notified', () => {
    expect(placeText(es, NOTICE)).toBe('Jerónimo Luis de Cabrera 1450 (Alta Córdoba)');
    expect(deadlineText(es, NOTICE, 'es-AR')).toBe('—');
    expect(deadlineText(es, { ...NOTICE, notification: NOTIFIED }, 'es-AR')).toBe('Hasta el 03/12/2026');
    expect(deadlineText(en, { ...NOTICE, notification: NOTIFIED }, 'en')).toBe('Until 12/03/2026');
  });
});
