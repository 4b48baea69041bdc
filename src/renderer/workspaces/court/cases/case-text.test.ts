import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TermLeft } from '../../../../shared/court/deadlines.ts';
import type { VoluntaryPayment } from '../../../../shared/court/voluntary-payment.ts';
import type { CourtCase } from '../../../../shared/records/court-case-schema.ts';
import { notified } from '../../../../shared/records/test-support/court-cases.ts';
import { fixedT } from '../../../i18n/test-support/fixed-t.ts';
import { viewOf } from '../test-support/case-views.ts';
import { articleText, caseNumberText, caseTermText, competenceText, listTermText, moneyText, offerText, termText } from './case-text.ts';

let es: TFunction<'courtDesk'>;
let en: TFunction<'courtDesk'>;

beforeAll(async () => {
  es = await fixedT('es-AR', 'courtDesk');
  en = await fixedT('en', 'courtDesk');
});

describe('termText', () => {
  it.each<[TermLeft | null, string, string]>([
    [
      { state: 'open', due: '2026-12-12', businessDaysLeft: 3 },
      'Vence el 12/12/2026, faltan 3 días hábiles',
      'Due on 12/12/2026, 3 business days left',
    ],
    [
      { state: 'open', due: '2026-12-12', businessDaysLeft: 1 },
      'Vence el 12/12/2026, falta 1 día hábil',
      'Due on 12/12/2026, 1 business day left',
    ],
    [{ state: 'open', due: '2026-12-13', businessDaysLeft: 0 }, 'Vence el 13/12/2026', 'Due on 12/13/2026'],
    [{ state: 'last_day', due: '2026-12-12' }, 'Vence hoy (12/12/2026)', 'Due today (12/12/2026)'],
    [{ state: 'expired', due: '2026-12-11' }, 'Vencido el 11/12/2026', 'Expired on 12/11/2026'],
    [null, 'Sin plazo en curso', 'No term running'],
  ])('%j', (term, spanish, english) => {
    expect(termText(es, term, 'es-AR')).toBe(spanish);
    expect(termText(en, term, 'en')).toBe(english);
  });

  it('is shown in the list only while the case waits for a payment or a descargo', () => {
    const term: TermLeft = { state: 'expired', due: '2026-12-11' };
    expect(listTermText(es, viewOf('notified', {}, { term }), 'es-AR')).toBe('Vencido el 11/12/2026');
    expect(listTermText(es, viewOf('defence_filed', {}, { term }), 'es-AR')).toBe('—');
    expect(listTermText(es, viewOf('notified'), 'es-AR')).toBe('—');
  });

  it('says only the last day in the case view once the case moved on', () => {
    const term: TermLeft = { state: 'expired', due: '2026-12-11' };
    expect(caseTermText(es, { status: 'notified', term }, '2026-12-11', 'es-AR')).toBe('Vencido el 11/12/2026');
    expect(caseTermText(es, { status: 'defence_filed', term }, '2026-12-11', 'es-AR')).toBe('Hasta el 11/12/2026');
    expect(caseTermText(en, { status: 'paid_voluntarily', term }, '2026-12-11', 'en')).toBe('Until 12/11/2026');
    expect(caseTermText(es, { status: 'opened', term: null }, null, 'es-AR')).toBe('Sin plazo en curso');
  });
});

describe('moneyText', () => {
  it.each<[number, string, string]>([
    [0, '$ 0,00', 'ARS 0.00'],
    [5, '$ 0,05', 'ARS 0.05'],
    [1_234_567, '$ 12.345,67', 'ARS 12,345.67'],
    [216_160_000, '$ 2.161.600,00', 'ARS 2,161,600.00'],
  ])('%d cents', (cents, spanish, english) => {
    expect(moneyText(es, cents, 'es-AR')).toBe(spanish);
    expect(moneyText(en, cents, 'en')).toBe(english);
  });
});

describe('offerText', () => {
  const notification = notified('2026-12-07', '2026-12-14');
  const view = (offer: VoluntaryPayment, changes: Partial<Pick<CourtCase, 'defence' | 'voluntaryPayment'>> = {}) => ({
    offer,
    case: { notification, defence: null, voluntaryPayment: null, ...changes },
  });

  it.each<[VoluntaryPayment, string]>([
    [
      { offered: true, fullCents: 216_160_000, discountPct: 40, amountCents: 129_696_000 },
      'Pago voluntario con 40 % de descuento: $ 1.296.960,00 en lugar de $ 2.161.600,00, hasta el 14/12/2026',
    ],
    [{ offered: false, reason: 'not_notified' }, 'El pago voluntario con descuento se ofrece al notificar.'],
    [{ offered: false, reason: 'defence_filed' }, 'Sin descuento: se perdió al presentar el descargo.'],
    [{ offered: false, reason: 'term_expired' }, 'Sin descuento: el plazo venció sin pago ni descargo.'],
  ])('%j', (offer, spanish) => {
    expect(offerText(es, view(offer), 'es-AR')).toBe(spanish);
  });

  it('names what lost the discount once the case went on', () => {
    const decided: VoluntaryPayment = { offered: false, reason: 'already_decided' };
    const defence = { filedOn: '2026-12-09', statement: 'No estaba ahí.' };
    const voluntaryPayment = { paidOn: '2026-12-09', amountCents: 129_696_000, receipt: 'R-1' };
    expect(offerText(es, view(decided, { defence }), 'es-AR')).toBe('Sin descuento: se perdió al presentar el descargo.');
    expect(offerText(es, view(decided), 'es-AR')).toBe('Sin descuento: el plazo venció sin pago ni descargo.');
    expect(offerText(es, view(decided, { voluntaryPayment }), 'es-AR')).toBe(
      'El pago voluntario ya no corresponde: el expediente siguió su trámite.',
    );
  });

  it('in English', () => {
    const offer: VoluntaryPayment = { offered: true, fullCents: 1_000_000, discountPct: 40, amountCents: 600_000 };
    expect(offerText(en, view(offer), 'en')).toBe(
      'Voluntary payment with a 40 % discount: ARS 6,000.00 instead of ARS 10,000.00, until 12/14/2026',
    );
  });
});

describe('case facts', () => {
  it('numbers: the hub’s, a provisional one, none yet', () => {
    expect(caseNumberText(es, 'TF-2026-000123')).toBe('TF-2026-000123');
    expect(caseNumberText(es, 'TF-2026-P-3F2A-000017')).toBe('TF-2026-P-3F2A-000017 (provisorio)');
    expect(caseNumberText(es, null)).toBe('Sin número');
    expect(caseNumberText(en, null)).toBe('No number');
  });

  it('articles with their norm and suffix', () => {
    const norm = (code: string) => (code === 'ord_12468' ? 'Código de Convivencia (Ord. 12.468)' : code);
    expect(articleText(es, { norm: 'ord_12468', article: 92, suffix: 'bis' }, norm)).toBe(
      'Código de Convivencia (Ord. 12.468), Art. 92 bis',
    );
    expect(articleText(es, { norm: 'ord_10216', article: 1 }, norm)).toBe('ord_10216, Art. 1');
  });

  it('why the court is competent, and when that is a guess', () => {
    expect(competenceText(es, { competence: { why: 'barrio_cpc', uncertain: true }, barrio: 'Nueva Córdoba' })).toBe(
      'competente por el CPC del barrio Nueva Córdoba; dudoso: la tabla de barrios marca esa fila como incierta',
    );
    expect(competenceText(es, { competence: { why: 'environmental_article', uncertain: false }, barrio: null })).toBe(
      'competente por tratarse de un artículo ambiental',
    );
    expect(competenceText(en, { competence: { why: 'reassigned', uncertain: false }, barrio: 'Centro' })).toBe('reassigned');
    expect(competenceText(es, { competence: null, barrio: 'Centro' })).toBeNull();
  });
});
