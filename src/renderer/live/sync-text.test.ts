import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { cordobaInstant } from '../../shared/time/cordoba.ts';
import { formatAge } from '../i18n/age.ts';
import { fixedT } from '../i18n/test-support/fixed-t.ts';
import { staleNoticeText, syncAnnouncement, syncMessageText } from './sync-text.ts';
import type { SyncView } from './sync-view.ts';

const NOW = cordobaInstant(2026, 11, 25, 14, 8);
let es: TFunction<'ui'>;
let en: TFunction<'ui'>;

beforeAll(async () => {
  es = await fixedT('es-AR');
  en = await fixedT('en');
});

describe('formatAge', () => {
  it.each<[number, string, string]>([
    [0, '0 s', '0 s'],
    [12, '12 s', '12 s'],
    [180, '3 min', '3 min'],
    [7_200, '2 h', '2 h'],
    [1_500 * 86_400, '1.500 d', '1,500 d'],
  ])('%s s → "%s" / "%s"', (seconds, spanish, english) => {
    expect(formatAge(seconds, es, 'es-AR')).toBe(spanish);
    expect(formatAge(seconds, en, 'en')).toBe(english);
  });
});

describe('syncMessageText', () => {
  it.each<[SyncView['message'], string, string]>([
    [{ kind: 'live' }, 'En vivo', 'Live'],
    [{ kind: 'catching_up' }, 'Poniéndose al día…', 'Catching up…'],
    [{ kind: 'connecting' }, 'Conectando…', 'Connecting…'],
    [{ kind: 'no_hub' }, 'Sin hub configurado', 'No hub configured'],
  ])('%o', (message, spanish, english) => {
    expect(syncMessageText(message, es, 'es-AR', NOW)).toBe(spanish);
    expect(syncMessageText(message, en, 'en', NOW)).toBe(english);
  });

  it('offline: since HH:MM in Córdoba time, with the age of the data', () => {
    const message = { kind: 'offline', since: cordobaInstant(2026, 11, 25, 14, 5), dataAgeSeconds: 190 } as const;
    expect(syncMessageText(message, es, 'es-AR', NOW)).toBe('Sin conexión desde 14:05 · datos de hace 3 min');
    expect(syncMessageText(message, en, 'en', NOW)).toBe('Offline since 14:05 · data 3 min old');
  });

  it('offline without data or without a start time', () => {
    const since = cordobaInstant(2026, 11, 25, 14, 5);
    expect(syncMessageText({ kind: 'offline', since, dataAgeSeconds: null }, es, 'es-AR', NOW)).toBe(
      'Sin conexión desde 14:05 · sin datos del hub',
    );
    expect(syncMessageText({ kind: 'offline', since: null, dataAgeSeconds: 40 }, es, 'es-AR', NOW)).toBe(
      'Sin conexión · datos de hace 40 s',
    );
    expect(syncMessageText({ kind: 'offline', since: null, dataAgeSeconds: null }, es, 'es-AR', NOW)).toBe(
      'Sin conexión · sin datos del hub',
    );
  });

  it('offline since yesterday names the day', () => {
    const since = cordobaInstant(2026, 11, 24, 23, 50);
    expect(syncMessageText({ kind: 'offline', since, dataAgeSeconds: 52_000 }, es, 'es-AR', NOW)).toMatch(
      /^Sin conexión desde 24\/11,? 23:50 · datos de hace 14 h$/,
    );
  });
});

describe('syncAnnouncement', () => {
  it('names the state without the running age', () => {
    const offline: SyncView = { state: 'offline', message: { kind: 'offline', since: NOW, dataAgeSeconds: 61 }, unauthorized: false };
    expect(syncAnnouncement(offline, es)).toBe('Conexión con el hub: Sin conexión');
    expect(syncAnnouncement({ state: 'live', message: { kind: 'live' }, unauthorized: false }, en)).toBe('Connection with the hub: Live');
  });

  it('adds rejected credentials', () => {
    const view: SyncView = { state: 'connecting', message: { kind: 'connecting' }, unauthorized: true };
    expect(syncAnnouncement(view, es)).toBe('Conexión con el hub: Conectando… — El hub rechazó las credenciales de la consola');
  });
});

describe('staleNoticeText', () => {
  it('says how old the data is and why', () => {
    expect(staleNoticeText('offline', 180, es, 'es-AR')).toBe('Datos de hace 3 min — sin conexión con el hub');
    expect(staleNoticeText('catching_up', 45, es, 'es-AR')).toBe('Datos de hace 45 s — poniéndose al día con el hub');
    expect(staleNoticeText('host', 120, en, 'en')).toBe('Data 2 min old — no connection with the local host');
    expect(staleNoticeText('no_hub', null, es, 'es-AR')).toBe('Todavía no hay datos del hub — sin hub configurado');
  });
});
