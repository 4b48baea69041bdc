// Runs in: the renderer. Words for a first sync's progress bar (the decisions are in sync-progress.ts): numbers
// grouped as the language writes them (1.000.000 in es-AR), the estimate as "~20 s" or "~2 min".
import type { TFunction } from 'i18next';
import type { SyncProgress } from '../../shared/live/sync-status.ts';
import { formatNumber } from '../i18n/format.ts';
import { etaParts } from './sync-progress.ts';

/** "Sincronizando 420.000 de 1.000.000 operaciones · faltan ~20 s" (without the estimate while none is known). */
export function syncProgressText(progress: SyncProgress, t: TFunction<'ui'>, locale: string): string {
  const counts = { count: progress.total, done: formatNumber(progress.done, locale), total: formatNumber(progress.total, locale) };
  const text = progress.phase === 'paging' ? t('syncProgress.paging', counts) : t('syncProgress.building', counts);
  const eta = etaParts(progress.etaSeconds);
  return eta === null
    ? text
    : t('syncProgress.withEta', { progress: text, eta: t(`age.${eta.unit}`, { value: formatNumber(eta.value, locale) }) });
}

/** What the polite live region says: the phase alone, so that it speaks when the phase changes, not every number. */
export function syncProgressAnnouncement(progress: SyncProgress | null, t: TFunction<'ui'>): string {
  if (progress === null) return '';
  return progress.phase === 'paging' ? t('syncProgress.announcePaging') : t('syncProgress.announceBuilding');
}

/** "42 %" in es-AR, "42%" in English. */
export function progressPercentText(percent: number, t: TFunction<'ui'>, locale: string): string {
  return t('syncProgress.percent', { value: formatNumber(percent, locale) });
}
