// Runs in: Node. Device reports refused for their clock (clock-tolerance.ts), counted per unit since the hub
// started. In memory only: it tells an administrator which devices need attention now, not a history — and a
// device can only report for its own unit, so there is at most one entry per unit.
import type { ClockRefusal, ClockTolerance, FieldHealth, UnitClockRefusals } from '../../shared/hub-protocol/field-health.ts';

type Counts = { -readonly [K in keyof UnitClockRefusals]: UnitClockRefusals[K] };

export class ClockRefusalCounts {
  private readonly units = new Map<string, Omit<Counts, 'callSign'>>();

  constructor(private readonly since: number) {}

  count(unitId: string, refusal: ClockRefusal, deviceTime: number, at: number): void {
    let counts = this.units.get(unitId);
    if (!counts) this.units.set(unitId, (counts = { unitId, ahead: 0, behind: 0, lastDeviceTime: deviceTime, lastRefusedAt: at }));
    if (refusal === 'clock_ahead') counts.ahead++;
    else counts.behind++;
    [counts.lastDeviceTime, counts.lastRefusedAt] = [deviceTime, at];
  }

  /** What administrators see: the counts, the latest refused first, with the tolerance in force. */
  health(tolerance: ClockTolerance | null, callSignOf: (unitId: string) => string | null): FieldHealth {
    const units = [...this.units.values()]
      .map((counts) => ({ ...counts, callSign: callSignOf(counts.unitId) }))
      .sort((a, b) => b.lastRefusedAt - a.lastRefusedAt || a.unitId.localeCompare(b.unitId));
    return { since: this.since, tolerance, units };
  }
}
