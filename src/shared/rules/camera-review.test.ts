import { describe, expect, it } from 'vitest';
import { settingAt } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { cameraReviewDecision, CameraReviewSchema } from './camera-review.ts';

const rulesAt = (instant: number) => ({ 'camera.warningsOnly': settingAt(DEFAULT_SETTINGS, 'camera.warningsOnly', instant)! });
const before = cordobaInstant(2020, 6, 1, 12);
const pilot = cordobaInstant(2021, 6, 1, 12);
const after = cordobaInstant(2024, 6, 1, 12);

describe('camera review decision', () => {
  it.each([
    ['no_parking', 'AB123CD', 'acta', after, ['discard', 'warning', 'acta'], true, []],
    ['no_parking', 'AB123CD', 'acta', pilot, ['discard', 'warning'], false, ['warnings_only_period']],
    ['no_parking', 'AB123CD', 'warning', pilot, ['discard', 'warning'], true, ['warnings_only_period']],
    ['no_parking', 'AB123CD', 'acta', before, ['discard', 'warning', 'acta'], true, []],
    ['red_light', null, 'warning', after, ['discard'], false, ['plate_required']],
    ['red_light', null, 'discard', pilot, ['discard'], true, ['plate_required']],
    ['illegal_dumping', null, 'acta', after, ['discard', 'warning', 'acta'], true, []],
  ] as const)('%s, plate %s, %s at %i', (infraction, plate, decision, recordedAt, allowed, ok, reasons) => {
    expect(cameraReviewDecision({ infraction, plate, decision }, rulesAt(recordedAt))).toEqual({ allowed, ok, reasons });
  });

  const input = {
    clipRef: 'CLIP-2024-000123',
    cameraId: 'CAM-0451',
    recordedAt: after,
    reviewedAt: after + 3_600_000,
    infraction: 'no_parking',
    plate: 'ab-123-cd',
    decision: 'warning',
    discardReason: null,
  };
  it.each<[string, Record<string, unknown>, string | null]>([
    ['a valid review (plate normalised)', {}, null],
    ['a discard without reason', { decision: 'discard' }, 'discard_reason_required'],
    ['a reason without discard', { discardReason: 'duplicate' }, 'discard_reason_required'],
    ['reviewed before recorded', { reviewedAt: after - 1 }, 'reviewed_before_recorded'],
    ['an unknown infraction', { infraction: 'speeding_on_mars' }, expect.any(String) as unknown as string],
  ])('%s', (_name, change, message) => {
    const r = CameraReviewSchema.safeParse({ ...input, ...change });
    expect(r.success ? null : r.error.issues[0]?.message).toEqual(message);
    if (r.success) expect(r.data.plate).toBe('AB123CD');
  });
});
