import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/api/prefs.ts';
import { resources } from '../../../shared/i18n/resources.ts';
import { NUEVA_CORDOBA } from '../../../shared/records/test-support/dispatch.ts';
import { taskLabel, type TaskDirectory } from './task-label.ts';

async function translators(language: Language) {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, defaultNS: 'ui', ns: ['ui', 'incidents'], interpolation: { escapeValue: false } });
  return {
    t: instance.getFixedT(language, 'ui') as TFunction<'ui'>,
    ti: instance.getFixedT(language, 'incidents') as TFunction<'incidents'>,
  };
}

let es: Awaited<ReturnType<typeof translators>>;
let en: Awaited<ReturnType<typeof translators>>;
beforeAll(async () => {
  es = await translators('es-AR');
  en = await translators('en');
});

const directory: TaskDirectory = {
  incidents: new Map([['inc-1', { category: 'noise', place: NUEVA_CORDOBA }]]),
  operations: new Map([['op-1', { type: 'noise_check', barrio: 'Güemes' }]]),
};

describe('taskLabel', () => {
  it.each([
    [{ kind: 'incident', id: 'inc-1' }, 'Incidente · Ruidos molestos · Nueva Córdoba', 'Incident · Noise nuisance · Nueva Córdoba'],
    [{ kind: 'operation', id: 'op-1' }, 'Operativo · Control de ruidos · Güemes', 'Operation · Noise check · Güemes'],
    [{ kind: 'incident', id: 'inc-9' }, 'Incidente', 'Incident'],
    [{ kind: 'operation', id: 'op-9' }, 'Operativo', 'Operation'],
  ] as const)('%o', (task, spanish, english) => {
    expect(taskLabel(task, directory, es.t, es.ti)).toBe(spanish);
    expect(taskLabel(task, directory, en.t, en.ti)).toBe(english);
  });
});
