import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncProgress } from '../../shared/live/sync-status.ts';
import { fixedT } from '../i18n/test-support/fixed-t.ts';
import { progressPercentText, syncProgressAnnouncement, syncProgressText } from './sync-progress-text.ts';

let es: TFunction<'ui'>;
let en: TFunction<'ui'>;

beforeAll(async () => {
  es = await fixedT('es-AR');
  en = await fixedT('en');
});

const progress = (phase: SyncProgress['phase'], done: number, total: number, etaSeconds: number | null): SyncProgress => ({
  phase,
  done,
  total,
  etaSeconds,
});

describe('syncProgressText', () => {
  it.each<[SyncProgress, string, string]>([
    [
      progress('paging', 420_000, 1_000_000, 19.6),
      'Sincronizando 420.000 de 1.000.000 operaciones · faltan ~20 s',
      'Syncing 420,000 of 1,000,000 operations · ~20 s left',
    ],
    [progress('paging', 0, 1_000_000, null), 'Sincronizando 0 de 1.000.000 operaciones', 'Syncing 0 of 1,000,000 operations'],
    [
      progress('paging', 12_500, 1_000_000, 130),
      'Sincronizando 12.500 de 1.000.000 operaciones · faltan ~2 min',
      'Syncing 12,500 of 1,000,000 operations · ~2 min left',
    ],
    [
      progress('building', 1_000_000, 1_000_000, 8),
      'Preparando la búsqueda y el orden de 1.000.000 operaciones · faltan ~8 s',
      'Preparing search and sorting for 1,000,000 operations · ~8 s left',
    ],
    [
      progress('building', 1_000_000, 1_000_000, null),
      'Preparando la búsqueda y el orden de 1.000.000 operaciones',
      'Preparing search and sorting for 1,000,000 operations',
    ],
    [progress('paging', 0, 1, null), 'Sincronizando 0 de 1 operación', 'Syncing 0 of 1 operation'],
  ])('%o', (value, spanish, english) => {
    expect(syncProgressText(value, es, 'es-AR')).toBe(spanish);
    expect(syncProgressText(value, en, 'en')).toBe(english);
  });
});

describe('syncProgressAnnouncement', () => {
  it('names the phase without its numbers, so it speaks only when the phase changes', () => {
    const early = syncProgressAnnouncement(progress('paging', 1, 1_000_000, 300), es);
    expect(early).toBe('Sincronizando las operaciones del hub');
    expect(syncProgressAnnouncement(progress('paging', 900_000, 1_000_000, 3), es)).toBe(early);
    expect(syncProgressAnnouncement(progress('building', 1_000_000, 1_000_000, 8), es)).toBe(
      'Preparando la búsqueda y el orden de las operaciones',
    );
    expect(syncProgressAnnouncement(progress('building', 1_000_000, 1_000_000, 8), en)).toBe(
      'Preparing search and sorting for the operations',
    );
    expect(syncProgressAnnouncement(null, es)).toBe('');
  });
});

describe('progressPercentText', () => {
  it.each<[number, string, string]>([
    [0, '0 %', '0%'],
    [42, '42 %', '42%'],
    [100, '100 %', '100%'],
  ])('%s', (percent, spanish, english) => {
    expect(progressPercentText(percent, es, 'es-AR')).toBe(spanish);
    expect(progressPercentText(percent, en, 'en')).toBe(english);
  });
});
