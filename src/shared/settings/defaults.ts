// The settings the console starts with, from docs/DOMAIN.md, Dated settings (public sources: ordinance texts as
// quoted by the city and the press). Effective from the code's entry into force (2016-04-01) unless the source dates
// the figure. Where the source is uncertain or silent, the note says so: an administrator should confirm or replace
// the value.
import { COURT_DEFAULT_SETTINGS } from './court-defaults.ts';
import { DISPATCH_DEFAULT_SETTINGS } from './dispatch-defaults.ts';
import { INSIGHTS_DEFAULT_SETTINGS } from './insights-defaults.ts';
import type { SettingEntry } from './dated.ts';

const CODE_IN_FORCE = '2016-04-01';
const UNCERTAIN = 'uncertain: not confirmed by the sources, confirm with the legal office';

const fiveBusinessDays = { days: 5, businessDays: true };

/** Append only: a hub seeds each entry by its place in this list (seedDefaultSettings), new ones included. */
export const DEFAULT_SETTINGS: readonly SettingEntry[] = [
  {
    key: 'noise.marginsDb',
    effectiveFrom: CODE_IN_FORCE,
    value: {
      hospital: { day: 5, night: 3 },
      residential: { day: 7, night: 5 },
      mixed: { day: 9, night: 7 },
      industrial: { day: 12, night: 10 },
    },
    note: 'Ord. 12.208 (replaced 8.167); its own date of entry into force is not in the sources',
  },
  {
    key: 'noise.dayPeriod',
    effectiveFrom: CODE_IN_FORCE,
    value: { start: '07:00', end: '22:00' },
    note: `${UNCERTAIN} (day/night boundaries)`,
  },
  {
    key: 'noise.construction',
    effectiveFrom: CODE_IN_FORCE,
    value: {
      hours: { weekdays: { start: '08:00', end: '23:00' }, saturdays: { start: '08:00', end: '13:00' }, sundays: null },
      maxDbAtDistance: 80,
      distanceM: 15,
      maxOverBackgroundInsideDb: 9,
    },
    note: 'Ord. 12.208; the Saturday start (08:00) is assumed from the weekday rule; holidays are not modelled',
  },
  {
    key: 'noise.roadWorks',
    effectiveFrom: CODE_IN_FORCE,
    value: {
      hours: { weekdays: { start: '08:00', end: '22:00' }, saturdays: { start: '08:00', end: '13:00' }, sundays: null },
      maxDbAtDistance: 85,
      distanceM: 10,
    },
    note: 'Ord. 12.208; no Sunday road works is assumed (the source lists weekdays and Saturdays only)',
  },
  { key: 'noise.venuePeakDb', effectiveFrom: CODE_IN_FORCE, value: 95 },
  { key: 'noise.meterCalibrationMonths', effectiveFrom: CODE_IN_FORCE, value: 12, note: `${UNCERTAIN} (assumed like the breathalyser's)` },
  {
    key: 'alcohol.limitsGL',
    effectiveFrom: CODE_IN_FORCE,
    value: { city: 0.4, provincial_road: 0, ring_road: 0 },
    note: 'city: Ord. 10.216 (an "alcohol cero" bill was not confirmed passed); provincial roads and Circunvalación: Law 10.181',
  },
  { key: 'alcohol.retestWindowMinutes', effectiveFrom: CODE_IN_FORCE, value: { min: 10, max: 12 } },
  { key: 'alcohol.deviceVerificationMonths', effectiveFrom: CODE_IN_FORCE, value: 12 },
  {
    key: 'alcohol.provincialTiers',
    effectiveFrom: CODE_IN_FORCE,
    value: [
      { upToGL: 0.4, fineUfMin: 200, fineUfMax: 200, disqualificationMonthsMax: 3 },
      { upToGL: 0.55, fineUfMin: null, fineUfMax: null, disqualificationMonthsMax: 6 },
      { upToGL: 1, fineUfMin: null, fineUfMax: null, disqualificationMonthsMax: 12 },
      { upToGL: null, fineUfMin: null, fineUfMax: 2000, disqualificationMonthsMax: 12 },
    ],
    note: `Law 10.181; fines of the middle tiers and the top tier's minimum are not in the sources; tier edges read as inclusive upper bounds — ${UNCERTAIN}`,
  },
  { key: 'vending.maxAbsencesPerYear', effectiveFrom: CODE_IN_FORCE, value: 6 },
  { key: 'vacantLot.noticeDeadlineDays', effectiveFrom: CODE_IN_FORCE, value: 3, note: 'calendar days assumed' },
  {
    key: 'vacantLot.art208FinesUem',
    effectiveFrom: CODE_IN_FORCE,
    value: { standard: { min: 50, max: 200 }, large: { min: 200, max: 2000 }, largeOverM2: 3000 },
  },
  { key: 'camera.warningsOnly', effectiveFrom: CODE_IN_FORCE, value: false },
  { key: 'camera.warningsOnly', effectiveFrom: '2021-01-01', value: true, note: `warnings-only pilot 2021–22; exact start ${UNCERTAIN}` },
  { key: 'camera.warningsOnly', effectiveFrom: '2023-01-01', value: false, note: `end of the pilot; exact date ${UNCERTAIN}` },
  {
    key: 'court.uemValueArs',
    effectiveFrom: '2025-08-01',
    value: 10_808,
    note: 'value published for August 2025; earlier values are not in the sources',
  },
  { key: 'court.voluntaryPaymentDiscountPct', effectiveFrom: CODE_IN_FORCE, value: 40 },
  {
    key: 'court.defenceDeadlines',
    effectiveFrom: CODE_IN_FORCE,
    value: {
      camera: { days: 3, businessDays: true },
      noise: fiveBusinessDays,
      alcohol: fiveBusinessDays,
      public_event: fiveBusinessDays,
      street_vending: fiveBusinessDays,
      vacant_lot: fiveBusinessDays,
      other: fiveBusinessDays,
    },
    note: `sources disagree (3 days for camera fines, 5 business days): ${UNCERTAIN}`,
  },
  { key: 'court.hearingHours', effectiveFrom: CODE_IN_FORCE, value: { start: '08:30', end: '13:30' } },
  {
    key: 'roster.shiftTimes',
    effectiveFrom: CODE_IN_FORCE,
    value: {
      morning: { start: '06:00', end: '14:00' },
      afternoon: { start: '14:00', end: '22:00' },
      night: { start: '22:00', end: '06:00' },
    },
    note: `${UNCERTAIN} (the demo data uses these)`,
  },
  {
    key: 'roster.limits',
    effectiveFrom: CODE_IN_FORCE,
    value: { minRestHours: 12, maxWeeklyHours: 48 },
    note: `${UNCERTAIN} (general labour-law figures; the municipal agreement may differ)`,
  },
  ...COURT_DEFAULT_SETTINGS,
  ...DISPATCH_DEFAULT_SETTINGS,
  ...INSIGHTS_DEFAULT_SETTINGS,
];
