// The calibration state of every measuring instrument, for the coordinator's list: lapsed, never recorded, due
// (lapsing by the end of the Córdoba day `withinDays` days from today: 30 by default) or valid, the soonest first.
// Validity is the roster's own rule (calibration.ts with the months in force now), so this list and the roster's
// «fuera de calibración» agree.
import type { ResourceRecord } from '../records/resource.ts';
import type { SettingEntry } from '../settings/dated.ts';
import { addDaysIso } from '../settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../time/cordoba.ts';
import { calibrationValidUntil } from './calibration.ts';
import { rosterRulesAt } from './rules-at.ts';
import type { InstrumentKind } from './types.ts';

export const INSTRUMENT_STATES = ['never', 'lapsed', 'due', 'valid'] as const;
export type InstrumentState = (typeof INSTRUMENT_STATES)[number];

export type Instrument = ResourceRecord & { readonly kind: InstrumentKind };

export interface InstrumentRow {
  readonly instrument: Instrument;
  readonly state: InstrumentState;
  /** The end of the last valid day (null: never calibrated). */
  readonly validUntil: number | null;
}

export const DUE_WITHIN_DAYS = 30;

const isInstrument = (r: ResourceRecord): r is Instrument => r.kind !== 'vehicle';

/** Every instrument with its state at `now`, the soonest to lapse first (none without a calibration rule in force). */
export function instrumentStates(
  resources: readonly ResourceRecord[],
  settings: readonly SettingEntry[],
  now: number,
  withinDays = DUE_WITHIN_DAYS,
): InstrumentRow[] {
  const rules = rosterRulesAt(settings, now);
  if (!rules) return [];
  const horizon = cordobaDayRange(addDaysIso(cordobaIsoDate(now), withinDays))![1];
  const rows = resources.filter(isInstrument).map((instrument): InstrumentRow => {
    if (instrument.calibratedOn === undefined) return { instrument, state: 'never', validUntil: null };
    const validUntil = calibrationValidUntil(instrument.calibratedOn, rules.calibrationMonths[instrument.kind]);
    return { instrument, state: validUntil <= now ? 'lapsed' : validUntil <= horizon ? 'due' : 'valid', validUntil };
  });
  return rows.sort(
    (a, b) => (a.validUntil ?? -Infinity) - (b.validUntil ?? -Infinity) || a.instrument.label.localeCompare(b.instrument.label),
  );
}
