// Suite "planning": conflict detection of the shift roster (src/shared/roster), pure computation in this process.
//   roster.conflicts.p95_ms  a deterministic week of 100 people, 30 resources (vehicles, breathalysers, sound
//                            meters) and 400 operations with 2–3 people each; 200 random single edits (assign,
//                            unassign, drag to another time); each timed from apply() to the week's new conflict
//                            list through the incremental index. baseline: a full recompute (detectConflicts) of
//                            the same roster after each of the same edits, in the same run. Both after 50 unmeasured
//                            edits, so that neither is timed while the JIT is still compiling it.
import { detectConflicts } from '../src/shared/roster/detect.ts';
import { createRosterIndex } from '../src/shared/roster/roster-index.ts';
import { DEMO_RULES, randomEdits, randomWeek } from '../src/shared/roster/test-support/random-roster.ts';
import { createPrng } from '../src/shared/random/prng.ts';
import { log, percentile, report } from './report.ts';

const SIZE = { people: 100, resources: 30, operations: 400, weekOf: '2026-11-26' };
const WARMUP = 50;
const EDITS = 200;

export async function runPlanningSuite(): Promise<void> {
  const prng = createPrng(2026);
  const week = randomWeek(prng, SIZE);
  const index = createRosterIndex(week, DEMO_RULES);
  const edits = randomEdits(prng, week);
  log(
    `roster: ${SIZE.people} people, ${SIZE.resources} resources, ${SIZE.operations} operations, ${week.assignments.length} assignments, ${index.conflicts().length} conflicts`,
  );

  const incremental: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const change = edits.next();
    let started = performance.now();
    const answer = index.apply(change);
    const applied = performance.now() - started;
    const snapshot = edits.week(); // built outside the timing: the UI would already hold it
    started = performance.now();
    const recomputed = detectConflicts(snapshot, DEMO_RULES);
    const recomputedIn = performance.now() - started;
    if (i < WARMUP) continue;
    incremental.push(applied);
    full.push(recomputedIn);
    if (JSON.stringify(answer) !== JSON.stringify(recomputed))
      throw new Error(`edit ${i}: the incremental conflicts differ from a full recompute`);
  }
  log(
    `  incremental p50 ${percentile(incremental, 50).toFixed(3)} ms, p95 ${percentile(incremental, 95).toFixed(3)} ms; full p50 ${percentile(full, 50).toFixed(3)} ms, p95 ${percentile(full, 95).toFixed(3)} ms`,
  );
  report({
    name: 'roster.conflicts.p95_ms',
    value: percentile(incremental, 95),
    unit: 'ms',
    baseline: percentile(full, 95),
    goal: { on: 'value', op: '<=', target: 50 },
    note: `${EDITS} edits; ${index.conflicts().length} conflicts at the end`,
  });
}
