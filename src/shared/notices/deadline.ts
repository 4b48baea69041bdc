// A notice's deadline, from the day the owner was notified (not the day of the inspection) and the days in force
// that day: lots and pavements by 'vacantLot.noticeDeadlineDays', every other category by 'notices.deadlineDays'.
// docs/DOMAIN.md, Vacant lot / pavement inspection
import { noticeDeadline, type VacantLotNotice } from '../rules/vacant-lot.ts';
import type { OffenceCategory } from '../settings/catalogue.ts';
import { settingOnDay, type SettingEntry } from '../settings/dated.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';

/** null: no deadline in force on the notification day (the settings are missing). */
export function noticeDeadlineFor(
  category: OffenceCategory,
  notifiedAt: number,
  settings: readonly SettingEntry[],
): VacantLotNotice | null {
  const day = cordobaIsoDate(notifiedAt);
  const days =
    category === 'vacant_lot'
      ? settingOnDay(settings, 'vacantLot.noticeDeadlineDays', day)
      : settingOnDay(settings, 'notices.deadlineDays', day)?.[category];
  return days === undefined ? null : noticeDeadline(notifiedAt, days);
}
