import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../../shared/api/court.ts';
import { fixedT } from '../../../i18n/test-support/fixed-t.ts';
import { auditResult, consoleText, historyActionText, historyEntityText } from './audit-text.ts';

let es: TFunction<'courtDesk'>;
let en: TFunction<'courtDesk'>;

beforeAll(async () => {
  es = await fixedT('es-AR', 'courtDesk');
  en = await fixedT('en', 'courtDesk');
});

describe('historyActionText', () => {
  it.each<[string, string, string]>([
    ['court_case.notify', 'Notificó', 'Notified'],
    ['court_case.payVoluntarily', 'Registró el pago voluntario', 'Recorded the voluntary payment'],
    ['hearing.sign', 'Firmó la resolución', 'Signed the resolution'],
    ['operation.close', 'Acta recibida del operativo', 'Acta received from the operation'],
    ['unit.assign', 'Otro cambio (unit.assign)', 'Other change (unit.assign)'],
  ])('%s', (action, spanish, english) => {
    expect(historyActionText(es, action)).toBe(spanish);
    expect(historyActionText(en, action)).toBe(english);
  });
});

it('names the record and the console', () => {
  expect(historyEntityText(es, 'court_case')).toBe('Expediente');
  expect(historyEntityText(es, 'hearing')).toBe('Audiencia');
  expect(historyEntityText(es, 'operation')).toBe('operation');
  expect(consoleText(es, '3f2a9c41-0000-4000-8000-000000000001')).toBe('3f2a9c41');
  expect(consoleText(es, null)).toBe('Hub');
});

describe('auditResult', () => {
  const CASE = '0190a8c0-0000-7000-8000-0000000000a1';
  const report = (broken: AuditReport['broken'], entries = 7): AuditReport => ({ chains: 1, entries, broken });

  it('says how many entries an intact chain has', () => {
    expect(auditResult(es, report([]), CASE)).toEqual({ intact: true, text: 'Cadena íntegra: 7 entradas verificadas.' });
    expect(auditResult(es, report([], 1), CASE).text).toBe('Cadena íntegra: 1 entrada verificada.');
    expect(auditResult(en, report([]), CASE).text).toBe('Chain intact: 7 entries verified.');
  });

  it.each<[AuditReport['broken'][number]['problem'], string]>([
    ['modified', 'La cadena está alterada desde la entrada 3 (modificada).'],
    ['broken_link', 'La cadena está alterada desde la entrada 3 (enlace roto).'],
    ['out_of_order', 'La cadena está alterada desde la entrada 3 (fuera de orden).'],
    ['data', 'La cadena está alterada desde la entrada 3 (los datos del registro no coinciden).'],
  ])('names where and how a chain breaks: %s', (problem, text) => {
    expect(auditResult(es, report([{ caseId: CASE, n: 3, entryId: `${CASE}#000003`, problem }]), CASE)).toEqual({ intact: false, text });
  });
});
