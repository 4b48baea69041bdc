// Staffing the demo's operations the way a coordinator would, one after the other in order of start: first whom the
// type requires (an alcohol-test operator, an environment specialist or sound-meter operator — roster/requirements.ts),
// then a vehicle when one is free and someone may drive it, the instruments the type needs with a verification that
// holds until the operation ends, and the rest of the team from whoever has worked least that week. Nobody is booked
// twice; a person gets the full rest between operations (never two operations in one shift, which the roster would
// allow: a stricter rule that needs no shift arithmetic) and stays well inside the weekly limit. Resources are never
// double-booked, and nobody is booked on a day they are away. The roster's own checks (roster/detect.ts) must therefore find nothing on these reservations.
import type { Assigned } from '../operations/details.ts';
import type { OperationType } from '../operations/codes.ts';
import type { PersonRecord } from '../records/person.ts';
import type { ResourceRecord } from '../records/resource.ts';
import { absenceWindow } from '../roster/absences.ts';
import { calibrationValidUntil } from '../roster/calibration.ts';
import { requirementsOf, VEHICLE_NEEDS } from '../roster/requirements.ts';
import type { InstrumentKind, Qualification, RosterRules } from '../roster/types.ts';
import type { Prng } from '../random/prng.ts';
import type { DemoClock } from './clock.ts';
import { OPERATION_PATTERNS } from './operation-patterns.ts';

const HOUR = 3_600_000;
/** Kept below the weekly limit: an operation crossing into the next week counts whole in the week it starts. */
const WEEKLY_MARGIN_HOURS = 8;

interface PersonState {
  readonly person: PersonRecord;
  /** [start, end) of each absence. */
  readonly away: readonly (readonly [number, number])[];
  freeFrom: number;
  readonly hoursByWeek: Map<number, number>;
}

interface ResourceState {
  readonly resource: ResourceRecord;
  freeFrom: number;
  /** Instruments: the end of the last day the latest verification holds (earlier years were covered by earlier ones). */
  readonly validUntil: number;
}

export interface StaffedOperation {
  readonly id: string;
  readonly type: OperationType;
  readonly plannedStart: number;
  readonly plannedEnd: number;
}

export class Staffing {
  private readonly people: PersonState[];
  private readonly resources: ResourceState[];

  constructor(
    people: readonly PersonRecord[],
    resources: readonly ResourceRecord[],
    private readonly rules: RosterRules,
    private readonly clock: DemoClock,
    private readonly rng: Prng,
  ) {
    this.people = people.map((person) => ({
      person,
      away: (person.absences ?? []).map(absenceWindow),
      freeFrom: -Infinity,
      hoursByWeek: new Map(),
    }));
    this.resources = resources.map((resource) => ({
      resource,
      freeFrom: -Infinity,
      validUntil:
        resource.kind === 'vehicle' || resource.calibratedOn === undefined
          ? Infinity
          : calibrationValidUntil(resource.calibratedOn, rules.calibrationMonths[resource.kind as InstrumentKind]),
    }));
  }

  /** Whether an instrument's verification still holds at `at`. */
  inCalibration(resourceId: string, at: number): boolean {
    const found = this.resources.find((r) => r.resource.id === resourceId);
    return found !== undefined && found.validUntil >= at;
  }

  /** The reservation of an operation (call in order of start); everyone and everything in it is then taken. */
  staff(op: StaffedOperation): Assigned {
    const { plannedStart: start, plannedEnd: end } = op;
    const week = this.clock.weekOf(this.clock.dayOf(start));
    const hours = (end - start) / HOUR;
    const limit = this.rules.maxWeeklyHours - WEEKLY_MARGIN_HOURS;
    // Who may still work it, and how much each has worked this week: read once per operation.
    const available: { readonly p: PersonState; readonly worked: number }[] = [];
    for (const p of this.people) {
      const worked = p.hoursByWeek.get(week) ?? 0;
      const away = p.away.some(([from, to]) => from < end && start < to);
      if (p.freeFrom <= start && worked + hours <= limit && !away) available.push({ p, worked });
    }
    const offset = this.rng.int(0, Math.max(0, available.length - 1));
    const team: PersonState[] = [];
    /**
     * The least worked this week of those free, not yet in the team, who pass `fits` — ties to the first from a random
     * place in the roster, so the load spreads over everyone.
     */
    const next = (fits: (p: PersonState) => boolean) => {
      let best: (typeof available)[number] | undefined;
      for (let i = 0; i < available.length; i++) {
        const c = available[(i + offset) % available.length]!;
        if ((!best || c.worked < best.worked) && !team.includes(c.p) && fits(c.p)) best = c;
      }
      if (best) team.push(best.p);
      return best !== undefined;
    };
    const holds = (anyOf: readonly Qualification[]) => (p: PersonState) => p.person.qualifications.some((q) => anyOf.includes(q));
    const take = (anyOf: readonly Qualification[]) => team.some(holds(anyOf)) || next(holds(anyOf));
    const needs = requirementsOf(op.type);
    for (const anyOf of needs.people) take(anyOf);

    const taken: ResourceState[] = [];
    const free = (kind: ResourceRecord['kind']) =>
      this.resources.find((r) => r.resource.kind === kind && r.freeFrom <= start && r.validUntil >= end);
    const vehicle = OPERATION_PATTERNS[op.type].vehicle ? free('vehicle') : undefined;
    if (vehicle && take(VEHICLE_NEEDS)) taken.push(vehicle);
    for (const kind of needs.instruments) {
      const instrument = free(kind);
      if (instrument) taken.push(instrument);
    }

    const [min, max] = OPERATION_PATTERNS[op.type].team;
    const size = this.rng.int(min, max);
    while (team.length < size) if (!next(() => true)) break;

    for (const p of team) {
      p.freeFrom = end + this.rules.minRestHours * HOUR;
      p.hoursByWeek.set(week, (p.hoursByWeek.get(week) ?? 0) + hours);
    }
    for (const r of taken) r.freeFrom = end;
    return { people: team.map((p) => p.person.id).sort(), resources: taken.map((r) => r.resource.id) };
  }
}
