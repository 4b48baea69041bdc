// Words for the sync indicator and the board's stale notice (the decisions are in sync-view.ts).
import type { TFunction } from 'i18next';
import { formatAge } from '../i18n/age.ts';
import { formatClockTime } from '../i18n/format.ts';
import type { StaleReason, SyncMessage, SyncView } from './sync-view.ts';

/** The state in a word or two: "En vivo", "Sin conexión", "Sin hub configurado"… */
function stateLabel(kind: SyncMessage['kind'], t: TFunction<'ui'>): string {
  switch (kind) {
    case 'unknown':
      return t('sync.unknown');
    case 'no_hub':
      return t('sync.noHub');
    case 'live':
      return t('sync.live');
    case 'catching_up':
      return t('sync.catching_up');
    case 'connecting':
      return t('sync.connecting');
    case 'offline':
      return t('sync.offlineShort');
    case 'signed_out':
      return t('sync.signed_out');
  }
}

/** The indicator's visible text: "En vivo", "Sin conexión desde 14:05 · datos de hace 3 min", … */
export function syncMessageText(message: SyncMessage, t: TFunction<'ui'>, locale: string, now: number): string {
  if (message.kind !== 'offline') return stateLabel(message.kind, t);
  const { since, dataAgeSeconds } = message;
  const age = dataAgeSeconds === null ? null : formatAge(dataAgeSeconds, t, locale);
  if (since === null) return age === null ? t('sync.offlineNoSinceNoData') : t('sync.offlineNoSince', { age });
  const sinceText = formatClockTime(since, now, locale);
  return age === null ? t('sync.offlineNoData', { since: sinceText }) : t('sync.offline', { since: sinceText, age });
}

/**
 * What the polite live region says: the state alone, without the running age, so that it speaks when the
 * state changes and not every time the age ticks.
 */
export function syncAnnouncement(view: SyncView, t: TFunction<'ui'>): string {
  const state = stateLabel(view.message.kind, t);
  return view.unauthorized ? t('sync.announceWithError', { state, error: t('sync.unauthorized') }) : t('sync.announce', { state });
}

/** "Datos de hace 3 min — sin conexión con el hub". */
export function staleNoticeText(reason: StaleReason, dataAgeSeconds: number | null, t: TFunction<'ui'>, locale: string): string {
  const data = dataAgeSeconds === null ? t('dispatch.staleNoData') : t('dispatch.staleData', { age: formatAge(dataAgeSeconds, t, locale) });
  return t('dispatch.stale', { data, reason: t(`dispatch.staleReason.${reason}`) });
}
