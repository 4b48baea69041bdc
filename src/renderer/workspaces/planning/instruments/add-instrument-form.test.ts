import { describe, expect, it } from 'vitest';
import { MutationSchema } from '../../../../shared/records/mutations.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import { checkAddInstrument, INITIAL_ADD_INSTRUMENT, type AddInstrumentValues } from './add-instrument-form.ts';

const NOW = cordobaInstant(2026, 12, 10, 12);
const FILLED: AddInstrumentValues = { ...INITIAL_ADD_INSTRUMENT, label: ' Alcoholímetro 7 ', serial: 'DS-2026/0415' };

describe('the add-instrument form', () => {
  it('sends a new instrument with its id from kind and serial, and its calibration when given', () => {
    const checked = checkAddInstrument({ ...FILLED, model: 'Dräger 6820', calibratedOn: '2026-12-01', certificate: 'INTI-1' }, NOW);
    expect(checked).toEqual({
      ok: true,
      mutation: {
        kind: 'resource.create',
        id: 'alco-ds-2026-0415',
        instrument: 'breathalyser',
        label: 'Alcoholímetro 7',
        serial: 'DS-2026/0415',
        model: 'Dräger 6820',
        calibration: { on: '2026-12-01', certificate: 'INTI-1' },
      },
    });
    expect(checked.ok && MutationSchema.safeParse(checked.mutation).success).toBe(true);
    expect(checkAddInstrument({ ...FILLED, instrument: 'sound_meter' }, NOW)).toMatchObject({
      ok: true,
      mutation: { id: 'sono-ds-2026-0415', instrument: 'sound_meter' },
    });
  });

  it.each<[Partial<AddInstrumentValues>, object]>([
    [
      { label: ' ', serial: '' },
      { label: 'required', serial: 'required' },
    ],
    [{ serial: 'x'.repeat(61) }, { serial: 'too_long' }],
    [{ calibratedOn: '2026-12-11', certificate: 'A' }, { calibratedOn: 'future_date' }],
    [{ calibratedOn: '2026-13-01', certificate: 'A' }, { calibratedOn: 'invalid_date' }],
    [{ calibratedOn: '2026-12-01' }, { certificate: 'required' }],
    [{ certificate: 'A-1' }, { calibratedOn: 'certificate_without_date' }],
  ])('marks %j', (values, problems) => {
    expect(checkAddInstrument({ ...FILLED, ...values }, NOW)).toEqual({ ok: false, problems });
  });
});
