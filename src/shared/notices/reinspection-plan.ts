// The re-inspection a notification plans: an operation of the notice's type at its place, on the first morning after
// the deadline, for the team that found it. Coordinators see it in Planificación like any other and may move it;
// "re-inspecciones vencen esta semana" lists the notices whose re-inspection is due.
import type { OperationType } from '../operations/codes.ts';
import type { Operation } from '../operations/types.ts';
import type { Notice } from '../records/notice-schema.ts';
import type { OffenceCategory } from '../settings/catalogue.ts';
import { settingOnDay, type SettingEntry } from '../settings/dated.ts';
import { minutesOfDay } from '../settings/time-of-day.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';

const TYPE_OF_CATEGORY: Readonly<Record<OffenceCategory, OperationType>> = {
  vacant_lot: 'vacant_lot',
  noise: 'noise_check',
  alcohol: 'alcohol_test',
  public_event: 'public_event',
  street_vending: 'street_vending',
  camera: 'camera_review',
  other: 'vacant_lot',
};
const VISIT_MS = 2 * 3_600_000;
const FIRST_HOUR_MINUTES = 9 * 60;

interface PlanInput {
  readonly id: string;
  readonly notice: Notice;
  readonly dueBy: number;
  /** The team of the operation that found it (null: a complaint's notice, or not readable here). */
  readonly team: string | null;
  readonly now: number;
  readonly by: string | null;
  readonly settings: readonly SettingEntry[];
}

export function reinspectionPlan({ id, notice, dueBy, team, now, by, settings }: PlanInput): Operation {
  const morning = settingOnDay(settings, 'roster.shiftTimes', cordobaIsoDate(dueBy))?.morning;
  const start = dueBy + (morning ? minutesOfDay(morning.start) + 60 : FIRST_HOUR_MINUTES) * 60_000;
  const { place } = notice.record;
  return {
    id,
    type: notice.operationType ?? TYPE_OF_CATEGORY[notice.category],
    status: 'planned',
    barrio: notice.barrio,
    lat: place.lat,
    lng: place.lng,
    address: place.address,
    plannedStart: start,
    plannedEnd: start + VISIT_MS,
    shift: 'morning',
    team: team ?? notice.record.promoterId,
    resultSummary: null,
    cancelReason: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
    details: { timeline: [{ at: now, status: 'planned', by }] },
  };
}
