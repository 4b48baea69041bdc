import { describe, expect, it } from 'vitest';
import { NOTIFIED, noticeAt } from '../records/test-support/notices.ts';
import type { NoticeResult } from '../records/notice-schema.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { judgeReinspection } from './judge-reinspection.ts';

// Notified on Monday 30 November: the last day is Thursday 3 December, re-inspections from Friday 00:00.
const NOTICE = { ...noticeAt('0190a8c0-0000-7000-8000-0000000000a1'), notification: NOTIFIED };
const THURSDAY_NIGHT = cordobaInstant(2026, 12, 3, 23, 59);
const FRIDAY_MORNING = cordobaInstant(2026, 12, 4, 7, 0);
const AT = { 'on the last day': THURSDAY_NIGHT, 'the day after': FRIDAY_MORNING } as const;

describe('judgeReinspection', () => {
  it.each<[NoticeResult, keyof typeof AT, string, string | null]>([
    ['complied_by_owner', 'on the last day', 'voluntary_compliance', 'no_finding'],
    ['complied_by_owner', 'the day after', 'voluntary_compliance', 'no_finding'],
    ['complied_by_city', 'on the last day', 'premature', null],
    ['complied_by_city', 'the day after', 'city_repair', 'acta'],
    ['not_complied', 'on the last day', 'premature', null],
    ['not_complied', 'the day after', 'not_complied', 'acta'],
  ])('%s %s → %s', (outcome, when, status, finding) => {
    expect(judgeReinspection(NOTICE, outcome, AT[when], DEFAULT_SETTINGS)).toMatchObject({ status, finding });
  });

  it('gives the lot’s Art. 208 range with the fines in force that day', () => {
    expect(judgeReinspection(NOTICE, 'not_complied', FRIDAY_MORNING, DEFAULT_SETTINGS)?.fineRangeUem).toEqual({ min: 50, max: 200 });
    expect(judgeReinspection({ ...NOTICE, surfaceM2: 5_000 }, 'not_complied', FRIDAY_MORNING, DEFAULT_SETTINGS)?.fineRangeUem).toEqual({
      min: 200,
      max: 2000,
    });
  });

  it('is null without fines in force that day', () => {
    expect(judgeReinspection(NOTICE, 'not_complied', FRIDAY_MORNING, [])).toBeNull();
  });
});
