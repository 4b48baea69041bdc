// Runs in: Node. The device clock tolerance in force (dated setting field.clockTolerance). It is read for every
// report — up to 20 a second from each of thousands of devices — so the value is kept for the Córdoba day it was
// read for (a dated setting changes only from a day's start), and read again when that day is over or when the
// settings change (the hub calls forget() when it publishes a setting).
import { clockWindow, type ClockTolerance, type ClockWindow } from '../../shared/hub-protocol/field-health.ts';
import { settingAt, type SettingEntry } from '../../shared/settings/dated.ts';
import { cordobaDayRange, cordobaIsoDate } from '../../shared/time/cordoba.ts';

interface Kept {
  readonly value: ClockTolerance | null;
  /** The Córdoba day the value is in force for: [from, until). */
  readonly from: number;
  readonly until: number;
}

export class ClockToleranceCache {
  private kept: Kept | null = null;

  constructor(private readonly settings: () => readonly SettingEntry[]) {}

  /** The tolerance in force at `now` (null: none is, and no report is refused for its clock). */
  at(now: number): ClockTolerance | null {
    const kept = this.kept;
    if (kept && now >= kept.from && now < kept.until) return kept.value;
    const [from, until] = cordobaDayRange(cordobaIsoDate(now))!;
    const value = settingAt(this.settings(), 'field.clockTolerance', now) ?? null;
    this.kept = { value, from, until };
    return value;
  }

  /** The device times accepted at `now` (null: any). */
  window(now: number): ClockWindow | null {
    const tolerance = this.at(now);
    return tolerance && clockWindow(now, tolerance);
  }

  /** The settings changed: read them again for the next report. */
  forget(): void {
    this.kept = null;
  }
}
