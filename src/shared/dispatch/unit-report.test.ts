import { describe, expect, it } from 'vitest';
import type { Unit } from '../live/units.ts';
import { unitAt } from '../records/test-support/dispatch.ts';
import { reportStatus, type StatusReport } from './unit-report.ts';

const T = Date.UTC(2026, 2, 14, 2, 0);

describe('reportStatus', () => {
  const reported = unitAt('M-1', { status: 'en_route', statusAt: T, statusSource: 'device', version: 4 });

  it.each<[string, Unit, StatusReport, boolean]>([
    ['a newer report from the device', reported, { status: 'on_scene', at: T + 1, source: 'device' }, true],
    ['a newer report from a dispatcher', reported, { status: 'break', at: T + 60_000, source: 'dispatcher' }, true],
    ['a report of the same instant (the last to arrive wins)', reported, { status: 'on_scene', at: T, source: 'dispatcher' }, true],
    ['a report 1 ms older', reported, { status: 'available', at: T - 1, source: 'dispatcher' }, false],
    ['a device buffer sent late, an hour older', reported, { status: 'on_scene', at: T - 3_600_000, source: 'device' }, false],
    [
      'the first report of a unit never reported',
      unitAt('M-1', { version: 4 }),
      { status: 'en_route', at: T - 3_600_000, source: 'device' },
      true,
    ],
  ])('%s: applied %s', (_, unit, report, applied) => {
    const result = reportStatus(unit, report);
    expect(result.applied).toBe(applied);
    expect(result.unit).toEqual(
      applied ? { ...unit, status: report.status, statusAt: report.at, statusSource: report.source, version: 5 } : { ...unit, version: 5 }, // recorded as a change, the newer status kept
    );
  });

  it('touches nothing but the status, its time and source (task, crew and silence stay)', () => {
    const busy = unitAt('M-2', {
      status: 'dispatched',
      statusAt: T,
      statusSource: 'dispatcher',
      task: { kind: 'incident', id: 'i-1' },
      silenceAck: { lastSeenAt: T - 5, at: T, by: 'despacho' },
    });
    const { unit } = reportStatus(busy, { status: 'en_route', at: T + 1, source: 'device' });
    expect(unit).toEqual({ ...busy, status: 'en_route', statusAt: T + 1, statusSource: 'device', version: busy.version + 1 });
    expect(busy.status).toBe('dispatched'); // the input is left as it was
  });
});
