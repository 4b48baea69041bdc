import { describe, expect, it } from 'vitest';
import { MutationSchema } from '../../../../shared/records/mutations.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { checkCalibrate, initialCalibrateValues, type CalibrateValues } from './calibrate-form.ts';

const NOW = cordobaInstant(2026, 12, 10, 23, 30); // already the 11th in UTC

describe('the calibration form', () => {
  it('starts on today in Córdoba', () => {
    expect(initialCalibrateValues(NOW)).toEqual({ date: '2026-12-10', certificate: '' });
  });

  it('sends the day and the trimmed certificate, as the hub reads them', () => {
    const checked = checkCalibrate('alco-01', { date: '2026-12-10', certificate: '  INTI-2026-0415 ' }, NOW);
    expect(checked).toEqual({
      ok: true,
      mutation: { kind: 'resource.calibrate', id: 'alco-01', calibratedOn: '2026-12-10', certificate: 'INTI-2026-0415' },
    });
    expect(checked.ok && MutationSchema.safeParse(checked.mutation).success).toBe(true);
  });

  it.each<[Partial<CalibrateValues>, object]>([
    [{ date: '' }, { date: 'required' }],
    [{ date: '10/12/2026' }, { date: 'invalid_date' }],
    [{ date: '2026-02-30' }, { date: 'invalid_date' }],
    [{ date: '2026-12-11' }, { date: 'future_date' }],
    [{ certificate: '   ' }, { certificate: 'required' }],
    [{ certificate: 'x'.repeat(81) }, { certificate: 'too_long' }],
    [
      { date: '', certificate: '' },
      { date: 'required', certificate: 'required' },
    ],
  ])('marks %j', (values, problems) => {
    expect(checkCalibrate('alco-01', { date: '2026-12-09', certificate: 'A-1', ...values }, NOW)).toEqual({ ok: false, problems });
  });
});
