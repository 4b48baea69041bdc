// The demo's story, checked with the project's own rules: every record passes its kind's schema, the roster's conflict
// detection finds nothing in the staffed weeks, the notices follow the city's 2021 figures, the indicators the
// dashboard computes come out plausible, and identities come back ("warn first, sanction on repeat").
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../court/case-status.ts';
import { caseStatus, currentHearing } from '../court/effective-status.ts';
import { noticeStage } from '../notices/stage.ts';
import { OPERATION_RESULT_SCHEMAS } from '../operations/closing.ts';
import { TYPED_PLAN_SCHEMAS } from '../operations/typed-plan.ts';
import { recordSchema, type RecordEntity } from '../records/registry.ts';
import { detectConflicts } from '../roster/detect.ts';
import { rosterRulesAt } from '../roster/rules-at.ts';
import { cordobaWeek } from '../roster/shifts.ts';
import type { Conflict } from '../roster/types.ts';
import { alcoholVerdict, ALCOHOL_SETTING_KEYS } from '../rules/alcohol.ts';
import { identityKey } from '../rules/identity.ts';
import { noiseVerdict, NOISE_SETTING_KEYS } from '../rules/noise.ts';
import { settingsAt } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { cordobaIsoDate } from '../time/cordoba.ts';
import { DEMO_SETTINGS } from './demo-settings.ts';
import { demoFleet } from './fleet.ts';
import { demoStory, type DemoStory } from './story.ts';

const DAY = 86_400_000;
const UNTIL = Date.UTC(2026, 10, 26, 15); // a Thursday afternoon in Córdoba
const SETTINGS = [...DEFAULT_SETTINGS, ...DEMO_SETTINGS];
/** About the demo's density (≈ 22 operations a day), over a shorter span so the suite stays quick. */
// Told in full for the last seven months only, so the test also sees the older months kept as summaries.
const story = demoStory({ seed: 2016, count: 6_000, until: UNTIL, spanDays: 270, detailedDays: 213, units: demoFleet(24) });
/** The operations closed with their result (the months told in full). */
const closed = story.operations.filter((o) => o.status === 'closed' && o.details);
const share = (part: number, whole: number) => part / whole;
/**
 * The court's steps a case only passes through (a hearing held or in absentia, until it is resolved) or reaches late
 * (after a resolution or a payment): the shorter story need not catch a case at each. It must at every other step.
 */
const PASSING_STEPS: readonly CaseStatus[] = [
  'hearing_held',
  'default_judgment',
  'payment_plan',
  'appealed',
  'community_work_done',
  'closed',
];

/** The roster conflicts of the Córdoba week holding `instant`, as Planificación → Turnos computes them. */
function weekConflicts(s: DemoStory, instant: number): { operations: number; conflicts: Conflict[] } {
  const { start, end } = cordobaWeek(cordobaIsoDate(instant));
  const ops = s.operations.filter((o) => o.plannedStart < end + DAY && o.plannedEnd > start - DAY && o.status !== 'cancelled');
  const week = {
    start,
    end,
    people: s.people,
    resources: s.resources,
    operations: ops.map((o) => ({ id: o.id, type: o.type, start: o.plannedStart, end: o.plannedEnd })),
    assignments: ops.flatMap((o) => [
      ...(o.details?.assigned?.people ?? []).map((personId) => ({ operationId: o.id, personId })),
      ...(o.details?.assigned?.resources ?? []).map((resourceId) => ({ operationId: o.id, resourceId })),
    ]),
  };
  return { operations: ops.length, conflicts: detectConflicts(week, rosterRulesAt(SETTINGS, start)!) };
}

describe('the demo story', () => {
  it('is the same for the same seed and "now", and another for another seed', () => {
    const small = (seed: number) => demoStory({ seed, count: 800, until: UNTIL, spanDays: 40, units: demoFleet(24) });
    const [a, b, c] = [small(7), small(7), small(8)];
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.operations.map((o) => o.id)).not.toEqual(a.operations.map((o) => o.id));
  });

  it('keeps its size, re-inspections included, and every change was one the kinds accept', () => {
    expect(story.operations).toHaveLength(6_000);
    expect(new Set(story.operations.map((o) => o.id)).size).toBe(6_000);
    expect(story.refused).toBe(0);
  });

  it('makes only records their kinds’ schemas accept, results and typed plans included', () => {
    const kinds: [RecordEntity, readonly unknown[]][] = [
      ['operation', story.operations],
      ['notice', story.notices],
      ['incident', story.incidents],
      ['court_case', story.courtCases],
      ['hearing', story.hearings],
      ['person', story.people],
      ['resource', story.resources],
    ];
    for (const [entity, records] of kinds) {
      expect(records.length, entity).toBeGreaterThan(0);
      for (const record of records) expect(recordSchema(entity).safeParse(record).error?.issues, `${entity}`).toBeUndefined();
    }
    for (const o of closed) expect(OPERATION_RESULT_SCHEMAS[o.type].safeParse(o.details?.result).error?.issues, o.type).toBeUndefined();
    for (const o of story.operations.filter((o) => o.details?.typedPlan !== undefined)) {
      expect(TYPED_PLAN_SCHEMAS[o.type].safeParse(o.details?.typedPlan).success, o.type).toBe(true);
    }
  });

  it('staffs this week and past weeks as a coordinator would: Turnos finds no conflict, no one booked twice', () => {
    for (const weeksAgo of [0, 1, 8, 26]) {
      const { operations, conflicts } = weekConflicts(story, UNTIL - weeksAgo * 7 * DAY);
      expect(operations, `${weeksAgo} weeks ago`).toBeGreaterThan(120);
      expect(conflicts, `${weeksAgo} weeks ago`).toEqual([]);
    }
    const { start, end } = cordobaWeek(cordobaIsoDate(UNTIL));
    const thisWeek = story.operations.filter((o) => o.plannedStart >= start && o.plannedStart < end);
    const staffed = thisWeek.filter((o) => o.status !== 'cancelled' && o.status !== 'draft' && o.status !== 'planned');
    expect(staffed.every((o) => (o.details?.assigned?.people.length ?? 0) > 0)).toBe(true);
  });

  it('tells the months asked for in full and keeps the months before as summaries', () => {
    const archived = story.operations.filter((o) => o.plannedStart < UNTIL - 215 * DAY);
    const told = story.operations.filter((o) => o.plannedStart > UNTIL - 210 * DAY && o.status === 'closed');
    expect(archived.length).toBeGreaterThan(500);
    expect(archived.every((o) => o.details === undefined && (o.status === 'cancelled' || o.resultSummary))).toBe(true);
    expect(told.every((o) => o.details?.result !== undefined)).toBe(true);
  });

  it('leaves later weeks to plan: drafts and plans nobody is reserved for yet', () => {
    const nextWeek = weekConflicts(story, UNTIL + 7 * DAY);
    expect(nextWeek.conflicts.filter((c) => c.kind !== 'missing_qualification' && c.kind !== 'missing_equipment')).toEqual([]);
  });

  it('follows up notices as the city did in 2021: three in four repaired, five in six of those by the owner', () => {
    const lots = story.notices.filter((n) => n.category === 'vacant_lot' && n.result);
    const count = (outcome: string) => lots.filter((n) => n.result!.outcome === outcome).length;
    expect(lots.length).toBeGreaterThan(150);
    expect(share(count('complied_by_owner') + count('complied_by_city'), lots.length)).toBeCloseTo(0.75, 1);
    expect(share(count('complied_by_owner'), count('complied_by_owner') + count('complied_by_city'))).toBeCloseTo(0.83, 1);
    const notified = story.notices.filter((n) => n.notification);
    expect(share(notified.filter((n) => n.notification!.channel === 'cidi').length, notified.length)).toBeGreaterThan(0.7);
    const now = new Set(story.notices.map((n) => noticeStage(n, UNTIL)));
    expect(now).toEqual(new Set(['to_notify', 'running', 'to_reinspect', 'complied', 'city_repaired', 'not_complied']));
  });

  it('plans each notified re-inspection as an operation at the parcel, and takes every unmet notice to court', () => {
    const operations = new Map(story.operations.map((o) => [o.id, o]));
    const cases = new Map(story.courtCases.map((c) => [c.id, c]));
    for (const n of story.notices.filter((n) => n.notification)) {
      const reinspection = operations.get(n.reinspectionId!);
      expect(reinspection?.plannedStart).toBeGreaterThanOrEqual(n.notification!.dueBy);
      expect(reinspection?.address).toBe(n.record.place.address);
      if (n.result) expect(reinspection?.status).toBe('closed');
      if (n.result?.outcome === 'complied_by_owner') expect(n.result.actaId).toBeNull();
      if (n.result && n.result.outcome !== 'complied_by_owner') expect(cases.get(n.result.actaId!)?.record.kind).toBe('acta');
    }
  });

  it('has indicators in plausible ranges: alcohol positivity, noise exceedance, camera clips notified', () => {
    const rulesAt = <K extends Parameters<typeof settingsAt>[1][number]>(keys: readonly K[], at: number) => {
      const found = settingsAt(SETTINGS, keys, at);
      if (!found.ok) throw new Error(`missing ${found.missing.join()}`);
      return found.values;
    };
    const tests = closed.filter((o) => o.type === 'alcohol_test').flatMap((o) => (o.details!.result as { tests: never[] }).tests);
    const verdicts = tests.map(
      (t: Parameters<typeof alcoholVerdict>[0]) => alcoholVerdict(t, rulesAt(ALCOHOL_SETTING_KEYS, t.testedAt)).status,
    );
    expect(verdicts.filter((v) => v === 'void' || v === 'inconclusive' || v === 'retest_required')).toEqual([]);
    expect(share(verdicts.filter((v) => v === 'positive').length, verdicts.length)).toBeGreaterThan(0.02);
    expect(share(verdicts.filter((v) => v === 'positive').length, verdicts.length)).toBeLessThan(0.06);

    const noise = closed.filter((o) => o.type === 'noise_check').map((o) => o.details!.result as Parameters<typeof noiseVerdict>[0]);
    const over = noise.filter((r) => noiseVerdict(r, rulesAt(NOISE_SETTING_KEYS, r.measuredAt)).status === 'non_compliant');
    expect(share(over.length, noise.length)).toBeGreaterThan(0.25);
    expect(share(over.length, noise.length)).toBeLessThan(0.6);

    const clips = closed.filter((o) => o.type === 'camera_review').map((o) => (o.details!.result as { decision: string }).decision);
    expect(share(clips.filter((d) => d !== 'discard').length, clips.length)).toBeCloseTo(7_777 / 11_177, 1);
  });

  it('warns first and sanctions on repeat: identities come back, warned before their notice or acta', () => {
    const history = new Map<string, { outcome: string; at: number }[]>();
    for (const o of closed) {
      for (const { finding } of o.details?.findings ?? []) {
        const offender =
          finding.outcome === 'warning'
            ? finding.offender
            : finding.outcome === 'acta' || finding.outcome === 'notice'
              ? finding.record.offender
              : null;
        if (finding.outcome === 'warning') expect(offender).toBeDefined();
        if (!offender) continue;
        const key = identityKey(offender);
        history.set(key, [...(history.get(key) ?? []), { outcome: finding.outcome, at: o.plannedStart }]);
      }
    }
    const escalated = [...history.values()].filter((h) => {
      const sorted = [...h].sort((a, b) => a.at - b.at);
      return sorted[0]!.outcome === 'warning' && sorted.slice(1).some((f) => f.outcome === 'acta' || f.outcome === 'notice');
    });
    expect(escalated.length).toBeGreaterThan(30);
  });

  it('answers complaints from every channel, mostly closed, within the SLA for the urgent ones', () => {
    const channels = new Set(story.incidents.flatMap((i) => i.complaints.map((c) => c.channel)));
    expect(channels).toEqual(new Set(['line_103', 'help_line', 'whatsapp', 'citizens_app', 'camera', 'patrol']));
    const final = story.incidents.filter((i) => i.status === 'closed' || i.status === 'cancelled' || i.status === 'referred');
    expect(share(final.length, story.incidents.length)).toBeGreaterThan(0.98);
    const urgent = story.incidents.filter((i) => i.computedPriority === 1 && i.arrivedAt !== null);
    const minutes = urgent.map((i) => (i.arrivedAt! - i.openedAt) / 60_000).sort((a, b) => a - b);
    expect(minutes[Math.floor(minutes.length / 2)]).toBeLessThan(25);
  });

  it('works every acta at the court: cases at every step, about half paid voluntarily once notified', () => {
    const hearings = story.hearings;
    const statuses = story.courtCases.map((c) => caseStatus(c, currentHearing(c.id, hearings)));
    for (const s of CASE_STATUSES.filter((step) => !PASSING_STEPS.includes(step))) expect(statuses, s).toContain(s);
    const notified = story.courtCases.filter((c) => c.notification && c.notification.due < cordobaIsoDate(UNTIL));
    expect(share(notified.filter((c) => c.voluntaryPayment).length, notified.length)).toBeCloseTo(0.5, 1);
    const actas = closed.flatMap((o) => (o.details?.findings ?? []).filter((f) => f.finding.outcome === 'acta').map((f) => f.id));
    const cases = new Set(story.courtCases.map((c) => c.id));
    expect(actas.every((id) => cases.has(id))).toBe(true);
    expect(hearings.some((h) => h.status === 'scheduled' && h.start > UNTIL)).toBe(true);
  });
});
