// Issue 15's calibrations through the real hub and consoles: a coordinator lists the demo's instruments (the lapsed
// breathalyser among those due) and records a new calibration; the hub takes it and another console reads the
// instrument as valid. A dispatcher reads the list but may not calibrate; the court roles read neither.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { RosterInstruments } from '../shared/api/planning.ts';
import { cordobaIsoDate } from '../shared/time/cordoba.ts';
import { call, consoleFor, eventually, hubAt, untilLive } from './test-support/following-console.ts';

const LAPSED = 'alco-06';
const stateOf = (view: RosterInstruments, id: string) => view.rows.find((r) => r.instrument.id === id)?.state;

describe('recording an instrument’s calibration', () => {
  it('is the coordinators’ and administrators’; every console that reads resources sees the instrument valid', async () => {
    const hub = await hubAt(tempDir());
    const coordinator = consoleFor(hub, { role: 'coordinator' });
    const dispatcher = consoleFor(hub, { role: 'dispatcher' });
    const clerk = consoleFor(hub, { role: 'court_clerk' });
    await Promise.all([untilLive(coordinator, 20_000), untilLive(dispatcher, 20_000), untilLive(clerk, 20_000)]);

    const before = await call<RosterInstruments>(coordinator, 'roster.instruments', {});
    expect(before.dueWithinDays).toBe(30);
    expect(before.calibrationMonths).toEqual({ breathalyser: 12, sound_meter: 12 });
    expect(before.rows.filter((r) => r.state === 'lapsed').map((r) => r.instrument.id)).toEqual([LAPSED, 'sono-04'].sort());
    expect(stateOf(before, 'alco-01')).toBe('valid');

    const calibration = { kind: 'resource.calibrate', id: LAPSED, calibratedOn: cordobaIsoDate(Date.now()), certificate: 'INTI-2026-0415' };
    expect(await dispatcher.dispatch('records.mutate', { mutation: calibration })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await call(coordinator, 'records.mutate', { mutation: calibration });
    expect(stateOf(await call<RosterInstruments>(coordinator, 'roster.instruments', {}), LAPSED)).toBe('valid');

    const seen = await eventually(
      () => call<RosterInstruments>(dispatcher, 'roster.instruments', {}),
      (view) => stateOf(view, LAPSED) === 'valid',
      20_000,
    );
    expect(seen.rows.find((r) => r.instrument.id === LAPSED)?.instrument).toMatchObject({ certificate: 'INTI-2026-0415', version: 2 });
    expect(await clerk.dispatch('roster.instruments', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await coordinator.dispatch('roster.instruments', { all: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
