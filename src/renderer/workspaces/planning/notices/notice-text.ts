// What the notices list and its dialogs say about a notice: who was notified, where, its deadline. Pure: t and the
// language in, text out, so each wording is tested in both languages.
import type { TFunction } from 'i18next';
import type { Notice } from '../../../../shared/records/notice-schema.ts';
import { formatIsoDate } from '../../../i18n/format.ts';

type T = TFunction<'notices'>;

export const placeText = (t: T, notice: Notice): string => t('place', { address: notice.record.place.address, barrio: notice.barrio });

/** "Hasta el 13/03/2026" once notified; "—" before. */
export function deadlineText(t: T, notice: Notice, language: string): string {
  return notice.notification ? t('lastDay', { date: formatIsoDate(notice.notification.lastDay, language) }) : t('noDeadline');
}
