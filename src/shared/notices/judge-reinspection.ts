// A notice's re-inspection judged by the vacant-lot rule (rules/vacant-lot.ts) with the fines in force that day: the
// owner complied (no sanction, late or not), or — only once the deadline has passed — the city repaired at the owner's
// cost or nothing was done, both an acta. The hub decides notice.reinspect with it, and the form says up front which
// results the deadline still rules out.
import type { Notice, NoticeResult } from '../records/notice-schema.ts';
import { vacantLotOutcome, type VacantLotOutcome, type VacantLotReinspection } from '../rules/vacant-lot.ts';
import { settingOnDay, type SettingEntry } from '../settings/dated.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';

const REINSPECTION: Readonly<Record<NoticeResult, VacantLotReinspection['outcome']>> = {
  complied_by_owner: 'repaired_by_owner',
  complied_by_city: 'repaired_by_city',
  not_complied: 'not_complied',
};

type Notified = Pick<Notice, 'surfaceM2'> & { readonly notification: NonNullable<Notice['notification']> };

/** null: no Art. 208 fines in force on the re-inspection day (the settings are missing). */
export function judgeReinspection(
  notice: Notified,
  outcome: NoticeResult,
  at: number,
  settings: readonly SettingEntry[],
): VacantLotOutcome | null {
  const fines = settingOnDay(settings, 'vacantLot.art208FinesUem', cordobaIsoDate(at));
  if (!fines) return null;
  const reinspection = { outcome: REINSPECTION[outcome], reinspectedAt: at, photos: [] } as VacantLotReinspection;
  return vacantLotOutcome(reinspection, notice.notification, notice.surfaceM2 ?? 1, { 'vacantLot.art208FinesUem': fines });
}
