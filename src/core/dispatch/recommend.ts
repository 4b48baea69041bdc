// Runs in: Node. Which unit to send to an incident: every unit of the cache weighed by the shared rule
// (shared/dispatch/recommend-units.ts) with the settings in force — the arrival estimate's figures, the
// reservation lookahead and how fresh a position must be.
//
// A unit's record may lag behind what this console already did: an assignment made here is the incident's change,
// and the unit's next version (task, "asignado") only arrives once the hub has decided it. So a unit any open
// incident lists counts as busy whatever its record says, as does one whose task is an incident. A unit kept for a
// planned operation is busy once the operation has started (or when this cache does not hold it), reserved while it
// starts within the lookahead, and free before that or once the operation ended.
import type { DispatchRecommendation, RecommendedUnit } from '../../shared/api/dispatch.ts';
import { recommendUnits, type CandidateUnit } from '../../shared/dispatch/recommend-units.ts';
import type { UnitStatus } from '../../shared/live/units.ts';
import type { Cache } from '../cache/cache.ts';
import { HandlerError } from '../api/dispatch.ts';
import type { Candidates, CandidateRow } from './dispatch-repository.ts';
import { rulesAt } from './rules-at.ts';
import type { UnitMirror } from './unit-mirror.ts';

const ENDED_OPERATION: ReadonlySet<string> = new Set(['closed', 'cancelled']);
const NOT_RESERVED: readonly number[] = [];

/** What the rule weighs of a unit at `now`: a unit working on something is ranked as sent. */
function candidateOf(row: CandidateRow, { onOpenIncidents, operations }: Candidates, now: number): CandidateUnit {
  const [id, , kind, status, taskKind, taskId, lat, lng, receivedAt] = row;
  const kept = taskKind === 'operation' ? operations.get(taskId!) : undefined;
  const operation = taskKind === 'operation' && !(kept && ENDED_OPERATION.has(kept.status));
  const underway = operation && (!kept || kept.plannedStart <= now);
  const working = taskKind === 'incident' || underway || onOpenIncidents.has(id);
  return {
    id,
    kind,
    status: working && status === 'available' ? ('dispatched' satisfies UnitStatus) : status,
    position: lat === null || lng === null || receivedAt === null ? null : { lat, lng, receivedAt },
    reservedStarts: operation && !underway ? [kept!.plannedStart] : NOT_RESERVED,
  };
}

export function recommendFor(cache: Cache, mirror: UnitMirror, incidentId: string, now: number): DispatchRecommendation {
  const incident = cache.records.get('incident', incidentId);
  if (!incident) throw new HandlerError({ code: 'refused', issues: [{ path: 'incidentId', code: 'not_found' }] });
  const rules = rulesAt(cache, ['dispatch.recommend', 'live.freshness'], now);
  const candidates = cache.dispatch.candidates();
  const rows = mirror.units(cache);
  const byId = new Map(rows.map((row) => [row[0], row]));
  const settings = { ...rules['dispatch.recommend'], freshness: rules['live.freshness'] };
  const ranked = recommendUnits(
    rows.map((row) => candidateOf(row, candidates, now)),
    incident.place,
    now,
    settings,
  );
  const units: RecommendedUnit[] = ranked.map((recommendation) => {
    const [, callSign, kind, status, taskKind, taskId] = byId.get(recommendation.unitId)!;
    const task = taskKind && taskId !== null ? { kind: taskKind, id: taskId } : null;
    // The rule's fresh objects take the unit's fields in place: spreading 2,000 of them into new ones
    // (`{ ...recommendation, … }`) was most of this method's time.
    return Object.assign(recommendation, { callSign, kind, status, task });
  });
  return { incidentId, units };
}
