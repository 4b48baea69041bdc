// The demo data set as a story: the planned operations of generate-operations.ts, told in order of start the way the
// program would have lived them. Each one gets its type's plan and is staffed by a coordinator (staffing.ts); the past
// ones are closed with their typed result and findings, and what the close derives (operation.ts's derivedOf) makes
// the court's incoming actas and the notices' follow-ups. A notice is notified (CiDi mostly) a few days later through notice.notify, which
// plans its re-inspection — an operation that takes the place of a planned one, so the set keeps its size — and the
// re-inspection's result (notice.reinspect: by the owner, by the city at the owner's cost, or not complied → acta)
// follows the city's 2021 figures. Complaints reach Despacho meanwhile (incidents.ts), and the court works every acta
// (court.ts). The last fourteen months are told in full, the months before as summaries (DETAILED_DAYS).
// Deterministic for (seed, count, until); every change is one the kinds' own rules accept.
import type { Unit } from '../live/units.ts';
import { uuidv7 } from '../ids/uuidv7.ts';
import { OPERATION_TYPES, type OperationType } from '../operations/codes.ts';
import type { Operation } from '../operations/types.ts';
import { caseNumber as courtNumber } from '../court/case-number.ts';
import type { CourtCase } from '../records/court-case-schema.ts';
import type { Hearing } from '../records/hearing-schema.ts';
import type { Incident } from '../records/incident-schema.ts';
import { derivedOf } from '../records/operation.ts';
import type { Notice, NoticeResult } from '../records/notice-schema.ts';
import type { PersonRecord } from '../records/person.ts';
import type { ResourceRecord } from '../records/resource.ts';
import { createPrng } from '../random/prng.ts';
import { requirementsOf } from '../roster/requirements.ts';
import { rosterRulesAt } from '../roster/rules-at.ts';
import { cordobaWeek } from '../roster/shifts.ts';
import type { SettingEntry } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { Agenda } from './agenda.ts';
import { DemoClock } from './clock.ts';
import { tellCourt } from './court.ts';
import { DEMO_SETTINGS } from './demo-settings.ts';
import { generateOperations } from './generate-operations.ts';
import { Identities } from './identities.ts';
import { complaintTimes, tellIncident } from './incidents.ts';
import { TYPE_STORIES } from './results/by-type.ts';
import type { ClosingInput, TypedClosing } from './results/closing-input.ts';
import { noiseReinspectionClosing } from './results/noise.ts';
import { vacantLotReinspectionClosing } from './results/vacant-lot.ts';
import { demoRoster } from './roster.ts';
import { Staffing } from './staffing.ts';
import { weighted, type Weights } from './weighted.ts';
import { DemoWorld } from './world.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HORIZON_DAYS = 30;
/** The court's hearings may be booked weeks after the last operation. */
const CALENDAR_TAIL_DAYS = 120;
const VERIFICATION_DAYS = 366;
const COMPLAINTS_PER_OPERATION = 0.1;
/**
 * How far back the story is told in full (staffing, results, findings, notices, complaints, court): fourteen months —
 * the dashboard's last twelve whole months, the month under way, and the monthly report's same month a year before.
 * Older operations stay as the generator planned them, closed with a summary: telling three years of 25,000
 * operations in full made the demo hub's first start about three times slower (and consoles following it time out
 * on a loaded machine).
 */
const DETAILED_DAYS = 426;
const COORDINATOR = 'coordinacion';

/** How a notice's re-inspection ends: the city's 2021 figures — 75 % repaired, 83 % of those by the owners. */
const NOTICE_RESULTS: Readonly<Record<'vacant_lot' | 'noise_check', Weights<NoticeResult>>> = {
  vacant_lot: [
    ['complied_by_owner', 0.62],
    ['complied_by_city', 0.13],
    ['not_complied', 0.25],
  ],
  noise_check: [
    ['complied_by_owner', 0.7],
    ['not_complied', 0.3],
  ],
};
const REINSPECTION_COMMENTS: Readonly<Record<NoticeResult, string>> = {
  complied_by_owner: 'El propietario cumplió en término',
  complied_by_city: 'Limpieza por la Municipalidad con cargo al propietario',
  not_complied: 'Sin cumplimiento a la fecha de la re-inspección',
};
const REINSPECTIONS: Readonly<
  Record<'vacant_lot' | 'noise_check', (input: ClosingInput, follow: FollowUp, comment: string) => TypedClosing>
> = {
  vacant_lot: (input, follow, comment) => vacantLotReinspectionClosing(input, follow.cadastralId!, comment),
  noise_check: (input, follow, comment) => noiseReinspectionClosing(input, follow.outcome === 'complied_by_owner', comment),
};

export interface DemoStoryOptions {
  readonly seed: number;
  /** Operations in all, re-inspections included. */
  readonly count: number;
  /** "Now": what is later has not happened yet. */
  readonly until: number;
  readonly spanDays?: number;
  /** How far back the story is told in full (DETAILED_DAYS by default). */
  readonly detailedDays?: number;
  /** The fleet that answers complaints (the hub's demo units). */
  readonly units: readonly Unit[];
  /** The number a case opened now takes (the hub's counter); the demo's own sequence by default. */
  readonly caseNumber?: (year: number) => string;
}

export interface DemoStory {
  readonly people: readonly PersonRecord[];
  readonly resources: readonly ResourceRecord[];
  /** The demo's own dated settings, besides the defaults (demo-settings.ts). */
  readonly settings: readonly SettingEntry[];
  readonly operations: readonly Operation[];
  readonly notices: readonly Notice[];
  readonly incidents: readonly Incident[];
  /** The court's cases and hearings as they stand at `until`. */
  readonly courtCases: readonly CourtCase[];
  readonly hearings: readonly Hearing[];
  /** Steps the kinds refused (and the story skipped): zero when the story is told right. */
  readonly refused: number;
}

interface FollowUp {
  readonly noticeId: string;
  readonly outcome: NoticeResult;
  /** The parcel a lot's re-inspection visits (every lot's notice names one; null for other notices). */
  readonly cadastralId: string | null;
}

/** Which planned operations (by order of start) a re-inspection has taken the place of: the first free one from a start. */
class Slots {
  private readonly next: Int32Array;
  constructor(private readonly starts: readonly number[]) {
    this.next = Int32Array.from({ length: starts.length + 1 }, (_, i) => i);
  }

  private free(i: number): number {
    while (this.next[i] !== i) {
      this.next[i] = this.next[this.next[i]!]!;
      i = this.next[i]!;
    }
    return i;
  }

  taken(i: number): boolean {
    return this.free(i) !== i;
  }

  /** Takes the first free slot at or after `from` that starts no earlier than `start`; false when none is left. */
  take(from: number, start: number): boolean {
    let [lo, hi] = [Math.min(from, this.starts.length), this.starts.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const slot = this.free(lo);
    if (slot >= this.starts.length) return false;
    this.next[slot] = slot + 1;
    return true;
  }
}

/** Each instrument-bound type runs at most as many times a day as there are instruments in calibration. */
function dailyLimits(resources: readonly ResourceRecord[], staffing: Staffing, at: number): Partial<Record<OperationType, number>> {
  const limits: Partial<Record<OperationType, number>> = {};
  for (const type of OPERATION_TYPES) {
    for (const kind of requirementsOf(type).instruments) {
      const usable = resources.filter((r) => r.kind === kind && staffing.inCalibration(r.id, at)).length;
      limits[type] = Math.min(limits[type] ?? Infinity, usable);
    }
  }
  return limits;
}

export function demoStory(options: DemoStoryOptions): DemoStory {
  const { seed, count, until, units } = options;
  const spanDays = options.spanDays ?? 3 * 365;
  const settings = [...DEFAULT_SETTINGS, ...DEMO_SETTINGS];
  const detailedDays = Math.min(spanDays, options.detailedDays ?? DETAILED_DAYS);
  // From a year before the first detailed operation (the instruments' verifications then) to weeks after the last
  // operation (the hearings booked then).
  const clock = new DemoClock(
    until - (detailedDays + VERIFICATION_DAYS) * DAY,
    detailedDays + VERIFICATION_DAYS + HORIZON_DAYS + CALENDAR_TAIL_DAYS,
  );
  const weekEnd = cordobaWeek(clock.isoOf(until)).end;
  const detailedFrom = spanDays > detailedDays ? clock.start(clock.dayOf(until - detailedDays * DAY)) : -Infinity;
  const archive: Operation[] = [];
  const rng = createPrng(seed ^ 0x5eed5);
  const newId = (at: number) => uuidv7(at, rng.fill);
  const perYear = new Map<number, number>();
  const world = new DemoWorld(
    settings,
    options.caseNumber ?? ((year) => courtNumber(year, perYear.set(year, (perYear.get(year) ?? 0) + 1).get(year)!)),
  );
  const { people, resources } = demoRoster(until);
  for (const person of people) world.put('person', person);
  for (const unit of units) world.put('unit', unit);
  const staffing = new Staffing(people, resources, rosterRulesAt(settings, until)!, clock, rng);
  const identities = new Identities(rng);
  const resourceById = new Map(resources.map((r) => [r.id, r]));
  const closingInput = (op: Operation): ClosingInput => ({ op, rng, identities, clock, settings, resources: resourceById, newId });

  const plans: (Operation | undefined)[] = [
    ...generateOperations({
      seed,
      count,
      until,
      spanDays,
      horizonDays: HORIZON_DAYS,
      limitPerDay: dailyLimits(resources, staffing, until),
    }),
  ];
  const order = plans.map((_, i) => i).sort((a, b) => plans[a]!.plannedStart - plans[b]!.plannedStart || a - b);
  const slots = new Slots(order.map((i) => plans[i]!.plannedStart));
  const reinspections = new Agenda<FollowUp & { readonly operationId: string }>();
  const caseIds: string[] = [];
  let cursor = 0; // the first planned operation (in order of start) not yet told

  /**
   * The operation moved along its lifecycle up to `status` by the demo coordinator, with `details` (its typed plan, its
   * team), one version per change. A derived re-inspection's timeline goes on with each step; the planned operations
   * come without one, as the demo's always have (a timeline of every status of 25,000 operations would add megabytes
   * and no story).
   */
  function advanced(op: Operation, status: Operation['status'], details: Operation['details']): Operation {
    const steps = ['draft', 'planned', 'reserved', 'in_progress'];
    const reached = status === 'cancelled' ? 3 : steps.indexOf(status) + 1;
    const timeline = op.details?.timeline && [...op.details.timeline];
    const at = status === 'in_progress' ? op.plannedStart : Math.floor((op.createdAt + op.plannedStart) / 2);
    if (timeline && status !== timeline[timeline.length - 1]!.status) timeline.push({ at, status, by: COORDINATOR });
    return {
      ...op,
      status,
      details: { ...op.details, ...details, ...(timeline ? { timeline } : {}) },
      updatedAt: Math.max(op.createdAt, Math.min(at, until)),
      version: reached + (details?.assigned ? 1 : 0) + (details?.typedPlan ? 1 : 0),
    };
  }

  /**
   * Closes an operation in progress with its type's result at `at`, as operation.close would (its result is valid
   * by construction — the tests parse every one — so it is not parsed again here), and takes what its findings start
   * (derivedOf, the close's own): the court's actas and the notices' follow-ups.
   */
  function close(inProgress: Operation, closing: TypedClosing, at: number): void {
    const timeline = inProgress.details?.timeline && [...inProgress.details.timeline, { at, status: 'closed' as const, by: COORDINATOR }];
    const details = { ...inProgress.details, result: closing.result, findings: closing.findings, ...(timeline ? { timeline } : {}) };
    const closed: Operation = {
      ...inProgress,
      status: 'closed',
      resultSummary: closing.summary,
      details,
      updatedAt: at,
      version: inProgress.version + 1,
    };
    world.put('operation', closed);
    world.made(derivedOf(closed, closing.findings, world.context(at, 'coordinator')));
    for (const { id, finding } of closing.findings) {
      if (finding.outcome === 'acta') caseIds.push(id);
      if (finding.outcome === 'notice') {
        const cadastralId = inProgress.type === 'vacant_lot' ? (closing.result as { cadastralId: string }).cadastralId : null;
        followUp(id, at, inProgress.type, cadastralId, cursor + 1);
      }
    }
  }

  /**
   * A notice is notified a few hours to days after it was written: the notification plans its re-inspection, which
   * takes the place of the first planned operation free at its start (none left: the notice waits to be notified).
   */
  function followUp(noticeId: string, createdAt: number, type: OperationType, cadastralId: string | null, from: number): void {
    const outcomes = type === 'noise_check' ? NOTICE_RESULTS.noise_check : NOTICE_RESULTS.vacant_lot;
    const notifiedAt = createdAt + rng.int(3 * 60, 4 * 24 * 60) * MINUTE;
    if (notifiedAt > until) return;
    const channel = weighted(rng, [
      ['cidi', 0.8],
      ['in_person', 0.12],
      ['address', 0.08],
    ] as const);
    const mutation = { kind: 'notice.notify', id: noticeId, channel, notifiedAt, reinspectionId: newId(notifiedAt) } as const;
    const at = Math.min(until, notifiedAt + rng.int(1, 30) * MINUTE);
    // Half the re-inspections go on the planned morning; the rest a few days later, when the team has a free morning.
    const delay = rng.chance(0.5) ? 0 : rng.int(1, 4) * DAY;
    const kept = world.apply(mutation, at, 'coordinator', ({ derived }) => {
      const planned = derived?.[0]?.record as Operation | undefined;
      return planned !== undefined && slots.take(from, planned.plannedStart + delay);
    });
    if (!kept) return;
    const { id, plannedStart, plannedEnd } = world.get('operation', mutation.reinspectionId)!;
    const patch = { plannedStart: plannedStart + delay, plannedEnd: plannedEnd + delay };
    if (delay) world.apply({ kind: 'operation.update', id, patch }, at, 'coordinator');
    reinspections.add(patch.plannedStart, { noticeId, outcome: weighted(rng, outcomes), cadastralId, operationId: id });
  }

  /** A re-inspection when its morning comes: staffed, and — once done — its result on the notice and the operation. */
  function reinspect(follow: FollowUp & { readonly operationId: string }): void {
    const planned = world.get('operation', follow.operationId)!;
    const closing = REINSPECTIONS[planned.type as 'vacant_lot' | 'noise_check'];
    if (planned.plannedStart >= weekEnd || !closing) return; // a later week's: planned, not staffed yet
    const assigned = staffing.staff(planned);
    if (planned.plannedStart > until) return world.put('operation', advanced(planned, 'reserved', { assigned }));
    const inProgress = advanced(planned, 'in_progress', { assigned });
    if (planned.plannedEnd > until) return world.put('operation', inProgress);
    const at = planned.plannedStart + rng.int(20, 90) * MINUTE;
    const comment = REINSPECTION_COMMENTS[follow.outcome];
    const actaId = newId(at);
    const notice = world.apply<'notice'>(
      { kind: 'notice.reinspect', id: follow.noticeId, outcome: follow.outcome, at, comment, actaId },
      at,
      'coordinator',
    );
    if (notice?.result?.actaId) caseIds.push(notice.result.actaId);
    close(inProgress, closing(closingInput(inProgress), follow, comment), planned.plannedEnd + rng.int(10, 120) * MINUTE);
  }

  /** A planned operation when its time comes: its type's plan, its team, and — once done — its result and findings. */
  function tell(plan: Operation): void {
    if (plan.plannedStart < detailedFrom) return void archive.push(plan); // a summary, no details
    const typedPlan = TYPE_STORIES[plan.type].plan({ op: plan, rng, identities });
    if (plan.status === 'cancelled' || plan.status === 'draft' || plan.status === 'planned') {
      world.put('operation', advanced(plan, plan.status, { typedPlan }));
      return;
    }
    const assigned = staffing.staff(plan);
    if (plan.status === 'reserved') return world.put('operation', advanced(plan, 'reserved', { typedPlan, assigned }));
    const inProgress = advanced(plan, 'in_progress', { typedPlan, assigned });
    if (plan.status === 'in_progress') return world.put('operation', inProgress);
    const closedAt = Math.min(until, plan.plannedEnd + rng.int(15, 36 * 60) * MINUTE);
    close(inProgress, TYPE_STORIES[plan.type].close(closingInput(inProgress)), closedAt);
  }

  const teller = { world, clock, rng, identities, settings, units, promoterIds: people.map((p) => p.id), until };
  // About one complaint a day for every ten operations (two a day at the demo's pace): a small demo gets a few.
  const complaints = complaintTimes(
    teller,
    clock.dayOf(Math.max(detailedFrom, until - spanDays * DAY)),
    (count / spanDays) * COMPLAINTS_PER_OPERATION,
  );
  const busyUntil = new Map<string, number>();
  let nextComplaint = 0;
  const tellComplaintsUntil = (at: number) => {
    for (; nextComplaint < complaints.length && complaints[nextComplaint]! <= at; nextComplaint++) {
      const receivedAt = complaints[nextComplaint]!;
      const lot = tellIncident(teller, receivedAt, busyUntil);
      const notice = lot && world.get('notice', lot.noticeId);
      if (notice) followUp(notice.id, notice.createdAt, 'vacant_lot', lot.cadastralId, cursor);
    }
  };

  for (; cursor < order.length; cursor++) {
    const plan = plans[order[cursor]!]!;
    while (reinspections.peek() <= plan.plannedStart) reinspect(reinspections.take()!.item);
    tellComplaintsUntil(plan.plannedStart);
    if (!slots.taken(cursor)) tell(plan);
    plans[order[cursor]!] = undefined; // told: its record is the world's now
  }
  while (reinspections.size) reinspect(reinspections.take()!.item);
  tellComplaintsUntil(until);
  tellCourt({ world, clock, rng, settings, until }, caseIds);

  return {
    people,
    resources,
    settings: DEMO_SETTINGS,
    operations: [...archive, ...world.all('operation')],
    notices: world.all('notice'),
    incidents: world.all('incident'),
    courtCases: world.all('court_case'),
    hearings: world.all('hearing'),
    refused: world.refused,
  };
}
